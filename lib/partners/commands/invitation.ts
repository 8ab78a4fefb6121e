import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { activeGrantWhere } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/passwords";
import { ForbiddenError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import type { OperationContext } from "@/lib/core/operation";
import {
  INVITATION_EMAIL_TAKEN,
  INVITATION_INVALID,
  INVITATION_NEEDS_NEW_ACCOUNT,
  INVITATION_OTHER_ACCOUNT,
  INVITATION_REFUSALS,
  invitationState,
  pendingInvitationWhere,
} from "@/lib/partners/model";
import type { AcceptInvitationInput, AcceptInvitationNewAccountInput } from "@/lib/partners/schemas";
import { hashLinkToken } from "@/lib/people/tokens";

/**
 * A contact accepts the invitation mailed to them: the link's token is the credential (found by
 * its hash), the partner comes from the invitation, never from the form. With no account on the
 * invited address, they open one (a PARTNER grant for that partner, the address counted as
 * verified since the mail reached it); the owner of an existing account signs in with it first.
 * A used, revoked or expired link changes nothing. Nothing here sends a mail.
 */

export type AcceptedInvitation = { userId: string; partnerId: string };

type Invitation = { id: string; partnerId: string; contactId: string; email: string };

/** The invitation if its link still works, else the refusal that says why (read before any hashing). */
async function findUsable(token: string): Promise<Invitation> {
  const invitation = await db.partnerInvitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      id: true,
      partnerId: true,
      contactId: true,
      email: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
    },
  });
  if (!invitation) throw new ValidationError(INVITATION_INVALID);
  const state = invitationState(invitation);
  if (state !== "pending") throw new ValidationError(INVITATION_REFUSALS[state]);
  return invitation;
}

/**
 * Uses the link once (a guarded UPDATE: of two submissions, one wins), and checks again what
 * findUsable read, inside the transaction: the link still works (archiving the partner or the
 * contact meanwhile revoked it).
 */
async function claim(tx: Tx, invitation: Invitation, now: Date) {
  const claimed = await tx.partnerInvitation.updateMany({
    where: { id: invitation.id, ...pendingInvitationWhere(now) },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw new ValidationError(INVITATION_INVALID);
}

/** The contact is now this account; the audit rows say who accepted what. */
async function linkContact(tx: Tx, invitation: Invitation, userId: string, grantId: string | null, newAccount: boolean) {
  await tx.partnerContact.update({ where: { id: invitation.contactId }, data: { userId, version: { increment: 1 } } });
  await recordAudit(tx, {
    actorId: userId,
    action: "partner-invitation.accept",
    entityType: "PartnerInvitation",
    entityId: invitation.id,
    after: { userId, partnerId: invitation.partnerId, contactId: invitation.contactId, newAccount },
  });
  if (grantId) {
    await recordAudit(tx, {
      actorId: userId,
      action: "role.grant",
      entityType: "User",
      entityId: userId,
      after: { grantId, role: "PARTNER", partnerId: invitation.partnerId, viaInvitation: invitation.id },
    });
  }
}

/** No account has the invited address: one is opened, scoped to the invitation's partner. */
export async function acceptInvitationWithNewAccount(input: AcceptInvitationNewAccountInput): Promise<AcceptedInvitation> {
  const invitation = await findUsable(input.token);
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new ValidationError(INVITATION_EMAIL_TAKEN);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      await claim(tx, invitation, now);
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          passwordHash,
          privacyConsentAt: now,
          emailVerifiedAt: now,
          roleGrants: { create: { role: "PARTNER", partnerId: invitation.partnerId } },
        },
        select: { id: true, roleGrants: { select: { id: true } } },
      });
      await recordAudit(tx, { actorId: user.id, action: "user.sign-up", entityType: "User", entityId: user.id, after: { roles: ["PARTNER"], viaInvitation: invitation.id } });
      await linkContact(tx, invitation, user.id, user.roleGrants[0].id, true);
      return { userId: user.id, partnerId: invitation.partnerId };
    });
  } catch (error) {
    // The address got an account between the check and the write.
    if (isUniqueViolation(error)) throw new ValidationError(INVITATION_EMAIL_TAKEN);
    throw error;
  }
}

/** The owner of the invited address, signed in with it, accepts: their account gains the partner. */
export async function acceptInvitationAsSignedIn(ctx: OperationContext, input: AcceptInvitationInput): Promise<AcceptedInvitation> {
  const invitation = await findUsable(input.token);
  if (ctx.actor.email !== invitation.email) {
    const owner = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    throw owner ? new ForbiddenError(INVITATION_OTHER_ACCOUNT) : new ValidationError(INVITATION_NEEDS_NEW_ACCOUNT);
  }
  return db.$transaction(async (tx) => {
    const now = new Date();
    await claim(tx, invitation, now);
    const existing = await tx.roleGrant.findFirst({
      where: { userId: ctx.actor.id, role: "PARTNER", partnerId: invitation.partnerId, ...activeGrantWhere(now) },
      select: { id: true },
    });
    const grant = existing ? null : await tx.roleGrant.create({ data: { userId: ctx.actor.id, role: "PARTNER", partnerId: invitation.partnerId }, select: { id: true } });
    // The link reached the address: that proves it is the person's.
    await tx.user.updateMany({ where: { id: ctx.actor.id, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await linkContact(tx, invitation, ctx.actor.id, grant?.id ?? null, false);
    return { userId: ctx.actor.id, partnerId: invitation.partnerId };
  });
}

import "server-only";
import { db } from "@/lib/db";
import { invitationState } from "@/lib/partners/model";
import { hashLinkToken } from "@/lib/people/tokens";

/**
 * What the public invitation page shows for a link: found by the token's hash (one indexed
 * lookup, nothing else for a made-up token), its state, the partner, the invited address and
 * whether an account already has it. Nothing is changed by reading.
 */
export async function findPartnerInvitation(token: string, now = new Date()) {
  const invitation = await db.partnerInvitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { email: true, expiresAt: true, usedAt: true, revokedAt: true, partner: { select: { name: true } } },
  });
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { status: true } });
  // The rule the accepting commands apply (pendingInvitationWhere): archiving revoked the link.
  return { state: invitationState(invitation, now), email: invitation.email, partnerName: invitation.partner.name, accountExists: account !== null && account.status !== "DELETED" };
}

import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorize } from "@/lib/authz/policy";
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { appUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMails, sendQueuedMails } from "@/lib/mail/outbox";
import { PARTNERS_TAG } from "@/lib/partners/cache-tags";
import {
  CONTACT_ARCHIVED,
  CONTACT_CONFLICT,
  CONTACT_HAS_ACCOUNT,
  CONTACT_NOT_FOUND,
  CONTACT_WITHOUT_EMAIL,
  INVITATION_TTL_MS,
  PARTNER_ARCHIVED,
  PARTNER_CONFLICT,
  PARTNER_NOT_FOUND,
  SUBTYPE_INACTIVE,
  SUBTYPE_NOT_FOUND,
  duplicatePartnerName,
  duplicateSubtypeName,
  pendingInvitationWhere,
} from "@/lib/partners/model";
import type {
  CreateContactInput,
  CreatePartnerInput,
  CreateSubtypeInput,
  InviteContactInput,
  RenameSubtypeInput,
  RevokeInvitationInput,
  SetContactArchivedInput,
  SetPartnerArchivedInput,
  SetSubtypeActiveInput,
  UpdateContactInput,
  UpdatePartnerInput,
} from "@/lib/partners/schemas";
import { newLinkToken } from "@/lib/people/tokens";
import { routes } from "@/lib/routes";

/**
 * Staff keep the Régie's partners: the partners themselves (create, edit, archive), the list of
 * sub-types, the contacts, and the invitations that give a contact a partner account. Every write
 * is one transaction with its audit row; edits carry the version the form was loaded at; each
 * result names the cache tags to expire (the public home page lists partners).
 */

export type PartnerResult = { id: string; partnerId: string; changed: boolean; cacheTags: string[] };

const PERMISSION = "partners:manage";
const changed = (id: string, partnerId = id): PartnerResult => ({ id, partnerId, changed: true, cacheTags: [PARTNERS_TAG] });
const unchanged = (id: string, partnerId = id): PartnerResult => ({ id, partnerId, changed: false, cacheTags: [] });

/** Runs the write; a name taken meanwhile (the unique index) gets the same message as the check. */
async function withNameTaken<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(message, { name: [message] });
    throw error;
  }
}

/** Names are unique whatever their case: "habitat bellerive" is "Habitat Bellerive". */
async function assertPartnerNameFree(tx: Tx, name: string, exceptId?: string) {
  const existing = await tx.partner.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { name: true },
  });
  if (existing) {
    const message = duplicatePartnerName(existing.name);
    throw new ValidationError(message, { name: [message] });
  }
}

/** A sub-type chosen anew must be offered; the partner's current one may stay. */
async function assertSubtypeUsable(tx: Tx, subtypeId: string | null, currentId: string | null = null) {
  if (!subtypeId || subtypeId === currentId) return;
  const subtype = await tx.partnerSubtype.findUnique({ where: { id: subtypeId }, select: { active: true } });
  if (!subtype) throw new ValidationError(SUBTYPE_NOT_FOUND, { subtypeId: [SUBTYPE_NOT_FOUND] });
  if (!subtype.active) throw new ValidationError(SUBTYPE_INACTIVE, { subtypeId: [SUBTYPE_INACTIVE] });
}

const partnerFields = (input: CreatePartnerInput | UpdatePartnerInput) => ({
  name: input.name,
  kind: input.kind,
  subtypeId: input.subtypeId,
  description: input.description,
  website: input.website,
  email: input.email,
  phone: input.phone,
  address: input.address,
});
type PartnerFields = ReturnType<typeof partnerFields>;

function audit(ctx: OperationContext, tx: Tx, action: string, entityType: string, entityId: string, change: { before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject } = {}) {
  return recordAudit(tx, { actorId: ctx.actor.id, action, entityType, entityId, ...change });
}

/** The fields whose value differs, before and after (for the audit row and "nothing changed"). */
function diff<T extends Record<string, unknown>>(before: T, after: T) {
  const keys = Object.keys(after).filter((key) => before[key] !== after[key]);
  return { keys, before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])), after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])) };
}

/** Pending links of these contacts stop working (the address changed, the contact or partner left). */
function revokePendingInvitations(tx: Tx, where: Prisma.PartnerInvitationWhereInput, now = new Date()) {
  return tx.partnerInvitation.updateMany({ where: { ...where, ...pendingInvitationWhere(now) }, data: { revokedAt: now } });
}

/**
 * Holds the contact and its partner until the transaction ends: archiving either meanwhile waits,
 * then revokes the invitation made here, or this one waits and sees them archived. Archiving thus
 * leaves no pending link behind, which is all an accepted link is checked for.
 */
async function lockContactAndPartner(tx: Tx, contactId: string) {
  await tx.$executeRaw`SELECT 1 FROM "PartnerContact" c JOIN "Partner" p ON p.id = c."partnerId" WHERE c.id = ${contactId} FOR SHARE`;
}

// ─── Partners ────────────────────────────────────────────────────────────────────────────────────

export async function createPartner(ctx: OperationContext, input: CreatePartnerInput): Promise<PartnerResult> {
  authorize(ctx.actor, PERMISSION);
  const data = partnerFields(input);
  const message = duplicatePartnerName(input.name);
  return withNameTaken(message, () =>
    inTransaction(ctx, async (tx) => {
      await assertPartnerNameFree(tx, input.name);
      await assertSubtypeUsable(tx, input.subtypeId);
      const partner = await tx.partner.create({ data, select: { id: true } });
      await audit(ctx, tx, "partner.create", "Partner", partner.id, { after: data });
      return changed(partner.id);
    }),
  );
}

async function loadPartner(tx: Tx, partnerId: string, version: number) {
  const partner = await tx.partner.findUnique({
    where: { id: partnerId },
    select: { id: true, version: true, archivedAt: true, name: true, kind: true, subtypeId: true, description: true, website: true, email: true, phone: true, address: true },
  });
  if (!partner) throw new NotFoundError(PARTNER_NOT_FOUND);
  if (partner.version !== version) throw new ConflictError(PARTNER_CONFLICT);
  return partner;
}

/** The guarded write: only at the version read; the version moves on. */
async function updatePartnerAtVersion(tx: Tx, partner: { id: string; version: number }, data: Prisma.PartnerUpdateManyMutationInput & { subtypeId?: string | null }) {
  const updated = await tx.partner.updateMany({ where: { id: partner.id, version: partner.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError(PARTNER_CONFLICT);
}

/** Its fields; nothing is written when nothing changed. An archived partner is edited too (its history stays right). */
export async function updatePartner(ctx: OperationContext, input: UpdatePartnerInput): Promise<PartnerResult> {
  authorize(ctx.actor, PERMISSION);
  const message = duplicatePartnerName(input.name);
  return withNameTaken(message, () =>
    inTransaction(ctx, async (tx) => {
      const current = await loadPartner(tx, input.partnerId, input.version);
      const change = diff<PartnerFields>(
        { name: current.name, kind: current.kind, subtypeId: current.subtypeId, description: current.description, website: current.website, email: current.email, phone: current.phone, address: current.address },
        partnerFields(input),
      );
      if (change.keys.length === 0) return unchanged(current.id);
      if (change.keys.includes("name")) await assertPartnerNameFree(tx, input.name, current.id);
      await assertSubtypeUsable(tx, input.subtypeId, current.subtypeId);
      await updatePartnerAtVersion(tx, current, partnerFields(input));
      await audit(ctx, tx, "partner.update", "Partner", current.id, { before: change.before, after: change.after });
      return changed(current.id);
    }),
  );
}

/**
 * Archived: kept with its history (sites, contracts, reports, contacts) but offered nowhere new,
 * and its pending invitations stop working. Un-archived: offered again.
 */
export async function setPartnerArchived(ctx: OperationContext, input: SetPartnerArchivedInput): Promise<PartnerResult> {
  authorize(ctx.actor, PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const current = await loadPartner(tx, input.partnerId, input.version);
    if ((current.archivedAt !== null) === input.archived) return unchanged(current.id);
    const now = new Date();
    await updatePartnerAtVersion(tx, current, { archivedAt: input.archived ? now : null });
    if (input.archived) await revokePendingInvitations(tx, { partnerId: current.id }, now);
    await audit(ctx, tx, input.archived ? "partner.archive" : "partner.unarchive", "Partner", current.id);
    return changed(current.id);
  });
}

// ─── Sub-types ───────────────────────────────────────────────────────────────────────────────────

export type SubtypeResult = { id: string; changed: boolean; cacheTags: string[] };
// A sub-type's name shows with the partners on the public home page.
const subtypeResult = (id: string, wrote: boolean): SubtypeResult => ({ id, changed: wrote, cacheTags: wrote ? [PARTNERS_TAG] : [] });

async function assertSubtypeNameFree(tx: Tx, name: string, exceptId?: string) {
  const existing = await tx.partnerSubtype.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { name: true },
  });
  if (existing) {
    const message = duplicateSubtypeName(existing.name);
    throw new ValidationError(message, { name: [message] });
  }
}

/** A new sub-type, at the end of the list, offered at once. */
export async function createSubtype(ctx: OperationContext, input: CreateSubtypeInput): Promise<SubtypeResult> {
  authorize(ctx.actor, PERMISSION);
  return withNameTaken(duplicateSubtypeName(input.name), () =>
    inTransaction(ctx, async (tx) => {
      await assertSubtypeNameFree(tx, input.name);
      const last = await tx.partnerSubtype.aggregate({ _max: { sortOrder: true } });
      const sortOrder = (last._max.sortOrder ?? 0) + 10;
      const subtype = await tx.partnerSubtype.create({ data: { name: input.name, kind: input.kind, sortOrder }, select: { id: true } });
      await audit(ctx, tx, "partner-subtype.create", "PartnerSubtype", subtype.id, { after: { name: input.name, kind: input.kind } });
      return subtypeResult(subtype.id, true);
    }),
  );
}

/** A new name shows on every partner that has it (public home page included). */
export async function renameSubtype(ctx: OperationContext, input: RenameSubtypeInput): Promise<SubtypeResult> {
  authorize(ctx.actor, PERMISSION);
  return withNameTaken(duplicateSubtypeName(input.name), () =>
    inTransaction(ctx, async (tx) => {
      const current = await tx.partnerSubtype.findUnique({ where: { id: input.subtypeId }, select: { id: true, name: true } });
      if (!current) throw new NotFoundError(SUBTYPE_NOT_FOUND);
      if (current.name === input.name) return subtypeResult(current.id, false);
      await assertSubtypeNameFree(tx, input.name, current.id);
      // Guarded on the name read: a rename made meanwhile is a conflict, not overwritten.
      const updated = await tx.partnerSubtype.updateMany({ where: { id: current.id, name: current.name }, data: { name: input.name } });
      if (updated.count !== 1) throw new ConflictError("Cette précision a été modifiée entre-temps. Rechargez la page.");
      await audit(ctx, tx, "partner-subtype.rename", "PartnerSubtype", current.id, { before: { name: current.name }, after: { name: input.name } });
      return subtypeResult(current.id, true);
    }),
  );
}

/** Offered on partner forms or not; partners that have it keep it. */
export async function setSubtypeActive(ctx: OperationContext, input: SetSubtypeActiveInput): Promise<SubtypeResult> {
  authorize(ctx.actor, PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const current = await tx.partnerSubtype.findUnique({ where: { id: input.subtypeId }, select: { id: true, active: true } });
    if (!current) throw new NotFoundError(SUBTYPE_NOT_FOUND);
    if (current.active === input.active) return subtypeResult(current.id, false);
    await tx.partnerSubtype.update({ where: { id: current.id }, data: { active: input.active } });
    await audit(ctx, tx, input.active ? "partner-subtype.activate" : "partner-subtype.deactivate", "PartnerSubtype", current.id);
    return subtypeResult(current.id, true);
  });
}

// ─── Contacts ────────────────────────────────────────────────────────────────────────────────────

const contactFields = (input: CreateContactInput | UpdateContactInput) => ({ name: input.name, jobTitle: input.jobTitle, phone: input.phone, email: input.email });
type ContactFields = ReturnType<typeof contactFields>;
const contactResult = (contact: { id: string; partnerId: string }, wrote: boolean): PartnerResult =>
  wrote ? { id: contact.id, partnerId: contact.partnerId, changed: true, cacheTags: [] } : unchanged(contact.id, contact.partnerId);

/** A person at a partner; not on an archived partner (nothing new there). */
export async function createPartnerContact(ctx: OperationContext, input: CreateContactInput): Promise<PartnerResult> {
  authorize(ctx.actor, PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const partner = await tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true, archivedAt: true } });
    if (!partner) throw new NotFoundError(PARTNER_NOT_FOUND);
    if (partner.archivedAt) throw new ValidationError(PARTNER_ARCHIVED);
    const data = contactFields(input);
    const contact = await tx.partnerContact.create({ data: { ...data, partnerId: partner.id }, select: { id: true, partnerId: true } });
    await audit(ctx, tx, "partner-contact.create", "PartnerContact", contact.id, { after: { ...data, partnerId: partner.id } });
    return contactResult(contact, true);
  });
}

async function loadContact(tx: Tx, contactId: string, version: number) {
  const contact = await tx.partnerContact.findUnique({
    where: { id: contactId },
    select: {
      id: true,
      partnerId: true,
      version: true,
      archivedAt: true,
      userId: true,
      name: true,
      jobTitle: true,
      phone: true,
      email: true,
      partner: { select: { name: true, archivedAt: true } },
    },
  });
  if (!contact) throw new NotFoundError(CONTACT_NOT_FOUND);
  if (contact.version !== version) throw new ConflictError(CONTACT_CONFLICT);
  return contact;
}

async function updateContactAtVersion(tx: Tx, contact: { id: string; version: number }, data: Prisma.PartnerContactUpdateManyMutationInput) {
  const updated = await tx.partnerContact.updateMany({ where: { id: contact.id, version: contact.version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError(CONTACT_CONFLICT);
}

/** Its name, function, phone, address; a new address voids the links sent to the old one. */
export async function updatePartnerContact(ctx: OperationContext, input: UpdateContactInput): Promise<PartnerResult> {
  authorize(ctx.actor, PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const current = await loadContact(tx, input.contactId, input.version);
    const change = diff<ContactFields>({ name: current.name, jobTitle: current.jobTitle, phone: current.phone, email: current.email }, contactFields(input));
    if (change.keys.length === 0) return contactResult(current, false);
    await updateContactAtVersion(tx, current, contactFields(input));
    if (change.keys.includes("email")) await revokePendingInvitations(tx, { contactId: current.id });
    await audit(ctx, tx, "partner-contact.update", "PartnerContact", current.id, { before: change.before, after: change.after });
    return contactResult(current, true);
  });
}

/** Archived: kept in the partner's history, its pending links void; its account (if any) is not touched. */
export async function setPartnerContactArchived(ctx: OperationContext, input: SetContactArchivedInput): Promise<PartnerResult> {
  authorize(ctx.actor, PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const current = await loadContact(tx, input.contactId, input.version);
    if ((current.archivedAt !== null) === input.archived) return contactResult(current, false);
    const now = new Date();
    await updateContactAtVersion(tx, current, { archivedAt: input.archived ? now : null });
    if (input.archived) await revokePendingInvitations(tx, { contactId: current.id }, now);
    await audit(ctx, tx, input.archived ? "partner-contact.archive" : "partner-contact.unarchive", "PartnerContact", current.id);
    return contactResult(current, true);
  });
}

// ─── Invitations ─────────────────────────────────────────────────────────────────────────────────

/**
 * Mails the contact a single-use link (a week) to open a partner account scoped to this partner.
 * Only the token's hash is stored; the mail's body is erased once sent. A new invitation voids the
 * contact's earlier pending ones. `version` is the contact as staff saw it: the address they read
 * is the one the link goes to.
 */
export async function invitePartnerContact(ctx: OperationContext, input: InviteContactInput): Promise<PartnerResult & { invitationId: string }> {
  authorize(ctx.actor, PERMISSION);
  return inTransaction(ctx, async (tx, afterCommit) => {
    await lockContactAndPartner(tx, input.contactId);
    const contact = await loadContact(tx, input.contactId, input.version);
    if (contact.partner.archivedAt) throw new ValidationError(PARTNER_ARCHIVED);
    if (contact.archivedAt) throw new ValidationError(CONTACT_ARCHIVED);
    if (!contact.email) throw new ValidationError(CONTACT_WITHOUT_EMAIL);
    if (contact.userId) throw new ValidationError(CONTACT_HAS_ACCOUNT);
    const now = new Date();
    const revoked = await revokePendingInvitations(tx, { contactId: contact.id }, now);
    const { token, tokenHash } = newLinkToken();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const invitation = await tx.partnerInvitation.create({
      data: { partnerId: contact.partnerId, contactId: contact.id, email: contact.email, tokenHash, expiresAt, invitedById: ctx.actor.id },
      select: { id: true },
    });
    const mailIds = await queueMails(tx, [
      {
        to: contact.email,
        purgeBodyWhenSent: true,
        subject: `Votre accès au portail de la Régie de quartier pour ${contact.partner.name}`,
        text: [
          `Bonjour ${contact.name},`,
          "",
          `${ctx.actor.name}, de la Régie de quartier, vous invite à ouvrir un compte sur le portail de la Régie pour ${contact.partner.name} : vous y suivrez les signalements qui vous sont transmis et le travail de la Régie pour vous.`,
          "",
          "Pour accepter, ouvrez ce lien (valable 7 jours, une seule fois) :",
          `${appUrl()}${routes.auth.partnerInvitationLink(token)}`,
          "",
          "Si vous ne vous attendiez pas à ce message, ignorez-le : rien ne sera créé.",
          "",
          "La Régie de quartier",
        ].join("\n"),
      },
    ]);
    await audit(ctx, tx, "partner-invitation.create", "PartnerInvitation", invitation.id, {
      after: { contactId: contact.id, partnerId: contact.partnerId, email: contact.email, expiresAt: expiresAt.toISOString(), revokedEarlier: revoked.count },
    });
    afterCommit(() => sendQueuedMails(mailIds));
    return { ...contactResult(contact, true), invitationId: invitation.id };
  });
}

/** Withdraws a link not used yet. */
export async function revokePartnerInvitation(ctx: OperationContext, input: RevokeInvitationInput): Promise<PartnerResult> {
  authorize(ctx.actor, PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const invitation = await tx.partnerInvitation.findUnique({ where: { id: input.invitationId }, select: { id: true, partnerId: true } });
    if (!invitation) throw new NotFoundError("Cette invitation n'existe pas.");
    const revoked = await revokePendingInvitations(tx, { id: invitation.id });
    if (revoked.count === 0) throw new ValidationError("Cette invitation n'est plus en attente : elle a déjà été acceptée, remplacée, retirée ou a expiré.");
    await audit(ctx, tx, "partner-invitation.revoke", "PartnerInvitation", invitation.id);
    return { id: invitation.id, partnerId: invitation.partnerId, changed: true, cacheTags: [] };
  });
}

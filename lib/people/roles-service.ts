import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { activeGrantWhere } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import type { GrantRoleInput, RevokeRoleInput, SetAccountStatusInput } from "@/lib/people/schemas";

const PARTNER_REQUIRED = "Choisissez le partenaire pour lequel cette personne agit.";
const PARTNER_FORBIDDEN = "Seul le rôle Partenaire se rattache à un partenaire.";

export async function grantRole(ctx: OperationContext, input: GrantRoleInput) {
  const partnerId = input.partnerId ?? null;
  if (input.role === "PARTNER" && !partnerId) throw new ValidationError(PARTNER_REQUIRED, { partnerId: [PARTNER_REQUIRED] });
  if (input.role !== "PARTNER" && partnerId) throw new ValidationError(PARTNER_FORBIDDEN, { partnerId: [PARTNER_FORBIDDEN] });
  if (input.validUntil && input.validUntil <= new Date()) {
    throw new ValidationError("La date de fin doit être dans le futur.", { validUntil: ["La date de fin doit être dans le futur."] });
  }

  return inTransaction(ctx, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { status: true } });
    if (!user || user.status === "DELETED") throw new NotFoundError("Personne introuvable.");
    if (partnerId && !(await tx.partner.findUnique({ where: { id: partnerId, archivedAt: null }, select: { id: true } }))) {
      throw new ValidationError("Partenaire inconnu.", { partnerId: ["Partenaire inconnu."] });
    }
    const existing = await tx.roleGrant.findFirst({
      where: { userId: input.userId, role: input.role, partnerId, ...activeGrantWhere() },
      select: { id: true },
    });
    if (existing) throw new ValidationError(`Cette personne a déjà le rôle ${ROLE_LABELS[input.role]}.`);
    const grant = await tx.roleGrant.create({
      data: { userId: input.userId, role: input.role, partnerId, grantedById: ctx.actor.id, validUntil: input.validUntil ?? null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "role.grant",
      entityType: "User",
      entityId: input.userId,
      after: { grantId: grant.id, role: input.role, partnerId, validUntil: input.validUntil?.toISOString() ?? null },
    });
    return grant;
  });
}

export async function revokeRole(ctx: OperationContext, { grantId }: RevokeRoleInput) {
  await inTransaction(ctx, async (tx) => {
    const grant = await tx.roleGrant.findUnique({ where: { id: grantId }, select: { userId: true, role: true, revokedAt: true, partnerId: true } });
    if (!grant) throw new NotFoundError("Rôle introuvable.");
    if (grant.revokedAt) throw new ValidationError("Ce rôle a déjà été retiré.");
    if (grant.userId === ctx.actor.id && grant.role === "ADMIN") {
      throw new ForbiddenError("Vous ne pouvez pas retirer votre propre rôle d'administrateur.");
    }
    await tx.roleGrant.update({ where: { id: grantId }, data: { revokedAt: new Date(), revokedById: ctx.actor.id } });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "role.revoke",
      entityType: "User",
      entityId: grant.userId,
      before: { grantId, role: grant.role, partnerId: grant.partnerId },
    });
  });
}

export async function setAccountStatus(ctx: OperationContext, { userId, status }: SetAccountStatusInput) {
  if (userId === ctx.actor.id) throw new ForbiddenError("Vous ne pouvez pas désactiver votre propre compte.");
  await inTransaction(ctx, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
    if (!user || user.status === "DELETED") throw new NotFoundError("Personne introuvable.");
    if (user.status === status) return;
    // Disabling also ends the person's open sessions.
    await tx.user.update({ where: { id: userId }, data: { status, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: status === "DISABLED" ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: userId,
      before: { status: user.status },
      after: { status },
    });
  });
}

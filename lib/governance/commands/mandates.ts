import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { authorizeSecretariat } from "@/lib/governance/positions";
import { governanceCacheTags } from "@/lib/governance/cache-tags";
import { syncBoardGrant } from "@/lib/governance/board-grant";
import { NOT_A_MEMBER, holdsCollegeMembership, mandateProblems, type MandateSlot } from "@/lib/governance/mandate-rules";
import { STATUTES_SELECT } from "@/lib/governance/statutes";
import { BODY_ARCHIVED, BODY_NOT_FOUND } from "@/lib/governance/commands/bodies";
import type { BodyKind } from "@/lib/generated/prisma/enums";
import type { CreateMandateInput, EndMandateInput, UpdateMandateInput } from "@/lib/governance/schemas";

export const MANDATE_NOT_FOUND = "Mandat introuvable.";
export const MANDATE_CONFLICT = "Ce mandat a été modifié entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";
export const UNKNOWN_MEMBER = "Adhérent inconnu : choisissez-le dans la liste.";

export type MandateResult = { mandateId: string; bodyId: string; cacheTags: string[] };

const auditOf = (m: { memberId: string; college: string; position: string; startsOn: Date; endsOn: Date | null; showNamePublicly: boolean }) => ({
  memberId: m.memberId,
  college: m.college,
  position: m.position,
  startsOn: isoDay(m.startsOn),
  endsOn: m.endsOn ? isoDay(m.endsOn) : null,
  showNamePublicly: m.showNamePublicly,
});

/**
 * Locks the body's row for the transaction: every mandate check of one body runs after the
 * previous one committed, so two secretaries cannot both fill the last seat or the same post.
 */
async function lockBody(tx: Tx, bodyId: string) {
  const rows = await tx.$queryRaw<{ kind: string; archivedAt: Date | null }[]>`SELECT "kind"::text AS kind, "archivedAt" FROM "GovernanceBody" WHERE id = ${bodyId} FOR UPDATE`;
  const body = rows[0];
  if (!body) throw new NotFoundError(BODY_NOT_FOUND);
  if (body.archivedAt) throw new ValidationError(BODY_ARCHIVED);
  return { kind: body.kind as BodyKind };
}

/** Refuses `candidate` with the first problem the rules find among the body's other mandates. */
async function assertMandateFits(tx: Tx, bodyId: string, kind: BodyKind, candidate: MandateSlot, exceptId?: string) {
  const others = await tx.mandate.findMany({
    where: {
      bodyId,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [{ endsOn: null }, { endsOn: { gte: candidate.startsOn } }],
      ...(candidate.endsOn ? { startsOn: { lte: candidate.endsOn } } : {}),
    },
    select: { memberId: true, college: true, position: true, startsOn: true, endsOn: true },
  });
  const statutes = kind === "BOARD" ? await tx.statutesVersion.findMany({ select: STATUTES_SELECT, orderBy: [{ effectiveFrom: "asc" }, { createdAt: "asc" }] }) : [];
  const [problem] = mandateProblems({ candidate, others, bodyKind: kind, statutes });
  if (problem) throw new ValidationError(problem.message, { [problem.field]: [problem.message] });
}

/**
 * A new mandate (the admin or the board's secretary). The same form sent twice (its idempotency
 * key, kept in the audit row since the mandate has no column for it) gives back the first one.
 */
export async function createMandate(ctx: OperationContext, input: CreateMandateInput): Promise<MandateResult> {
  await authorizeSecretariat(ctx.actor, "governance:manage-mandates");
  return inTransaction(ctx, async (tx) => {
    const { kind } = await lockBody(tx, input.bodyId);
    const resent = await tx.auditLog.findFirst({
      where: { actorId: ctx.actor.id, action: "mandate.create", after: { path: ["idempotencyKey"], equals: input.idempotencyKey } },
      select: { entityId: true },
    });
    if (resent) return { mandateId: resent.entityId, bodyId: input.bodyId, cacheTags: [] };

    const member = await tx.member.findUnique({
      where: { id: input.memberId },
      select: { userId: true, memberships: { where: { status: "ACTIVE" }, select: { year: true, college: true } } },
    });
    if (!member) throw new ValidationError(UNKNOWN_MEMBER, { memberId: [UNKNOWN_MEMBER] });
    if (!holdsCollegeMembership(member.memberships, input.college, input.startsOn, parisToday())) {
      const message = NOT_A_MEMBER(input.college, input.startsOn.getUTCFullYear());
      throw new ValidationError(message, { memberId: [message] });
    }
    const { idempotencyKey, ...data } = input;
    await assertMandateFits(tx, input.bodyId, kind, data);
    const mandate = await tx.mandate.create({ data: { ...data, createdById: ctx.actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "mandate.create", entityType: "Mandate", entityId: mandate.id, after: { ...auditOf(data), bodyId: data.bodyId, idempotencyKey } });
    if (member.userId) await syncBoardGrant(tx, member.userId, ctx.actor.id);
    return { mandateId: mandate.id, bodyId: input.bodyId, cacheTags: governanceCacheTags() };
  });
}

const MANDATE_SELECT = { id: true, bodyId: true, memberId: true, college: true, position: true, startsOn: true, endsOn: true, showNamePublicly: true, version: true, member: { select: { userId: true } } } as const;

/** Loads the mandate, locks its body, checks the version, applies `changes` after the rules, with the audit row. */
async function changeMandate(
  ctx: OperationContext,
  target: { mandateId: string; version: number },
  action: string,
  changes: (current: { startsOn: Date; endsOn: Date | null; position: MandateSlot["position"]; showNamePublicly: boolean }) => { startsOn: Date; endsOn: Date | null; position: MandateSlot["position"]; showNamePublicly: boolean },
): Promise<MandateResult> {
  await authorizeSecretariat(ctx.actor, "governance:manage-mandates");
  return inTransaction(ctx, async (tx) => {
    const found = await tx.mandate.findUnique({ where: { id: target.mandateId }, select: { bodyId: true } });
    if (!found) throw new NotFoundError(MANDATE_NOT_FOUND);
    const { kind } = await lockBody(tx, found.bodyId);
    const mandate = await tx.mandate.findUnique({ where: { id: target.mandateId }, select: MANDATE_SELECT });
    if (!mandate) throw new NotFoundError(MANDATE_NOT_FOUND);
    if (mandate.version !== target.version) throw new ConflictError(MANDATE_CONFLICT);
    const next = changes(mandate);
    // A start moved to another year asks again for the membership of that year (see holdsCollegeMembership).
    if (next.startsOn.getUTCFullYear() !== mandate.startsOn.getUTCFullYear()) {
      const memberships = await tx.membership.findMany({ where: { memberId: mandate.memberId, status: "ACTIVE" }, select: { year: true, college: true } });
      if (!holdsCollegeMembership(memberships, mandate.college, next.startsOn, parisToday())) {
        const message = NOT_A_MEMBER(mandate.college, next.startsOn.getUTCFullYear());
        throw new ValidationError(message, { startsOn: [message] });
      }
    }
    await assertMandateFits(tx, mandate.bodyId, kind, { ...next, memberId: mandate.memberId, college: mandate.college }, mandate.id);
    const { count } = await tx.mandate.updateMany({ where: { id: mandate.id, version: target.version }, data: { ...next, version: { increment: 1 } } });
    if (count !== 1) throw new ConflictError(MANDATE_CONFLICT);
    await recordAudit(tx, { actorId: ctx.actor.id, action, entityType: "Mandate", entityId: mandate.id, before: auditOf(mandate), after: auditOf({ ...mandate, ...next }) });
    if (mandate.member.userId) await syncBoardGrant(tx, mandate.member.userId, ctx.actor.id);
    return { mandateId: mandate.id, bodyId: mandate.bodyId, cacheTags: governanceCacheTags() };
  });
}

/** Edits the dates, the position and the consent to the public page (the holder and college stay). */
export function updateMandate(ctx: OperationContext, input: UpdateMandateInput): Promise<MandateResult> {
  const { mandateId, version, ...terms } = input;
  return changeMandate(ctx, { mandateId, version }, "mandate.update", () => terms);
}

/** Ends a mandate on its last day (`endsOn`), which may not precede its start. */
export function endMandate(ctx: OperationContext, input: EndMandateInput): Promise<MandateResult> {
  return changeMandate(ctx, input, "mandate.end", (current) => ({ startsOn: current.startsOn, position: current.position, showNamePublicly: current.showNamePublicly, endsOn: input.endsOn }));
}

import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { addDays, parisToday } from "@/lib/core/calendar";
import type { BodyKind } from "@/lib/generated/prisma/enums";

/**
 * The BOARD_MEMBER role is derived (DOMAIN.md: a board member is whoever holds an active mandate
 * on the board): the bodies whose mandates make one are the board and its bureau (a commission or
 * the assembly does not). A grant made here is marked by its audit row ("roleGrant.derive"), so
 * that ending the last mandate ends only the grant the mandates gave, never one the admin gave by
 * hand.
 */
export const BOARD_KINDS: readonly BodyKind[] = ["BOARD", "BUREAU"];
const DERIVE = "roleGrant.derive";

/** The end of the derived grant for mandates ending on `lastDay` (null: open-ended): the day after, at midnight UTC. */
const grantEnd = (lastDay: Date | null) => (lastDay ? addDays(lastDay, 1) : null);

/**
 * Brings the user's derived BOARD_MEMBER grant in line with their mandates on the board's bodies:
 * grants one (from now) if they hold a current or future mandate and no active BOARD_MEMBER grant,
 * stretches or shortens the derived one to the end of their last mandate, ends it when none is left.
 */
export async function syncBoardGrant(tx: Tx, userId: string, actorId: string, now = new Date()): Promise<void> {
  const today = parisToday(now);
  const mandates = await tx.mandate.findMany({
    where: { member: { userId }, body: { kind: { in: [...BOARD_KINDS] } }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { endsOn: true },
  });
  const lastDay = mandates.length === 0 ? undefined : mandates.some((m) => m.endsOn === null) ? null : new Date(Math.max(...mandates.map((m) => m.endsOn!.getTime())));
  const active = await tx.roleGrant.findMany({
    where: { userId, role: "BOARD_MEMBER", revokedAt: null, OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
    select: { id: true, validUntil: true },
  });
  const derivedIds = new Set(
    (await tx.auditLog.findMany({ where: { action: DERIVE, entityType: "RoleGrant", entityId: { in: active.map((g) => g.id) } }, select: { entityId: true } })).map((row) => row.entityId),
  );
  const derived = active.filter((grant) => derivedIds.has(grant.id));
  const manual = active.filter((grant) => !derivedIds.has(grant.id));

  if (lastDay === undefined) {
    for (const grant of derived) {
      await tx.roleGrant.update({ where: { id: grant.id }, data: { revokedAt: now, revokedById: actorId } });
      await recordAudit(tx, { actorId, action: "roleGrant.underive", entityType: "RoleGrant", entityId: grant.id });
    }
    return;
  }
  const validUntil = grantEnd(lastDay);
  if (derived.length > 0) {
    for (const grant of derived) {
      if (grant.validUntil?.getTime() !== validUntil?.getTime()) await tx.roleGrant.update({ where: { id: grant.id }, data: { validUntil } });
    }
    return;
  }
  if (manual.length > 0) return;
  const grant = await tx.roleGrant.create({ data: { userId, role: "BOARD_MEMBER", grantedById: actorId, validFrom: now, validUntil }, select: { id: true } });
  await recordAudit(tx, { actorId, action: DERIVE, entityType: "RoleGrant", entityId: grant.id, after: { userId, role: "BOARD_MEMBER", validUntil: validUntil?.toISOString() ?? null } });
}

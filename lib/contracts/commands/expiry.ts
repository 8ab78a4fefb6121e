import "server-only";
import { db } from "@/lib/db";
import { contractMoves } from "@/lib/contracts/model";
import { parisToday } from "@/lib/core/calendar";

/**
 * The daily job's part of the contracts' lifecycle: an active contract whose end date has passed
 * (Paris time) runs out, the table's `expire` move (lib/contracts/model.ts) made by no one. Its
 * audit row says so (no actor, `automatic`); its version moves, so that a staff form opened before
 * is refused rather than applied to the expired contract. Idempotent: the next run finds nothing.
 */
export async function expireEndedContracts(now = new Date()): Promise<number> {
  const rule = contractMoves.expire;
  const today = parisToday(now);
  return db.$transaction(async (tx) => {
    const ended = await tx.contract.findMany({ where: { status: { in: [...rule.from] }, endsOn: { lt: today } }, select: { id: true, status: true } });
    if (ended.length === 0) return 0;
    // Guarded like the kernel's update: a contract moved meanwhile is left alone.
    const moved = await tx.contract.updateManyAndReturn({
      where: { id: { in: ended.map((c) => c.id) }, status: { in: [...rule.from] } },
      data: { status: rule.to, expiredAt: now, version: { increment: 1 } },
      select: { id: true },
    });
    const before = new Map(ended.map((c) => [c.id, c.status]));
    await tx.auditLog.createMany({
      data: moved.map((c) => ({
        actorId: null,
        action: "contract.expire",
        entityType: "Contract",
        entityId: c.id,
        before: { status: before.get(c.id) ?? "ACTIVE" },
        after: { status: rule.to, automatic: true },
      })),
    });
    return moved.length;
  });
}

import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { DEFAULT_GENERATION_WEEKS } from "@/lib/work-orders/schemas";
import { generationLineSelect, generationWindow, jobsOfLines } from "@/lib/work-orders/generation";

/**
 * The jobs of the contract lines' schedules (origin SCHEDULE): for the coming weeks, one job per
 * occurrence day and per site the line covers, with the line's task, team, start time and
 * duration, for every running contract's recurring lines (or one contract's, or one line's).
 * Idempotent: a line resumes after its `generatedUntil`, and the unique (line, site, occurrence)
 * makes a job generated twice (two clicks at once) one job. Staff run it from the contracts'
 * pages; the daily job (lib/scheduling/daily-work.ts) runs it with no actor: its jobs, events and
 * audit row then name no one.
 */

/** Rows per insert: PostgreSQL's parameter limit stays far (each row has about 15 values). */
const CHUNK = 1_000;

export type GenerationScope = { weeks?: number; contractId?: string | null; contractLineId?: string | null };
export type GenerationResult = { created: number; lines: number; from: string; to: string; cacheTags: string[] };

export type GenerationContext = Pick<OperationContext, "tx" | "afterCommit"> & { actor: Pick<Actor, "id"> | null };

export async function generateWorkOrders(ctx: GenerationContext, scope: GenerationScope = {}, today: Date = new Date()): Promise<GenerationResult> {
  const actorId = ctx.actor?.id ?? null;
  const window = generationWindow(today, scope.weeks ?? DEFAULT_GENERATION_WEEKS);
  return inTransaction(ctx, async (tx) => {
    const lines = await tx.contractLine.findMany({
      where: {
        archivedAt: null,
        recurrence: { not: null },
        contract: { status: "ACTIVE", startsOn: { lte: window.to }, endsOn: { gte: window.from } },
        ...(scope.contractId ? { contractId: scope.contractId } : {}),
        ...(scope.contractLineId ? { id: scope.contractLineId } : {}),
        OR: [{ generatedUntil: null }, { generatedUntil: { lt: window.to } }],
      },
      select: generationLineSelect,
    });

    const { rows, reached } = jobsOfLines(lines, window, actorId);

    let created = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const jobs = await tx.workOrder.createManyAndReturn({ data: rows.slice(i, i + CHUNK), skipDuplicates: true, select: { id: true } });
      created += jobs.length;
      if (jobs.length) {
        await tx.workOrderEvent.createMany({
          data: jobs.map((job) => ({ workOrderId: job.id, kind: "CREATED" as const, toStatus: "PLANNED" as const, comment: "Générée depuis le planning du contrat", visibility: "INTERNAL" as const, actorId })),
        });
      }
    }
    // Lines reaching the same day are written together (one update per distinct day).
    const byDay = new Map<number, string[]>();
    for (const [lineId, day] of reached) {
      const ids = byDay.get(day.getTime());
      if (ids) ids.push(lineId);
      else byDay.set(day.getTime(), [lineId]);
    }
    for (const [time, ids] of byDay) await tx.contractLine.updateMany({ where: { id: { in: ids } }, data: { generatedUntil: new Date(time) } });

    const from = window.from.toISOString().slice(0, 10);
    const to = window.to.toISOString().slice(0, 10);
    await recordAudit(tx, {
      actorId,
      action: "work-order.generated",
      entityType: "ContractLine",
      entityId: scope.contractLineId ?? scope.contractId ?? "*",
      after: { from, to, lines: lines.length, created },
    });
    return { created, lines: lines.length, from, to, cacheTags: [] };
  });
}

import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { occurrences, toDay, TooManyOccurrencesError } from "@/lib/contracts/schedule";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatNumber } from "@/lib/format/numbers";
import { addDays } from "@/lib/work-orders/time";
import { DEFAULT_GENERATION_WEEKS, MAX_GENERATION_WEEKS } from "@/lib/work-orders/schemas";

/**
 * The jobs of the contract lines' schedules (origin SCHEDULE): for the coming weeks, one job per
 * occurrence day and per site the line covers, with the line's task, team, start time and
 * duration, for every running contract's recurring lines (or one contract's, or one line's).
 * Idempotent: a line resumes after its `generatedUntil`, and the unique (line, site, occurrence)
 * makes a job generated twice (two clicks at once) one job. Exported for a scheduled job too.
 */

/** One click never writes more than this: past it, nothing is written and a clear message says why. */
export const MAX_GENERATED_JOBS = 5_000;
/** Rows per insert: PostgreSQL's parameter limit is far (each row has about 15 values). */
const CHUNK = 1_000;

export function tooManyJobs(limit: number) {
  return `Cette génération créerait plus de ${formatNumber(limit)} interventions d'un coup : générez moins de semaines, ou contrat par contrat.`;
}

export type GenerationScope = { weeks?: number; contractId?: string | null; contractLineId?: string | null };
export type GenerationResult = { created: number; lines: number; from: string; to: string; cacheTags: string[] };

/** The days the window covers: from `today` for `weeks` weeks (both ends included). */
export function generationWindow(today: Date, weeks: number): { from: Date; to: Date } {
  const from = toDay(today);
  return { from, to: addDays(from, Math.min(Math.max(weeks, 1), MAX_GENERATION_WEEKS) * 7 - 1) };
}

export async function generateWorkOrders(ctx: OperationContext, scope: GenerationScope = {}, today: Date = new Date()): Promise<GenerationResult> {
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
      select: {
        id: true,
        task: true,
        description: true,
        recurrence: true,
        teamId: true,
        startMinutes: true,
        durationMinutes: true,
        generatedUntil: true,
        contract: { select: { id: true, partnerId: true, startsOn: true, endsOn: true } },
        sites: { select: { siteId: true }, orderBy: { siteId: "asc" } },
      },
    });

    const rows: Prisma.WorkOrderCreateManyInput[] = [];
    const reached = new Map<string, Date>();
    for (const line of lines) {
      // Resume after what was generated already.
      const from = line.generatedUntil && line.generatedUntil >= window.from ? addDays(line.generatedUntil, 1) : window.from;
      let days: Date[];
      try {
        days = occurrences(line.recurrence as string, line.contract, { from, to: window.to });
      } catch (error) {
        if (error instanceof TooManyOccurrencesError) throw new ValidationError(tooManyJobs(MAX_GENERATED_JOBS), { weeks: [tooManyJobs(MAX_GENERATED_JOBS)] });
        throw error;
      }
      for (const day of days) {
        for (const { siteId } of line.sites) {
          rows.push({
            origin: "SCHEDULE",
            contractId: line.contract.id,
            contractLineId: line.id,
            partnerId: line.contract.partnerId,
            siteId,
            task: line.task,
            description: line.description,
            scheduledDate: day,
            occurrenceDate: day,
            startMinutes: line.startMinutes,
            durationMinutes: line.durationMinutes,
            teamId: line.teamId,
            createdById: ctx.actor.id,
          });
        }
        if (rows.length > MAX_GENERATED_JOBS) throw new ValidationError(tooManyJobs(MAX_GENERATED_JOBS), { weeks: [tooManyJobs(MAX_GENERATED_JOBS)] });
      }
      const end = toDay(line.contract.endsOn) < window.to ? toDay(line.contract.endsOn) : window.to;
      reached.set(line.id, end);
    }

    let created = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const jobs = await tx.workOrder.createManyAndReturn({ data: rows.slice(i, i + CHUNK), skipDuplicates: true, select: { id: true } });
      created += jobs.length;
      if (jobs.length) {
        await tx.workOrderEvent.createMany({
          data: jobs.map((job) => ({ workOrderId: job.id, kind: "CREATED" as const, toStatus: "PLANNED" as const, comment: "Générée depuis le planning du contrat", visibility: "INTERNAL" as const, actorId: ctx.actor.id })),
        });
      }
    }
    // Lines reaching the same day are written together (one update per distinct day).
    const byDay = new Map<number, string[]>();
    for (const [lineId, day] of reached) byDay.set(day.getTime(), [...(byDay.get(day.getTime()) ?? []), lineId]);
    for (const [time, ids] of byDay) await tx.contractLine.updateMany({ where: { id: { in: ids } }, data: { generatedUntil: new Date(time) } });

    const from = window.from.toISOString().slice(0, 10);
    const to = window.to.toISOString().slice(0, 10);
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "work-order.generated",
      entityType: "ContractLine",
      entityId: scope.contractLineId ?? scope.contractId ?? "*",
      after: { from, to, lines: lines.length, created },
    });
    return { created, lines: lines.length, from, to, cacheTags: [] };
  });
}

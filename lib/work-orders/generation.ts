/**
 * Which jobs a generation makes (pure, shared by lib/work-orders/commands/generate.ts and the demo
 * seed): for each recurring line, its occurrences in the window after what it already generated,
 * one job per day and site, with the line's task, team, time and duration; past a bound, a clear
 * refusal instead of thousands of rows.
 */
import { ValidationError } from "@/lib/core/errors";
import { occurrences, TooManyOccurrencesError } from "@/lib/contracts/schedule";
import { toDay } from "@/lib/core/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatNumber } from "@/lib/format/numbers";
import { MAX_GENERATION_WEEKS } from "@/lib/work-orders/schemas";
import { addDays } from "@/lib/core/calendar";

/** One click never writes more than this: past it, nothing is written and a clear message says why. */
export const MAX_GENERATED_JOBS = 5_000;

export function tooManyJobs(limit: number) {
  return `Cette génération créerait plus de ${formatNumber(limit)} interventions d'un coup : générez moins de semaines, ou contrat par contrat.`;
}

/** The days the window covers: from `today` for `weeks` weeks (both ends included). */
export function generationWindow(today: Date, weeks: number): { from: Date; to: Date } {
  const from = toDay(today);
  return { from, to: addDays(from, Math.min(Math.max(weeks, 1), MAX_GENERATION_WEEKS) * 7 - 1) };
}

/** What a line must say for its jobs to be made. */
export const generationLineSelect = {
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
} as const satisfies Prisma.ContractLineSelect;
export type GenerationLine = Prisma.ContractLineGetPayload<{ select: typeof generationLineSelect }>;

/** The rows to insert, and the day each line will then be generated up to. */
export function jobsOfLines(lines: readonly GenerationLine[], window: { from: Date; to: Date }, createdById: string | null) {
  const refuse = () => new ValidationError(tooManyJobs(MAX_GENERATED_JOBS), { weeks: [tooManyJobs(MAX_GENERATED_JOBS)] });
  const rows: Prisma.WorkOrderCreateManyInput[] = [];
  const reached = new Map<string, Date>();
  for (const line of lines) {
    if (!line.recurrence) continue;
    // Resume after what was generated already.
    const from = line.generatedUntil && line.generatedUntil >= window.from ? addDays(line.generatedUntil, 1) : window.from;
    let days: Date[];
    try {
      days = occurrences(line.recurrence, line.contract, { from, to: window.to });
    } catch (error) {
      if (error instanceof TooManyOccurrencesError) throw refuse();
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
          createdById,
        });
      }
      if (rows.length > MAX_GENERATED_JOBS) throw refuse();
    }
    const end = toDay(line.contract.endsOn);
    reached.set(line.id, end < window.to ? end : window.to);
  }
  return { rows, reached };
}

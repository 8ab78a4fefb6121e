/**
 * A busy day shown in part: on the team's week (and the employee's week) a day shows its first
 * few jobs and a link to the whole day, so that a week of a hundred jobs is not drawn card by card
 * on every visit (the planning's render cost grows with its cards: issue 13). An opened day shows
 * all of its jobs. Pure, unit-tested.
 */

/** Cards of a day shown on the week before « Voir les … interventions » takes over. */
export const DAY_PREVIEW = 4;

export function previewDay<T>(jobs: readonly T[], open: boolean, limit = DAY_PREVIEW): { shown: T[]; hidden: T[] } {
  if (open || jobs.length <= limit) return { shown: [...jobs], hidden: [] };
  return { shown: jobs.slice(0, limit), hidden: jobs.slice(limit) };
}

/** `value` when it is one of `days` (ISO "2026-12-03"), else null: a day asked for by the URL. */
export function pickDay(value: unknown, days: readonly string[]): string | null {
  return typeof value === "string" && days.includes(value) ? value : null;
}

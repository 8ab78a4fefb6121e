/**
 * A year as the address bar and the files write it ("2026": `?annee=` of the partner's statements
 * and of the work figures, a statement's period key), written once. No import, so lib/routes.ts,
 * which client components and proxy.ts use, tells a year from a month ("2026-11") by it too.
 */
export const YEAR_KEY = /^\d{4}$/;

/** The years an address may name: "1999" or "2100" is a typo, not a year of the Régie's activity. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

export function isYearInRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The year a key names, or null when it is missing, malformed or out of range. */
export function parseYearKey(value: unknown): number | null {
  if (typeof value !== "string" || !YEAR_KEY.test(value)) return null;
  const year = Number(value);
  return isYearInRange(year) ? year : null;
}

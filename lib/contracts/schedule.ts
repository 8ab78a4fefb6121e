import { RRule, Frequency, type Options } from "rrule";

/**
 * A contract line's recurring schedule: an RFC 5545 rule without DTSTART ("FREQ=WEEKLY;BYDAY=MO,TH"),
 * read by `rrule` from the contract's first day to its last. Jobs are days, not instants: every date
 * here is a calendar day at 00:00 UTC (a PostgreSQL `date`), so no time zone moves a job to the day
 * before. Pure: no database, usable in forms (a preview) and in the generation of jobs.
 */

/** Work is planned by the day at most: an hourly rule would make thousands of jobs. */
const ALLOWED_FREQUENCIES = new Set<Frequency>([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);
/** Parts a day-level rule may use; BYHOUR and the like, COUNT, UNTIL and DTSTART come from elsewhere or are refused. */
const ALLOWED_PARTS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"]);

/** At most this many occurrences are read in one call: a larger window is refused, not truncated silently. */
export const MAX_OCCURRENCES = 1_000;

export type Recurrence = { ok: true; rule: string } | { ok: false; error: string };

/** Checks a rule typed or built by a form and returns it normalised ("FREQ=WEEKLY;BYDAY=MO,TH"). */
export function parseRecurrence(text: string): Recurrence {
  const raw = text.trim().replace(/^RRULE:/i, "").toUpperCase();
  if (!raw) return { ok: false, error: "Indiquez la fréquence." };
  const parts = raw.split(";").filter(Boolean);
  for (const part of parts) {
    const [name, value] = part.split("=");
    if (!name || !value || !ALLOWED_PARTS.has(name)) return { ok: false, error: `Règle de récurrence non prise en charge (${name ?? part}).` };
  }
  let options: Partial<Options>;
  try {
    options = RRule.parseString(raw);
  } catch {
    return { ok: false, error: "Règle de récurrence illisible." };
  }
  if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) {
    return { ok: false, error: "La fréquence doit être quotidienne, hebdomadaire, mensuelle ou annuelle." };
  }
  if (options.interval !== undefined && (options.interval < 1 || options.interval > 52)) {
    return { ok: false, error: "L'intervalle doit être entre 1 et 52." };
  }
  return { ok: true, rule: RRule.optionsToString({ ...options, dtstart: null, until: null, count: null }).replace(/^RRULE:/, "") };
}

/** A calendar day (its 00:00 UTC), from a Date or "YYYY-MM-DD". */
export function toDay(value: Date | string): Date {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export class TooManyOccurrencesError extends Error {
  constructor(readonly limit: number) {
    super(`More than ${limit} occurrences`);
  }
}

/**
 * The days of `rule` between `from` and `to` (both included), within the contract's dates. Throws
 * TooManyOccurrencesError past `limit`, so a caller can refuse the window with a clear message.
 */
export function occurrences(
  rule: string,
  contract: { startsOn: Date; endsOn: Date },
  window: { from: Date; to: Date },
  limit: number = MAX_OCCURRENCES,
): Date[] {
  const parsed = parseRecurrence(rule);
  if (!parsed.ok) throw new Error(parsed.error);
  const start = toDay(contract.startsOn);
  const end = toDay(contract.endsOn);
  const from = new Date(Math.max(start.getTime(), toDay(window.from).getTime()));
  const to = new Date(Math.min(end.getTime(), toDay(window.to).getTime()));
  if (from > to) return [];
  const rrule = new RRule({ ...RRule.parseString(parsed.rule), dtstart: start, until: end });
  const days: Date[] = [];
  rrule.between(from, to, true, (date) => {
    if (days.length >= limit) throw new TooManyOccurrencesError(limit);
    days.push(toDay(date));
    return true;
  });
  return days;
}

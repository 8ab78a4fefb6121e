/**
 * The weeks and months time totals are counted over. A time entry's `date` is a day (00:00 UTC,
 * a `@db.Date`), so a period is a range of days [from, to) of lib/core/calendar.ts. Weeks are ISO
 * weeks (Monday to Sunday, "2026-W49"), months calendar months ("2026-11"): the keys the pages'
 * URLs carry.
 */
import { addDays, isoWeek, parisToday, parseIsoWeek } from "@/lib/core/calendar";
import { parseYearKey } from "@/lib/core/year-key";
import { formatDay, formatMonth } from "@/lib/format/dates";

export type PeriodKind = "week" | "month";
export type Period = {
  kind: PeriodKind;
  /** "2026-W49" or "2026-11". */
  key: string;
  /** First day, 00:00 UTC. */
  from: Date;
  /** The day after the last one (exclusive). */
  to: Date;
  /** "semaine du 30 nov. 2026 au 6 déc. 2026", "novembre 2026". */
  label: string;
  previous: string;
  next: string;
};

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

export function monthKeyOf(day: Date): string {
  return day.toISOString().slice(0, 7);
}

function weekPeriod(key: string): Period | null {
  const from = parseIsoWeek(key);
  if (!from) return null;
  const to = addDays(from, 7);
  return {
    kind: "week",
    key,
    from,
    to,
    label: `semaine du ${formatDay(from)} au ${formatDay(addDays(to, -1))}`,
    previous: isoWeek(addDays(from, -7)),
    next: isoWeek(to),
  };
}

function monthPeriod(key: string): Period | null {
  const match = MONTH_KEY.exec(key);
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || year < 2000 || year > 2100) return null;
  const from = new Date(Date.UTC(year, month - 1, 1));
  const to = new Date(Date.UTC(year, month, 1));
  return { kind: "month", key, from, to, label: formatMonth(key), previous: monthKeyOf(addDays(from, -1)), next: monthKeyOf(to) };
}

/** The period of a week or month key, or null when the key is malformed or does not exist. */
export function periodOf(kind: PeriodKind, key: string): Period | null {
  return kind === "week" ? weekPeriod(key) : monthPeriod(key);
}

/** This week or this month, in Paris. */
export function currentPeriod(kind: PeriodKind, now = new Date()): Period {
  const today = parisToday(now);
  return periodOf(kind, kind === "week" ? isoWeek(today) : monthKeyOf(today)) as Period;
}

/**
 * The period a page's URL asks for (`?semaine=2026-W49` or `?mois=2026-11`, French as the URL
 * is): a month when `mois` is valid, else the week of `semaine`, else this week.
 */
export function periodFromParams(params: { semaine?: string; mois?: string }, now = new Date()): Period {
  return (params.mois && periodOf("month", params.mois)) || (params.semaine && periodOf("week", params.semaine)) || currentPeriod("week", now);
}

/** The days of a period, in order (a week's seven days, a month's). */
export function daysOf(period: Pick<Period, "from" | "to">): Date[] {
  const days: Date[] = [];
  for (let day = period.from; day < period.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The figures' period: a year, or one month of it (`annee`, `mois` from 1 to 12 in the URL); this
 * year when the year is missing or odd.
 */
export function yearOrMonth(params: { annee?: string; mois?: string }, now = new Date()) {
  const thisYear = parisToday(now).getUTCFullYear();
  const year = parseYearKey(params.annee) ?? thisYear;
  const month = /^\d{1,2}$/.test(params.mois ?? "") && Number(params.mois) >= 1 && Number(params.mois) <= 12 ? Number(params.mois) : null;
  const from = new Date(Date.UTC(year, month ? month - 1 : 0, 1));
  const to = month ? new Date(Date.UTC(year, month, 1)) : new Date(Date.UTC(year + 1, 0, 1));
  return { year, month, from, to };
}

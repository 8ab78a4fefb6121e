/**
 * The weeks and months time totals are counted over. A time entry's `date` is a day (00:00 UTC,
 * a `@db.Date`), so a period is a range of days [from, to); only "today" depends on the zone, and
 * it is today in Paris whatever the server's zone. Weeks are ISO weeks (Monday to Sunday,
 * "2026-W49"), months calendar months ("2026-11"): the keys the pages' URLs carry.
 */
import { parseYearKey } from "@/lib/core/year-key";
import { formatDay, formatIsoDay, formatMonth } from "@/lib/format/dates";

const DAY_MS = 24 * 60 * 60 * 1000;

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

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** Today in Paris, as a day (00:00 UTC). */
export function parisToday(now = new Date()): Date {
  return new Date(`${formatIsoDay(now)}T00:00:00Z`);
}

const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);
/** Monday = 0 … Sunday = 6. */
const weekday = (day: Date) => (day.getUTCDay() + 6) % 7;

/** The Monday of ISO week 1 of `year` (the week holding 4 January). */
function firstMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return addDays(jan4, -weekday(jan4));
}

/** The ISO week a day belongs to: "2026-W49" (the first days of January may be last year's). */
export function weekKeyOf(day: Date): string {
  const thursday = addDays(day, 3 - weekday(day));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - firstMonday(year).getTime()) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function monthKeyOf(day: Date): string {
  return day.toISOString().slice(0, 7);
}

function weekPeriod(key: string): Period | null {
  const match = WEEK_KEY.exec(key);
  if (!match) return null;
  const [year, week] = [Number(match[1]), Number(match[2])];
  if (week < 1 || week > 53) return null;
  const from = addDays(firstMonday(year), (week - 1) * 7);
  // Week 53 exists only in some years: "2026-W53" would be 2027's first week.
  if (weekKeyOf(from) !== key) return null;
  const to = addDays(from, 7);
  return {
    kind: "week",
    key,
    from,
    to,
    label: `semaine du ${formatDay(from)} au ${formatDay(addDays(to, -1))}`,
    previous: weekKeyOf(addDays(from, -7)),
    next: weekKeyOf(to),
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
  return periodOf(kind, kind === "week" ? weekKeyOf(today) : monthKeyOf(today)) as Period;
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

/** "2026-11-26", the key of a day in totals. */
export const dayKey = (day: Date) => day.toISOString().slice(0, 10);

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

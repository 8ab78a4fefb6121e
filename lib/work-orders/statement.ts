/**
 * A contract's statement (relevé), pure: which period (a month, or a calendar year), its bounds in
 * Paris time, and the amounts by line. Shared by the page, the CSV and the PDF
 * (lib/work-orders/queries/partner.ts loads the rows), unit-tested.
 *
 * How it counts (said on the page and in the files too):
 * - a job counts in the month it was finished (`doneAt`, Paris time) if the partner has validated it;
 * - PER_VISIT: validated jobs × the unit price;
 * - HOURLY: the hours entered on those jobs (sum of TimeEntry minutes) × the hourly price;
 * - FLAT: the line's price once for the month if at least one job of the line was validated in it.
 * A year's statement is the sum of its months' statements, computed month by month, so that it
 * equals what the twelve monthly statements add up to (flat prices and rounded cents included).
 */
import { YEAR_KEY, isYearInRange, parseYearKey } from "@/lib/core/year-key";
import { formatMonth } from "@/lib/format/dates";
import type { ServiceUnit } from "@/lib/generated/prisma/enums";

export const STATEMENT_RULE =
  "Sont comptées les interventions terminées dans la période (heure de Paris) et validées par vous. Au passage : nombre d'interventions × prix unitaire ; à l'heure : heures saisies × prix horaire ; forfait : le prix une fois par mois où au moins une intervention de la prestation a été validée. Le relevé d'une année est la somme des relevés de ses mois.";

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A statement's period as the address bar and the files write it: a month "2026-11" or a year "2026". */
export type StatementPeriod = { kind: "month"; year: number; month: number; key: string } | { kind: "year"; year: number; key: string };

/** The month of `?mois=`, or null when it is missing or malformed (years 2000 to 2099). */
export function parseStatementMonth(value: unknown): Extract<StatementPeriod, { kind: "month" }> | null {
  if (typeof value !== "string") return null;
  const match = MONTH_PATTERN.exec(value);
  if (!match || !isYearInRange(Number(match[1]))) return null;
  return { kind: "month", year: Number(match[1]), month: Number(match[2]), key: value };
}

/** The year of `?annee=`, or null when it is missing or malformed (2000 to 2099). */
export function parseStatementYear(value: unknown): Extract<StatementPeriod, { kind: "year" }> | null {
  const year = parseYearKey(value);
  return year === null ? null : { kind: "year", year, key: String(year) };
}

/** A period's key, "2026-11" or "2026", back to the period; null when it is neither. */
export function parseStatementPeriod(key: unknown): StatementPeriod | null {
  return parseStatementMonth(key) ?? parseStatementYear(key);
}

/**
 * The period the address bar asks for: `?annee=` when it is there, else `?mois=`; `undefined`
 * when neither is (the caller picks a default), null when the one given is malformed.
 */
export function periodFromSearchParams(params: { annee?: unknown; mois?: unknown }): StatementPeriod | null | undefined {
  if (params.annee !== undefined && params.annee !== null) return parseStatementYear(params.annee);
  if (params.mois !== undefined && params.mois !== null) return parseStatementMonth(params.mois);
  return undefined;
}

/** "novembre 2026" for a month, "2026" for a year. */
export function formatPeriod(key: string): string {
  return YEAR_KEY.test(key) ? key : formatMonth(key);
}

/** "Relevé de novembre 2026", "Relevé de l'année 2026". */
export function statementTitle(key: string): string {
  return YEAR_KEY.test(key) ? `Relevé de l'année ${key}` : `Relevé de ${formatMonth(key)}`;
}

/** The query parameter that carries a period's key: `annee` for a year, `mois` for a month. */
export function periodParam(key: string): "annee" | "mois" {
  return YEAR_KEY.test(key) ? "annee" : "mois";
}

const parisOffset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" });

/** Paris's offset from UTC at `instant`, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: Date): number {
  const name = parisOffset.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The instant midnight of the 1st starts in Paris (clocks never change on the 1st, at midnight). */
function parisMonthStart(year: number, month: number): Date {
  const utcMidnight = new Date(Date.UTC(year, month - 1, 1));
  return new Date(utcMidnight.getTime() - parisOffsetMinutes(utcMidnight) * 60_000);
}

/** The month's instants, [start, end), in Paris time: what `doneAt` is compared with. */
export function parisMonthRange(year: number, month: number): { start: Date; end: Date } {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { start: parisMonthStart(year, month), end: parisMonthStart(next.year, next.month) };
}

/** The period's instants, [start, end), in Paris time. */
export function parisPeriodRange(period: StatementPeriod): { start: Date; end: Date } {
  if (period.kind === "month") return parisMonthRange(period.year, period.month);
  return { start: parisMonthStart(period.year, 1), end: parisMonthStart(period.year + 1, 1) };
}

const parisMonthFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" });

/** The month (Paris time) `instant` falls in, written "2026-11": the statement's default month. */
export function parisMonthOf(instant: Date): string {
  const parts = parisMonthFormat.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}`;
}

/** The month before "2026-11" ("2026-10"), and after. */
export function shiftMonth(key: string, by: 1 | -1): string {
  const [year, month] = key.split("-").map(Number);
  const index = year * 12 + (month - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The period before or after: the neighbouring month of a month, year of a year. */
export function shiftPeriod(key: string, by: 1 | -1): string {
  return YEAR_KEY.test(key) ? String(Number(key) + by) : shiftMonth(key, by);
}

export type StatementLineInput = { id: string; task: string; unit: ServiceUnit; unitPriceCents: number };
/**
 * The period's validated jobs of one line finished in one month (Paris time, "2026-11"): how many,
 * and the minutes entered on them. The query adds them up in SQL, so a year of jobs comes as at
 * most twelve rows a line; a single job is `jobs: 1`.
 */
export type StatementSumInput = { lineId: string | null; month: string; jobs: number; minutes: number };

export type StatementLine = StatementLineInput & {
  jobs: number;
  minutes: number;
  /** What is billed: jobs, hours, or 1 / 0 for a flat line. */
  quantity: number;
  amountCents: number;
};

export type StatementTotals = { jobs: number; minutes: number; amountCents: number };
/** One month's totals within the period (months with a job only, in order). */
export type StatementMonthTotals = StatementTotals & { month: string };

/** The amount of one line for the month, by its unit (see the rule above); cents rounded half up. */
export function lineAmountCents(line: Pick<StatementLineInput, "unit" | "unitPriceCents">, jobs: number, minutes: number): { quantity: number; amountCents: number } {
  switch (line.unit) {
    case "PER_VISIT":
      return { quantity: jobs, amountCents: jobs * line.unitPriceCents };
    case "HOURLY":
      return { quantity: minutes / 60, amountCents: Math.round((minutes * line.unitPriceCents) / 60) };
    case "FLAT":
      return { quantity: jobs > 0 ? 1 : 0, amountCents: jobs > 0 ? line.unitPriceCents : 0 };
  }
}

const sumTotals = (items: readonly StatementTotals[]): StatementTotals =>
  items.reduce<StatementTotals>((acc, item) => ({ jobs: acc.jobs + item.jobs, minutes: acc.minutes + item.minutes, amountCents: acc.amountCents + item.amountCents }), {
    jobs: 0,
    minutes: 0,
    amountCents: 0,
  });

/** One month: every line of the contract (a line with no job shows 0) and its figures by unit. */
function monthLines(lines: readonly StatementLineInput[], sums: readonly StatementSumInput[]): StatementLine[] {
  const byLine = new Map<string, { jobs: number; minutes: number }>();
  for (const part of sums) {
    if (!part.lineId) continue;
    const sum = byLine.get(part.lineId) ?? { jobs: 0, minutes: 0 };
    sum.jobs += part.jobs;
    sum.minutes += part.minutes;
    byLine.set(part.lineId, sum);
  }
  return lines.map((line): StatementLine => {
    const sum = byLine.get(line.id) ?? { jobs: 0, minutes: 0 };
    return { ...line, ...sum, ...lineAmountCents(line, sum.jobs, sum.minutes) };
  });
}

/**
 * The period's statement: each month computed by the rules above, then added up line by line;
 * every line of the contract (a line with no job shows 0), the totals, and each month's totals.
 */
export function computeStatement(
  lines: readonly StatementLineInput[],
  sums: readonly StatementSumInput[],
): { lines: StatementLine[]; totals: StatementTotals; months: StatementMonthTotals[] } {
  const sumsByMonth = new Map<string, StatementSumInput[]>();
  for (const sum of sums) {
    const month = sumsByMonth.get(sum.month);
    if (month) month.push(sum);
    else sumsByMonth.set(sum.month, [sum]);
  }
  const months = [...sumsByMonth.keys()].sort().map((month) => ({ month, lines: monthLines(lines, sumsByMonth.get(month) ?? []) }));
  const summed = lines.map((line, index): StatementLine => {
    const perMonth = months.map((m) => m.lines[index]);
    return {
      ...line,
      jobs: perMonth.reduce((n, l) => n + l.jobs, 0),
      minutes: perMonth.reduce((n, l) => n + l.minutes, 0),
      quantity: perMonth.reduce((n, l) => n + l.quantity, 0),
      amountCents: perMonth.reduce((n, l) => n + l.amountCents, 0),
    };
  });
  return {
    lines: summed,
    totals: sumTotals(summed),
    months: months.map((m) => ({ month: m.month, ...sumTotals(m.lines) })).filter((m) => m.jobs > 0),
  };
}

const hoursFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "12,50": hours to two decimals. */
export function formatHours(minutes: number): string {
  return hoursFormat.format(minutes / 60);
}

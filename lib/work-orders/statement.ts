/**
 * A contract's monthly statement (relevé), pure: which month, its bounds in Paris time, and the
 * amounts by line. Shared by the page, the CSV and the PDF (lib/work-orders/queries/partner.ts
 * loads the rows), unit-tested.
 *
 * How it counts (said on the page and in the files too):
 * - a job counts in the month it was finished (`doneAt`, Paris time) if the partner has validated it;
 * - PER_VISIT: validated jobs × the unit price;
 * - HOURLY: the hours entered on those jobs (sum of TimeEntry minutes) × the hourly price;
 * - FLAT: the line's price once for the month if at least one job of the line was validated in it.
 */
import type { ServiceUnit } from "@/lib/generated/prisma/enums";

export const SERVICE_UNIT_LABELS: Record<ServiceUnit, string> = {
  PER_VISIT: "Au passage",
  HOURLY: "À l'heure",
  FLAT: "Forfait mensuel",
};

export const STATEMENT_RULE =
  "Sont comptées les interventions terminées dans le mois (heure de Paris) et validées par vous. Au passage : nombre d'interventions × prix unitaire ; à l'heure : heures saisies × prix horaire ; forfait : le prix une fois dans le mois si au moins une intervention de la prestation a été validée.";

/** "2026-11": a month as the address bar and the files write it. */
export type StatementMonth = `${number}-${string}`;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month of `?mois=`, or null when it is missing or malformed (years 2000 to 2099). */
export function parseStatementMonth(value: unknown): { year: number; month: number; key: string } | null {
  if (typeof value !== "string") return null;
  const match = MONTH_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2099) return null;
  return { year, month: Number(match[2]), key: value };
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

/** The month (Paris time) `instant` falls in, written "2026-11": the statement's default month. */
export function parisMonthOf(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}`;
}

/** The month before "2026-11" ("2026-10"), and after. */
export function shiftMonth(key: string, by: 1 | -1): string {
  const [year, month] = key.split("-").map(Number);
  const index = year * 12 + (month - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export type StatementLineInput = { id: string; task: string; unit: ServiceUnit; unitPriceCents: number };
/** A validated job of the month: its line and the minutes entered on it. */
export type StatementJobInput = { lineId: string | null; minutes: number };

export type StatementLine = StatementLineInput & {
  jobs: number;
  minutes: number;
  /** What is billed: jobs, hours, or 1 / 0 for a flat line. */
  quantity: number;
  amountCents: number;
};

export type StatementTotals = { jobs: number; minutes: number; amountCents: number };

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

/** Every line of the contract (a line with no job shows 0), its figures and the totals. */
export function computeStatement(lines: readonly StatementLineInput[], jobs: readonly StatementJobInput[]): { lines: StatementLine[]; totals: StatementTotals } {
  const byLine = new Map<string, { jobs: number; minutes: number }>();
  for (const job of jobs) {
    if (!job.lineId) continue;
    const sum = byLine.get(job.lineId) ?? { jobs: 0, minutes: 0 };
    sum.jobs += 1;
    sum.minutes += job.minutes;
    byLine.set(job.lineId, sum);
  }
  const computed = lines.map((line): StatementLine => {
    const sum = byLine.get(line.id) ?? { jobs: 0, minutes: 0 };
    return { ...line, ...sum, ...lineAmountCents(line, sum.jobs, sum.minutes) };
  });
  const totals = computed.reduce<StatementTotals>(
    (acc, line) => ({ jobs: acc.jobs + line.jobs, minutes: acc.minutes + line.minutes, amountCents: acc.amountCents + line.amountCents }),
    { jobs: 0, minutes: 0, amountCents: 0 },
  );
  return { lines: computed, totals };
}

const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const hoursFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimalFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** "1 234,50 €". */
export function formatEuros(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** "12,50": hours to two decimals. */
export function formatHours(minutes: number): string {
  return hoursFormat.format(minutes / 60);
}

/** "1234,50": a number for a spreadsheet cell (French decimal comma, no grouping). */
export function spreadsheetDecimal(value: number): string {
  return decimalFormat.format(value);
}

/**
 * The statement's tables (amounts by line, by month, the jobs counted), described once: their
 * columns (header, kind of figure, width on paper) and their rows as raw values. The page, the PDF
 * and the CSV only render them, so the three cannot drift apart; they differ in how a figure is
 * written, which the column's kind decides: "42,75 €" and "novembre 2026" on screen and on paper,
 * "42,75" under a header that says "(€)" and "2026-11" in a spreadsheet cell. Pure, unit-tested.
 */
import { SERVICE_UNIT_LABELS } from "@/lib/contracts/model";
import { formatMonth, formatShortDay } from "@/lib/format/dates";
import { formatEuros, formatNumber } from "@/lib/format/numbers";
import { formatHours, type StatementLine, type StatementMonthTotals, type StatementTotals } from "@/lib/work-orders/statement";

/**
 * What a column's values are: text as is, a month key ("2026-11"), a count, minutes (written as
 * hours), cents (written as euros), a billed quantity (jobs, hours or 1 for a flat month).
 */
export type StatementCellKind = "text" | "month" | "count" | "hours" | "euros" | "quantity";

/** A raw value, read by its column's kind; "" is a blank cell (the totals row's unit, a job without site). */
export type StatementCell = string | number;

type ColumnBase = { header: string; kind: StatementCellKind };
/** A column of the page, the PDF and the CSV; on paper, its width in points (a table's widths add up to 495, an A4 page less its margins) and a shorter header where it is narrow. */
export type ShownColumn = ColumnBase & { print: { width: number; header?: string } };
/** A column of the CSV only, for the one who checks the amounts in a spreadsheet. */
type SpreadsheetColumn = ColumnBase & { print?: never };
export type StatementColumn = ShownColumn | SpreadsheetColumn;

export type StatementRow<T> = { id: string; item: T; cells: StatementCell[] };

export type StatementTable<T> = {
  columns: StatementColumn[];
  rows: StatementRow<T>[];
  /** The totals row, cell by column, first cell "Total". */
  total?: StatementCell[];
};

/** Figures are aligned right, on the page and on paper. */
export function isFigure(kind: StatementCellKind): boolean {
  return kind !== "text" && kind !== "month";
}

/** A value as read on the page and in the PDF: "1 234", "12,50" hours, "42,75 €", "novembre 2026". */
export function displayCell(kind: StatementCellKind, value: StatementCell): string {
  if (typeof value === "string") return kind === "month" && value ? formatMonth(value) : value;
  switch (kind) {
    case "hours":
      return formatHours(value);
    case "euros":
      return formatEuros(value);
    default:
      return formatNumber(value);
  }
}

const decimalFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/**
 * A value for a spreadsheet cell: counts as numbers, hours, euros and quantities with two decimals,
 * a French decimal comma and no grouping ("1234,50"), which a French spreadsheet reads as a number;
 * months as their key.
 */
export function spreadsheetCell(kind: StatementCellKind, value: StatementCell): string | number {
  if (typeof value === "string") return value;
  switch (kind) {
    case "hours":
      return decimalFormat.format(value / 60);
    case "euros":
      return decimalFormat.format(value / 100);
    case "quantity":
      return decimalFormat.format(value);
    default:
      return value;
  }
}

/** A column's header in the CSV: euros are written without their sign, so the header carries it. */
export function spreadsheetHeader(column: StatementColumn): string {
  return column.kind === "euros" ? `${column.header} (€)` : column.header;
}

/** The columns shown on the page and in the PDF (not the spreadsheet's own), with their index in the rows' cells. */
export function shownColumns(columns: readonly StatementColumn[]): { column: ShownColumn; index: number }[] {
  return columns.flatMap((column, index) => (column.print ? [{ column, index }] : []));
}

/** The validated jobs' count, in both tables of amounts; "Interventions" alone where paper is narrow. */
const jobsColumn = (width: number): ShownColumn => ({ header: "Interventions validées", kind: "count", print: { width, header: "Interventions" } });

/** Amounts by line of the contract, every line (one with no job at 0), then the totals. */
export function statementLinesTable(statement: { lines: readonly StatementLine[]; totals: StatementTotals }): StatementTable<StatementLine> {
  const { totals } = statement;
  return {
    columns: [
      { header: "Prestation", kind: "text", print: { width: 165 } },
      { header: "Unité", kind: "text", print: { width: 75 } },
      { header: "Prix unitaire HT", kind: "euros", print: { width: 70 } },
      jobsColumn(60),
      { header: "Heures", kind: "hours", print: { width: 45 } },
      { header: "Quantité facturée", kind: "quantity" },
      { header: "Montant HT", kind: "euros", print: { width: 80 } },
    ],
    rows: statement.lines.map((line) => ({
      id: line.id,
      item: line,
      cells: [line.task, SERVICE_UNIT_LABELS[line.unit], line.unitPriceCents, line.jobs, line.minutes, line.quantity, line.amountCents],
    })),
    total: ["Total", "", "", totals.jobs, totals.minutes, "", totals.amountCents],
  };
}

/** A year's totals by month (months with a validated job only, in order). */
export function statementMonthsTable(months: readonly StatementMonthTotals[]): StatementTable<StatementMonthTotals> {
  return {
    columns: [
      { header: "Mois", kind: "month", print: { width: 175 } },
      jobsColumn(100),
      { header: "Heures", kind: "hours", print: { width: 100 } },
      { header: "Montant HT", kind: "euros", print: { width: 120 } },
    ],
    rows: months.map((m) => ({ id: m.month, item: m, cells: [m.month, m.jobs, m.minutes, m.amountCents] })),
  };
}

export type StatementJob = { number: number; task: string; site: string | null; doneAt: Date; minutes: number };

/** The jobs counted, in the order given (finished first, first). */
export function statementJobsTable<J extends StatementJob>(jobs: readonly J[]): StatementTable<J> {
  return {
    columns: [
      { header: "Intervention", kind: "text", print: { width: 50, header: "N°" } },
      { header: "Prestation", kind: "text", print: { width: 175 } },
      { header: "Site", kind: "text", print: { width: 140 } },
      { header: "Terminée le", kind: "text", print: { width: 70 } },
      { header: "Heures", kind: "hours", print: { width: 60 } },
    ],
    rows: jobs.map((job) => ({
      id: String(job.number),
      item: job,
      cells: [String(job.number), job.task, job.site ?? "", formatShortDay(job.doneAt), job.minutes],
    })),
  };
}

/**
 * A statement as CSV for a spreadsheet (lib/reports/csv.ts: ";" separated, cells escaped, UTF-8
 * with a BOM), figures with a French decimal comma: the tables of statement-table.ts, amounts by
 * line with their totals, by month for a year, then the jobs counted.
 */
import { csvLine } from "@/lib/reports/csv";
import { STATEMENT_RULE, periodParam, type StatementLine, type StatementMonthTotals, type StatementTotals } from "@/lib/work-orders/statement";
import {
  spreadsheetCell,
  spreadsheetHeader,
  statementJobsTable,
  statementLinesTable,
  statementMonthsTable,
  type StatementJob,
  type StatementTable,
} from "@/lib/work-orders/statement-table";

export type StatementForFile = {
  contract: { reference: string; object: string };
  partner: string;
  /** "2026-11" (a month) or "2026" (a year). */
  period: string;
  lines: StatementLine[];
  totals: StatementTotals;
  months: StatementMonthTotals[];
  jobs: StatementJob[];
};

/** A table's lines: its header, its rows, its totals. */
function csvTable(table: StatementTable<unknown>): string[] {
  const line = (cells: readonly (string | number)[]) => csvLine(cells.map((cell, i) => spreadsheetCell(table.columns[i].kind, cell)));
  return [csvLine(table.columns.map(spreadsheetHeader)), ...table.rows.map((row) => line(row.cells)), ...(table.total ? [line(table.total)] : [])];
}

export function statementCsv(statement: StatementForFile): string {
  const yearly = periodParam(statement.period) === "annee";
  const rows: string[] = [
    csvLine([yearly ? "Relevé annuel" : "Relevé mensuel", statement.contract.reference, statement.contract.object]),
    csvLine(["Partenaire", statement.partner]),
    csvLine([yearly ? "Année" : "Mois", statement.period]),
    csvLine(["Règle de calcul", STATEMENT_RULE]),
    csvLine([]),
    ...csvTable(statementLinesTable(statement)),
    ...(yearly ? [csvLine([]), ...csvTable(statementMonthsTable(statement.months))] : []),
    csvLine([]),
    ...csvTable(statementJobsTable(statement.jobs)),
  ];
  return `\uFEFF${rows.join("")}`;
}

/**
 * A statement as CSV for a spreadsheet (lib/reports/csv.ts: ";" separated, cells escaped, UTF-8
 * with a BOM), figures with a French decimal comma: the lines, the totals, then the jobs counted.
 */
import { formatShortDay } from "@/lib/format/dates";
import { SERVICE_UNIT_LABELS } from "@/lib/contracts/model";
import { csvLine } from "@/lib/reports/csv";
import {
  STATEMENT_RULE,
  periodParam,
  spreadsheetDecimal,
  type StatementLine,
  type StatementMonthTotals,
  type StatementTotals,
} from "@/lib/work-orders/statement";

export type StatementForFile = {
  contract: { reference: string; object: string };
  partner: string;
  /** "2026-11" (a month) or "2026" (a year). */
  period: string;
  lines: StatementLine[];
  totals: StatementTotals;
  months: StatementMonthTotals[];
  jobs: { number: number; task: string; site: string | null; doneAt: Date; minutes: number }[];
};

export function statementCsv(statement: StatementForFile): string {
  const yearly = periodParam(statement.period) === "annee";
  const rows: string[] = [
    csvLine([yearly ? "Relevé annuel" : "Relevé mensuel", statement.contract.reference, statement.contract.object]),
    csvLine(["Partenaire", statement.partner]),
    csvLine([yearly ? "Année" : "Mois", statement.period]),
    csvLine(["Règle de calcul", STATEMENT_RULE]),
    csvLine([]),
    csvLine(["Prestation", "Unité", "Prix unitaire HT (€)", "Interventions validées", "Heures", "Quantité facturée", "Montant HT (€)"]),
    ...statement.lines.map((line) =>
      csvLine([
        line.task,
        SERVICE_UNIT_LABELS[line.unit],
        spreadsheetDecimal(line.unitPriceCents / 100),
        line.jobs,
        spreadsheetDecimal(line.minutes / 60),
        spreadsheetDecimal(line.quantity),
        spreadsheetDecimal(line.amountCents / 100),
      ]),
    ),
    csvLine(["Total", "", "", statement.totals.jobs, spreadsheetDecimal(statement.totals.minutes / 60), "", spreadsheetDecimal(statement.totals.amountCents / 100)]),
    ...(yearly
      ? [
          csvLine([]),
          csvLine(["Mois", "Interventions validées", "Heures", "Montant HT (€)"]),
          ...statement.months.map((m) => csvLine([m.month, m.jobs, spreadsheetDecimal(m.minutes / 60), spreadsheetDecimal(m.amountCents / 100)])),
        ]
      : []),
    csvLine([]),
    csvLine(["Intervention", "Prestation", "Site", "Terminée le", "Heures"]),
    ...statement.jobs.map((job) => csvLine([job.number, job.task, job.site ?? "", formatShortDay(job.doneAt), spreadsheetDecimal(job.minutes / 60)])),
  ];
  return `\uFEFF${rows.join("")}`;
}

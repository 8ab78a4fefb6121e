/**
 * The year's volunteering as CSV for the accountant (lib/reports/csv.ts: ";" separated, cells
 * escaped, UTF-8 with a BOM): one line per volunteer and activity with hours, hourly value and
 * value, then the year's total; figures with a French decimal comma, as spreadsheetCell writes them.
 */
import { csvLine } from "@/lib/reports/csv";
import { spreadsheetCell } from "@/lib/work-orders/statement-table";
import type { YearTotals } from "@/lib/volunteering/queries/totals";

export const TOTALS_RULE = "Heures validées × valeur horaire de l'activité (valorisation du bénévolat)";

export function totalsCsv(totals: YearTotals): string {
  const rows = [
    csvLine(["Bénévolat valorisé", String(totals.year)]),
    csvLine(["Règle de calcul", TOTALS_RULE]),
    csvLine([]),
    csvLine(["Bénévole", "Activité", "Heures", "Valeur horaire (€)", "Valeur (€)"]),
    ...totals.rows.map((row) =>
      csvLine([row.name, row.activity, spreadsheetCell("hours", row.minutes), spreadsheetCell("euros", row.hourlyRateCents), spreadsheetCell("euros", row.valueCents)]),
    ),
    csvLine(["Total", "", spreadsheetCell("hours", totals.minutes), "", spreadsheetCell("euros", totals.valueCents)]),
  ];
  return `\uFEFF${rows.join("")}`;
}

/** "2026" from `?annee=`, within sensible years; else the current year in Paris. */
export function yearParam(value: string | null | undefined, fallback: number): number {
  const year = Number(value);
  return value && /^\d{4}$/.test(value) && year >= 2000 && year <= 2100 ? year : fallback;
}

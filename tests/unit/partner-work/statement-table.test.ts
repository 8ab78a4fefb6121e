import { describe, expect, it } from "vitest";
import {
  displayCell,
  shownColumns,
  spreadsheetCell,
  spreadsheetHeader,
  statementJobsTable,
  statementLinesTable,
  statementMonthsTable,
} from "@/lib/work-orders/statement-table";

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the statement's tables, described once", () => {
  const lines = statementLinesTable({
    lines: [
      { id: "a", task: "Halls", unit: "HOURLY", unitPriceCents: 2850, jobs: 1, minutes: 90, quantity: 1.5, amountCents: 4275 },
      { id: "b", task: "Forfait", unit: "FLAT", unitPriceCents: 38_000, jobs: 0, minutes: 0, quantity: 0, amountCents: 0 },
    ],
    totals: { jobs: 1, minutes: 90, amountCents: 4275 },
  });

  it("gives a cell per column in every row and in the totals", () => {
    for (const row of [...lines.rows.map((r) => r.cells), lines.total!]) expect(row).toHaveLength(lines.columns.length);
    expect(lines.rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(lines.rows[0].cells.slice(0, 2)).toEqual(["Halls", "À l'heure"]);
    expect(lines.rows[1].cells[1]).toBe("Forfait mensuel");
  });

  it("writes figures for the page and the PDF, and for a spreadsheet", () => {
    const shown = shownColumns(lines.columns);
    const display = (cells: readonly (string | number)[]) => shown.map(({ column, index }) => nbsp(displayCell(column.kind, cells[index])));
    expect(shown.map(({ column }) => column.header)).toEqual(["Prestation", "Unité", "Prix unitaire HT", "Interventions validées", "Heures", "Montant HT"]);
    expect(display(lines.rows[0].cells)).toEqual(["Halls", "À l'heure", "28,50 €", "1", "1,50", "42,75 €"]);
    expect(display(lines.total!)).toEqual(["Total", "", "", "1", "1,50", "42,75 €"]);

    // The CSV has the billed quantity too, and says the currency in the header, not in the cell.
    expect(lines.columns.map(spreadsheetHeader)).toEqual([
      "Prestation",
      "Unité",
      "Prix unitaire HT (€)",
      "Interventions validées",
      "Heures",
      "Quantité facturée",
      "Montant HT (€)",
    ]);
    expect(lines.rows[0].cells.map((cell, i) => spreadsheetCell(lines.columns[i].kind, cell))).toEqual(["Halls", "À l'heure", "28,50", 1, "1,50", "1,50", "42,75"]);
  });

  it("gives the PDF widths filling the page and shorter headers where the column is narrow", () => {
    for (const table of [lines, statementMonthsTable([]), statementJobsTable([])]) {
      expect(shownColumns(table.columns).reduce((sum, { column }) => sum + column.print.width, 0)).toBe(495);
    }
    expect(shownColumns(lines.columns).map(({ column }) => column.print.header ?? column.header)).toContain("Interventions");
  });

  it("shows a month by name on screen and by key in a spreadsheet", () => {
    const months = statementMonthsTable([{ month: "2026-11", jobs: 1234, minutes: 90, amountCents: 123_456 }]);
    expect(months.total).toBeUndefined();
    const [row] = months.rows;
    expect(row.cells.map((cell, i) => nbsp(displayCell(months.columns[i].kind, cell)))).toEqual(["novembre 2026", "1 234", "1,50", "1 234,56 €"]);
    expect(row.cells.map((cell, i) => spreadsheetCell(months.columns[i].kind, cell))).toEqual(["2026-11", 1234, "1,50", "1234,56"]);
  });

  it("lists the jobs with their number, a blank for a job without site", () => {
    const jobs = statementJobsTable([{ id: "x", number: 12, task: "Halls", site: null, doneAt: new Date("2026-11-10T09:00:00Z"), minutes: 45 }]);
    expect(jobs.rows[0].item.id).toBe("x");
    expect(jobs.rows[0].cells).toEqual(["12", "Halls", "", "10/11/2026", 45]);
    expect(jobs.columns.map(spreadsheetHeader)).toEqual(["Intervention", "Prestation", "Site", "Terminée le", "Heures"]);
    expect(shownColumns(jobs.columns)[0].column.print.header).toBe("N°");
  });
});

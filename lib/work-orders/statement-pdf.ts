import "server-only";
import { numberPages, openPdf, pdfText } from "@/lib/pdf/document";
import { formatLongDay } from "@/lib/format/dates";
import type { StatementForFile } from "@/lib/work-orders/statement-csv";
import { STATEMENT_RULE, formatPeriod, periodParam, statementTitle } from "@/lib/work-orders/statement";
import {
  displayCell,
  isFigure,
  shownColumns,
  statementJobsTable,
  statementLinesTable,
  statementMonthsTable,
  type StatementTable,
} from "@/lib/work-orders/statement-table";

/**
 * A statement as a PDF, made on the server with pdfkit (pure JavaScript, its built-in Helvetica):
 * title, partner, contract, period, the table by line, the totals (by month too for a year), the
 * jobs counted, page numbers.
 * A year of jobs is a few thousand table rows: written in one pass, pages buffered only to number them.
 */

const MARGIN = 50;
const FOOTER_SPACE = 30;

/** One of the statement's tables, its header again atop each page it runs onto, its totals row in bold. */
function table(doc: PDFKit.PDFDocument, statementTable: StatementTable<unknown>) {
  const shown = shownColumns(statementTable.columns);
  const columns = shown.map(({ column }) => ({ header: column.print.header ?? column.header, width: column.print.width, align: isFigure(column.kind) ? ("right" as const) : ("left" as const) }));
  const cellsOf = (cells: readonly (string | number)[]) => shown.map(({ column, index }) => displayCell(column.kind, cells[index]));
  const bottom = () => doc.page.height - MARGIN - FOOTER_SPACE;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(pdfText(cell), { width: columns[i].width - 6 }))) + 6;
    if (doc.y + height > bottom()) {
      doc.addPage();
      header();
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(pdfText(cell), x + 3, top + 3, { width: columns[i].width - 6, align: columns[i].align });
      x += columns[i].width;
    });
    doc.moveTo(MARGIN, top + height).lineTo(x, top + height).lineWidth(0.5).strokeColor("#999999").stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const header = () => drawRow(columns.map((c) => c.header), true);
  header();
  for (const row of statementTable.rows) drawRow(cellsOf(row.cells), false);
  if (statementTable.total) drawRow(cellsOf(statementTable.total), true);
  doc.moveDown();
}

export function statementPdf(statement: StatementForFile & { contract: { startsOn: Date; endsOn: Date } }): Promise<Buffer> {
  const { doc, done } = openPdf({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: `Relevé ${statement.contract.reference} ${statement.period}` } });

  doc.font("Helvetica-Bold").fontSize(18).text(pdfText(statementTitle(statement.period)));
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(11);
  doc.text(pdfText(`Partenaire : ${statement.partner}`));
  doc.text(pdfText(`Contrat : ${statement.contract.reference} — ${statement.contract.object}`));
  doc.text(pdfText(`Période du contrat : du ${formatLongDay(statement.contract.startsOn)} au ${formatLongDay(statement.contract.endsOn)}`));
  doc.moveDown(0.5);
  doc.fontSize(9).fillColor("#333333").text(pdfText(STATEMENT_RULE)).fillColor("#000000");
  doc.moveDown();

  doc.font("Helvetica-Bold").fontSize(13).text("Montants par prestation");
  doc.moveDown(0.5);
  table(doc, statementLinesTable(statement));

  if (periodParam(statement.period) === "annee" && statement.months.length > 0) {
    doc.font("Helvetica-Bold").fontSize(13).text("Par mois");
    doc.moveDown(0.5);
    table(doc, statementMonthsTable(statement.months));
  }

  doc.font("Helvetica-Bold").fontSize(13).text("Interventions comptées");
  doc.moveDown(0.5);
  if (statement.jobs.length === 0) {
    doc.font("Helvetica").fontSize(10).text("Aucune intervention validée sur la période.");
  } else {
    table(doc, statementJobsTable(statement.jobs));
  }

  numberPages(doc, `${statement.contract.reference} — ${formatPeriod(statement.period)}`, MARGIN);
  doc.end();
  return done;
}

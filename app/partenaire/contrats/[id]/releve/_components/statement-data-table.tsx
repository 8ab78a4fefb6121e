import { displayCell, isFigure, shownColumns, type StatementTable } from "@/lib/work-orders/statement-table";
import { StatementTableView, type StatementTableData } from "./statement-table-view";

/**
 * One of the statement's tables (lib/work-orders/statement-table.ts) on the page, figures written
 * as in the PDF, here on the server; StatementTableView draws it. Its first column names the row;
 * `href` may make that cell a link (to the month's statement, to the job), and the table then
 * scrolls with its links instead of being a focusable region. An empty cell says "—": a blank
 * reads as a value missing by mistake.
 */
export function StatementDataTable<T>({
  caption,
  table,
  href,
  linkPrefix,
  rowHeaderClassName,
}: {
  caption: string;
  table: StatementTable<T>;
  href?: (item: T) => string;
  /** Written before the first cell's text in its link: "N° ". */
  linkPrefix?: string;
  rowHeaderClassName?: string;
}) {
  const shown = shownColumns(table.columns);
  const { total } = table;
  const data: StatementTableData = {
    caption,
    columns: shown.map(({ column }) => ({ header: column.header, numeric: isFigure(column.kind) })),
    rows: table.rows.map((row) => ({
      id: row.id,
      cells: shown.map(({ column, index }) => displayCell(column.kind, row.cells[index]) || "—"),
      ...(href ? { href: href(row.item) } : {}),
    })),
    ...(linkPrefix ? { linkPrefix } : {}),
    ...(rowHeaderClassName ? { rowHeaderClassName } : {}),
    ...(total ? { footer: shown.map(({ column, index }) => displayCell(column.kind, total[index])) } : {}),
  };
  return <StatementTableView table={data} />;
}

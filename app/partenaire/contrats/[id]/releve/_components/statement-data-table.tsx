import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";
import { displayCell, isFigure, shownColumns, type StatementRow, type StatementTable } from "@/lib/work-orders/statement-table";

/**
 * One of the statement's tables (lib/work-orders/statement-table.ts) on the page, figures written
 * as in the PDF. Its first column names the row; `rowHeader` may make that cell a link (to the
 * month's statement, to the job), and the table then scrolls with its links instead of being a
 * focusable region. An empty cell says "—": a blank reads as a value missing by mistake.
 */
export function StatementDataTable<T>({
  caption,
  table,
  rowHeader,
  rowHeaderClassName,
}: {
  caption: string;
  table: StatementTable<T>;
  rowHeader?: (item: T, text: string) => ReactNode;
  rowHeaderClassName?: string;
}) {
  const columns = shownColumns(table.columns).map(({ column, index }, position): Column<StatementRow<T>> => {
    const text = (row: StatementRow<T>) => displayCell(column.kind, row.cells[index]) || "—";
    return position === 0
      ? { header: column.header, rowHeader: true, className: rowHeaderClassName, cell: (row) => (rowHeader ? rowHeader(row.item, text(row)) : text(row)) }
      : { header: column.header, numeric: isFigure(column.kind), cell: text };
  });
  const { total } = table;
  const footer = total ? shownColumns(table.columns).map(({ column, index }) => displayCell(column.kind, total[index])) : undefined;
  return <DataTable caption={caption} columns={columns} rows={table.rows} withoutLinks={!rowHeader} footer={footer} />;
}

"use client";

import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";

/**
 * One of the statement's tables as the page shows it, every cell already written on the server
 * (statement-data-table.tsx): a client component fed with words, so the page carries each row
 * once, as data, instead of its markup twice (the HTML and the React payload).
 */
export type StatementTableData = {
  caption: string;
  columns: { header: string; numeric: boolean }[];
  /** A row's cells as shown; `href` makes its first cell a link (`linkPrefix` before its text, "N° 1234"). */
  rows: { id: string; cells: string[]; href?: string }[];
  linkPrefix?: string;
  rowHeaderClassName?: string;
  footer?: string[];
};

export function StatementTableView({ table }: { table: StatementTableData }) {
  const { caption, rows, linkPrefix = "", rowHeaderClassName, footer } = table;
  const withLinks = rows.some((row) => row.href);
  const columns = table.columns.map(({ header, numeric }, index): Column<StatementTableData["rows"][number]> => {
    if (index > 0) return { header, numeric, cell: (row) => row.cells[index] };
    return {
      header,
      rowHeader: true,
      className: rowHeaderClassName,
      cell: (row) =>
        row.href ? (
          <Link href={row.href} className="underline">
            {linkPrefix + row.cells[0]}
          </Link>
        ) : (
          row.cells[0]
        ),
    };
  });
  return <DataTable caption={caption} columns={columns} rows={rows} withoutLinks={!withLinks} footer={footer} />;
}

import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { tableClass, tableWrapperClass } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";

export type Column<Row> = {
  header: ReactNode;
  /** The row's cell; `index` is its position in `rows` (an ordered list shows it and moves rows by it). */
  cell: (row: Row, index: number) => ReactNode;
  /** The column that names the row: its cells are row headers (th scope="row"). One per table. */
  rowHeader?: boolean;
  /** Figures: aligned right, header included, with digits of equal width. */
  numeric?: boolean;
  /** Classes of the column's cells (not of its header). */
  className?: string;
};

type DataTableProps<Row> = {
  /** Said by screen readers before the table; hidden on screen, where the page's headings say it. */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  /** Classes of a row, from its record (an item switched off is shaded). */
  rowClassName?: (row: Row) => string | undefined;
  /**
   * The cells hold no link or button: the box it scrolls in on a phone is then a named, focusable
   * region (TableScroller), or a keyboard could not reach it.
   */
  withoutLinks?: boolean;
  /** A totals row under the records (tfoot), a cell per column, the first naming it ("Total"). */
  footer?: readonly ReactNode[];
};

/**
 * A table of records with its accessible frame: a caption, column headers (th scope="col") and
 * row headers (th scope="row"), one row per record (keyed by its id), in a box that scrolls sideways on a phone. No "use client": it
 * renders on the server and inside client components alike.
 */
export function DataTable<Row extends { id: string }>({ caption, columns, rows, rowClassName, withoutLinks = false, footer }: DataTableProps<Row>) {
  // A class attribute only where there is a class: an absent prop costs nothing in the page's
  // payload, an undefined one is written out for every cell (about 9 % of a 25-row list's bytes).
  const classOf = (className: string | undefined) => (className ? { className } : {});
  const cellClasses = columns.map((column) => classOf([column.numeric ? "text-right tabular-nums" : null, column.className].filter(Boolean).join(" ")));
  const table = (
    <table className={tableClass}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" {...classOf(column.numeric ? "text-right" : undefined)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row, rowIndex) => (
          <tr key={row.id} {...classOf(rowClassName?.(row))}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <th key={index} scope="row" {...cellClasses[index]}>
                  {column.cell(row, rowIndex)}
                </th>
              ) : (
                <td key={index} {...cellClasses[index]}>
                  {column.cell(row, rowIndex)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <tr className="font-semibold">
            {columns.map((column, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {footer[index]}
                </th>
              ) : (
                <td key={index} {...classOf(column.numeric ? "text-right tabular-nums" : undefined)}>
                  {footer[index]}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
  return withoutLinks ? <TableScroller label={caption}>{table}</TableScroller> : <div className={tableWrapperClass}>{table}</div>;
}

type PaginatedTableProps<Row> = DataTableProps<Row> & {
  /** How many records match, written out: "12 entrées". Followed by the page, "— page 2 sur 3.". */
  count: string;
  /** What to say when no record matches. */
  none: string;
  /** The link back to the whole list, offered when a filter or a page leaves nothing to show. */
  showAll: string;
  filtered: boolean;
  /** Which page of how many records, and how to link to the others (basePath and the filter's params). */
  pagination: { page: number; total: number; pageSize: number; basePath: string; params: Record<string, string | undefined> };
};

/**
 * A filtered, paginated list of records (the people, the audit and security logs): the count and
 * the page, the table (its caption says the page too), or what to do when nothing shows, and the
 * links to the other pages that keep the filter.
 */
export function PaginatedTable<Row extends { id: string }>({ count, none, showAll, filtered, pagination, caption, ...table }: PaginatedTableProps<Row>) {
  const { page, total, pageSize, basePath } = pagination;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      {total > 0 ? (
        <p className="mb-3 text-slate-700">
          {count}
          {pages > 1 ? ` — page ${Math.min(page, pages)} sur ${pages}` : ""}.
        </p>
      ) : null}

      {table.rows.length === 0 ? (
        <EmptyState>
          {total === 0 ? none : "Cette page est vide."}{" "}
          {filtered || total > 0 ? (
            <Link href={basePath} className="underline">
              {showAll}
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <DataTable caption={`${caption}, page ${page} sur ${pages}`} {...table} />
      )}

      <Pagination {...pagination} />
    </>
  );
}

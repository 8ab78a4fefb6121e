"use client";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatShortDay } from "@/lib/format/dates";
import { PRIORITY_LABELS, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import type { QueueItem } from "@/lib/reports/queries/staff";
import { routes } from "@/lib/routes";

const QUEUE_COLUMNS: Column<QueueItem>[] = [
  {
    header: <span className="sr-only">Sélection</span>,
    cell: (item) => (
      <input type="checkbox" name="selected" value={`${item.id}:${item.version}`} id={`choix-${item.id}`} aria-label={`Sélectionner le signalement n° ${item.number}`} className="h-5 w-5" />
    ),
  },
  {
    header: "N°",
    rowHeader: true,
    className: "font-medium",
    cell: (item) => (
      // A plain link: prefetching 25 report pages buys little, and next/link's component per
      // row was the table's largest cost after React's own. One string, one text node.
      <a href={routes.staff.report(item.id)} className="underline">
        {`n° ${item.number}`}
      </a>
    ),
  },
  {
    header: "Reçu le",
    className: "whitespace-nowrap",
    cell: (item) => <time dateTime={item.createdAt.toISOString()}>{formatShortDay(item.createdAt)}</time>,
  },
  { header: "Catégorie", cell: (item) => item.category.name },
  {
    header: "Lieu",
    cell: (item) => (
      <>
        {item.place}
        <span className="block text-slate-600">{item.excerpt}</span>
      </>
    ),
  },
  { header: "Statut", className: "whitespace-nowrap", cell: (item) => REPORT_STATUS_LABELS[item.status] },
  { header: "Priorité", className: "whitespace-nowrap", cell: (item) => PRIORITY_LABELS[item.priority] },
  { header: "Partenaire", cell: (item) => item.partner?.name ?? "—" },
  { header: "Photos", numeric: true, cell: (item) => item.photoCount },
  { header: "Soutiens", numeric: true, cell: (item) => item.supporterCount },
];

/**
 * The queue's rows. A client component on purpose: the page then sends 25 rows of data instead of
 * 25 rows of serialized markup, which is most of what a queue request costs the server.
 */
export function QueueTable({ items, page }: { items: QueueItem[]; page: number }) {
  return <DataTable caption={`Signalements, page ${page}`} columns={QUEUE_COLUMNS} rows={items} />;
}

"use client";
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDay } from "@/lib/format/dates";
import type { PartnerReportListItem } from "@/lib/reports/queries/partner";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { routes } from "@/lib/routes";

const PARTNER_REPORT_COLUMNS: Column<PartnerReportListItem>[] = [
  {
    header: "N°",
    rowHeader: true,
    className: "font-medium",
    // Read-only reports open on their public page: the same fields every visitor sees.
    cell: (r) => (
      <Link href={r.handled ? routes.partner.report(r.id) : routes.public.report(r.number)} className="underline">
        N° {r.number}
      </Link>
    ),
  },
  { header: "Catégorie", cell: (r) => r.category.name },
  { header: "Lieu", cell: (r) => r.place },
  { header: "État", cell: (r) => REPORT_STATUS_LABELS[r.status] },
  { header: "Signalé le", cell: (r) => formatDay(r.createdAt) },
  { header: "Suivi", cell: (r) => (r.handled ? "Transmis à votre organisation" : "Sur votre patrimoine (lecture seule)") },
];

/**
 * The partner's reports. A client component, as the staff queue's table: the page sends its rows
 * as data instead of a second copy of their markup in the React payload.
 */
export function PartnerReportsTable({ items }: { items: PartnerReportListItem[] }) {
  return <DataTable caption="Signalements de votre organisation" columns={PARTNER_REPORT_COLUMNS} rows={items} />;
}

"use client";
import Link from "next/link";
import { PaginatedTable } from "@/components/ui/data-table";
import { formatDay } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/numbers";
import type { College, MembershipStatus } from "@/lib/generated/prisma/enums";
import { COLLEGE_LABELS, MEMBERSHIP_STATUS_LABELS } from "@/lib/membership/model";
import { routes } from "@/lib/routes";

/** What a row of the register shows: no more (the CSV export has the contact details). */
export type RegisterTableRow = {
  id: string;
  memberId: string;
  name: string;
  representativeName: string | null;
  year: number;
  college: College;
  status: MembershipStatus;
  feeCents: number;
  paidOn: Date | null;
  receipt: string | null;
};

/**
 * The register's page of memberships. A client component fed with the rows as data: the page
 * sends them once, instead of as HTML and again as serialized markup in the React payload.
 */
export function RegisterTable({
  rows,
  count,
  filtered,
  pagination,
}: {
  rows: RegisterTableRow[];
  count: string;
  filtered: boolean;
  pagination: { page: number; total: number; pageSize: number; basePath: string; params: Record<string, string | undefined> };
}) {
  return (
    <PaginatedTable
      caption="Registre des adhésions"
      count={count}
      none={filtered ? "Aucune adhésion ne correspond à ces filtres." : "Aucune adhésion pour l'instant : enregistrez le premier bulletin avec le bouton ci-dessus."}
      showAll="Voir tout le registre"
      filtered={filtered}
      pagination={pagination}
      rows={rows}
      columns={[
        {
          header: "Adhérent",
          rowHeader: true,
          cell: (r) => (
            <>
              <Link href={routes.staff.member(r.memberId)} className="text-brand-800 underline underline-offset-2">
                {r.name}
              </Link>
              {r.representativeName ? <span className="block text-slate-700">représenté par {r.representativeName}</span> : null}
            </>
          ),
        },
        { header: "Année", cell: (r) => r.year },
        { header: "Collège", cell: (r) => COLLEGE_LABELS[r.college] },
        { header: "État", cell: (r) => MEMBERSHIP_STATUS_LABELS[r.status] },
        { header: "Cotisation", numeric: true, className: "whitespace-nowrap", cell: (r) => formatEuros(r.feeCents) },
        { header: "Payée le", className: "whitespace-nowrap", cell: (r) => (r.paidOn ? formatDay(r.paidOn) : "—") },
        { header: "Reçu", className: "whitespace-nowrap", cell: (r) => r.receipt ?? "—" },
      ]}
    />
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { StatGrid } from "@/components/ui/stat-grid";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { parisToday } from "@/lib/core/calendar";
import { formatWorkedTime } from "@/lib/format/hours";
import { formatEuros, formatNumber } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { yearTotals } from "@/lib/volunteering/queries/totals";
import { TOTALS_RULE, yearParam } from "@/lib/volunteering/totals-csv";
import { SectionFrame } from "../../_components/section-frame";
import { VolunteeringLinks } from "../_components/volunteering-links";

export const metadata: Metadata = { title: "Gestion — bilan du bénévolat" };

export default async function VolunteerTotalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("volunteering:manage", routes.staff.volunteerTotals());
  if (!actor) return <AccessDenied signedIn />;
  const raw = (await searchParams).annee;
  const year = yearParam(typeof raw === "string" ? raw : null, parisToday().getUTCFullYear());
  const totals = await yearTotals(year);

  return (
    <SectionFrame title={`Bilan du bénévolat ${year}`} intro={`Les heures validées de l'année et leur valeur pour les comptes annuels. ${TOTALS_RULE}.`} section={routes.staff.volunteering} crumbs={[{ href: routes.staff.volunteering, label: "Bénévolat" }]}>
      <VolunteeringLinks current={routes.staff.volunteerTotals()} />
      <nav aria-label="Années" className="flex flex-wrap items-center gap-4">
        <Link href={routes.staff.volunteerTotals(year - 1)} className="text-brand-800 underline underline-offset-2">
          ← {year - 1}
        </Link>
        <Link href={routes.staff.volunteerTotals(year + 1)} className="text-brand-800 underline underline-offset-2">
          {year + 1} →
        </Link>
        {/* A route handler's file: a plain link, never prefetched. */}
        <a href={routes.staff.volunteerTotalsCsv(year)} className={buttonClass("secondary")}>
          Exporter {year} en CSV
        </a>
      </nav>
      <StatGrid
        className="sm:grid-cols-3"
        stats={[
          { label: "Heures validées", value: formatWorkedTime(totals.minutes) },
          { label: "Valeur", value: formatEuros(totals.valueCents) },
          { label: "Bénévoles", value: formatNumber(totals.byVolunteer.length) },
        ]}
      />
      {totals.rows.length ? (
        <>
          <Panel id="titre-par-benevole" title="Par bénévole">
            <DataTable
              caption={`Heures et valeur par bénévole en ${year}`}
              withoutLinks
              rows={totals.byVolunteer}
              columns={[
                { header: "Bénévole", rowHeader: true, cell: (v) => v.name },
                { header: "Heures", numeric: true, cell: (v) => formatWorkedTime(v.minutes) },
                { header: "Valeur", numeric: true, cell: (v) => formatEuros(v.valueCents) },
              ]}
              footer={["Total", formatWorkedTime(totals.minutes), formatEuros(totals.valueCents)]}
            />
          </Panel>
          <Panel id="titre-par-activite" title="Par activité">
            <DataTable
              caption={`Heures et valeur par activité en ${year}`}
              withoutLinks
              rows={totals.byActivity}
              columns={[
                { header: "Activité", rowHeader: true, cell: (a) => a.name },
                { header: "Heures", numeric: true, cell: (a) => formatWorkedTime(a.minutes) },
                { header: "Valeur", numeric: true, cell: (a) => formatEuros(a.valueCents) },
              ]}
              footer={["Total", formatWorkedTime(totals.minutes), formatEuros(totals.valueCents)]}
            />
          </Panel>
        </>
      ) : (
        <EmptyState>Aucune heure validée en {year}.</EmptyState>
      )}
    </SectionFrame>
  );
}

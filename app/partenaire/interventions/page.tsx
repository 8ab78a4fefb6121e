import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { type Column, PaginatedTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { controlClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { formatDay, formatMonth } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { WORK_ORDER_STATUSES, WORK_ORDER_STATUS_LABELS } from "@/lib/work-orders/model";
import { PARTNER_JOBS_PARAMS, partnerJobsParamsSchema, partnerJobsSearchParams } from "@/lib/work-orders/partner-params";
import { listPartnerJobs, type PartnerJobListItem } from "@/lib/work-orders/queries/partner";

export const metadata: Metadata = { title: "Interventions — Espace partenaire" };

const COLUMNS: Column<PartnerJobListItem>[] = [
  {
    header: "N°",
    rowHeader: true,
    cell: (job) => (
      <Link href={routes.partner.job(job.id)} className="underline">
        N° {job.number}
      </Link>
    ),
  },
  { header: "Prestation", cell: (job) => job.task },
  { header: "Site", cell: (job) => job.site ?? "—" },
  { header: "Prévue le", cell: (job) => formatDay(job.scheduledDate) },
  { header: "État", cell: (job) => WORK_ORDER_STATUS_LABELS[job.status] },
  { header: "Contrat", cell: (job) => job.contract ?? "—" },
];

export default async function PartnerJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("partner-work:view", routes.partner.jobs);
  if (!actor) return <AccessDenied signedIn />;
  const filter = partnerJobsParamsSchema.parse(await searchParams);
  const list = await listPartnerJobs(actor, filter);
  const filtered = !!(filter.status || filter.month);

  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.partner.home} className="underline">← Espace partenaire</Link>
      </p>
      <PageHeader
        title="Interventions"
        intro="Les interventions de la Régie pour votre organisation : celles qui sont prévues, en cours, et celles à valider une fois terminées."
      />
      {can(actor, "partner-work:order") ? (
        <p>
          <Link href={routes.partner.newJob} className={buttonClass("primary")}>Commander une intervention</Link>
        </p>
      ) : null}
      <FilterForm action={routes.partner.jobs} label="Filtrer les interventions" columns="sm:grid-cols-[1fr_1fr_auto]" filtered={filtered}>
        <div className="space-y-1">
          <label htmlFor="filtre-statut" className="block text-sm font-medium text-slate-900">État</label>
          <select id="filtre-statut" name={PARTNER_JOBS_PARAMS.status} defaultValue={filter.status ?? ""} className={controlClass}>
            <option value="">Tous les états</option>
            {WORK_ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>{WORK_ORDER_STATUS_LABELS[status]}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filtre-mois" className="block text-sm font-medium text-slate-900">Mois prévu</label>
          <input id="filtre-mois" type="month" name={PARTNER_JOBS_PARAMS.month} defaultValue={filter.month ?? ""} className={controlClass} />
        </div>
      </FilterForm>
      <PaginatedTable
        caption={`Interventions${filter.status ? ` « ${WORK_ORDER_STATUS_LABELS[filter.status]} »` : ""}${filter.month ? ` de ${formatMonth(filter.month)}` : ""}`}
        columns={COLUMNS}
        rows={list.items}
        count={plural(list.total, "intervention", "interventions")}
        none={filtered ? "Aucune intervention ne correspond à ces critères." : "Aucune intervention pour votre organisation pour le moment."}
        showAll="Voir toutes les interventions"
        filtered={filtered}
        pagination={{ page: list.page, total: list.total, pageSize: list.pageSize, basePath: routes.partner.jobs, params: partnerJobsSearchParams(filter) }}
      />
    </div>
  );
}

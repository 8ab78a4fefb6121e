import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/lib/auth/guard";
import { PARTNER_LIST_PARAMS, partnerReportsParamsSchema } from "@/lib/reports/filter-params";
import { listPartnerReports } from "@/lib/reports/queries/partner";
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { routes } from "@/lib/routes";
import { PartnerReportsTable } from "./_components/partner-reports-table";

export const metadata: Metadata = { title: "Signalements — Espace partenaire" };

export default async function PartnerReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:partner-view", routes.partner.reports);
  if (!actor) return <AccessDenied signedIn />;
  const filter = partnerReportsParamsSchema.parse(await searchParams);
  const { page: shown, hasNextPage, items } = await listPartnerReports(actor, filter);

  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.partner.home} className="underline">← Espace partenaire</Link>
      </p>
      <PageHeader
        title="Signalements"
        intro="Les signalements que la Régie a transmis à votre organisation, que vous pouvez suivre et commenter, et les signalements publics situés sur son patrimoine, en lecture seule. Les habitants qui les ont faits ne sont jamais nommés."
      />
      <form method="get" action={routes.partner.reports} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="filtre-statut" className="block text-sm font-medium text-slate-900">État</label>
          <select id="filtre-statut" name={PARTNER_LIST_PARAMS.status} defaultValue={filter.status ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">Tous les états</option>
            {REPORT_STATUSES.map((s) => (
              <option key={s} value={s}>{REPORT_STATUS_LABELS[s]}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>Filtrer</button>
      </form>
      {items.length === 0 ? <p role="status">{shown > 1 ? "Aucun signalement sur cette page." : "Aucun signalement."}</p> : null}
      {items.length ? (
        <PartnerReportsTable items={items} />
      ) : null}
      <Pagination page={shown} hasNextPage={hasNextPage} basePath={routes.partner.reports} params={{ [PARTNER_LIST_PARAMS.status]: filter.status }} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass, tableClass, tableWrapperClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { formatDay } from "@/lib/format/dates";
import { PARTNER_LIST_PARAMS, partnerReportsParamsSchema, partnerReportsSearchParams } from "@/lib/reports/filter-params";
import { listPartnerReports } from "@/lib/reports/queries/partner";
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/model";

export const metadata: Metadata = { title: "Signalements — Espace partenaire" };

export default async function PartnerReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:partner-view", "/partenaire/signalements");
  if (!actor) return <AccessDenied signedIn />;
  const filter = partnerReportsParamsSchema.parse(await searchParams);
  const { page: shown, hasNextPage, items } = await listPartnerReports(actor, filter);
  const pageHref = (page: number) => `/partenaire/signalements?${new URLSearchParams(partnerReportsSearchParams({ ...filter, page }))}`;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/partenaire" className="underline">← Espace partenaire</Link>
      </p>
      <PageHeader
        title="Signalements"
        intro="Les signalements que la Régie a transmis à votre organisation, que vous pouvez suivre et commenter, et les signalements publics situés sur son patrimoine, en lecture seule. Les habitants qui les ont faits ne sont jamais nommés."
      />
      <form method="get" action="/partenaire/signalements" className="flex flex-wrap items-end gap-3">
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
        <div className={tableWrapperClass}>
          <table className={tableClass}>
            <caption className="sr-only">Signalements de votre organisation</caption>
            <thead>
              <tr>
                <th scope="col">N°</th>
                <th scope="col">Catégorie</th>
                <th scope="col">Lieu</th>
                <th scope="col">État</th>
                <th scope="col">Signalé le</th>
                <th scope="col">Suivi</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="font-medium">
                    {/* Read-only reports open on their public page: the same fields every visitor sees. */}
                    <Link href={r.handled ? `/partenaire/signalements/${r.id}` : `/signalements/${r.number}`} className="underline">
                      N° {r.number}
                    </Link>
                  </th>
                  <td>{r.category.name}</td>
                  <td>{r.place}</td>
                  <td>{REPORT_STATUS_LABELS[r.status]}</td>
                  <td>{formatDay(r.createdAt)}</td>
                  <td>{r.handled ? "Transmis à votre organisation" : "Sur votre patrimoine (lecture seule)"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {shown > 1 || hasNextPage ? (
        <nav aria-label="Pagination" className="flex items-center gap-4">
          {shown > 1 ? <Link href={pageHref(shown - 1)} className="underline">Page précédente</Link> : null}
          <span>Page {shown}</span>
          {hasNextPage ? <Link href={pageHref(shown + 1)} className="underline">Page suivante</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { plural } from "@/lib/format/numbers";
import { StatGrid } from "@/components/ui/stat-grid";
import { listReportCategories } from "@/lib/report-catalog/active";
import { filteredHref, publicSearchParams, type PublicReportFilter } from "@/lib/reports/filter-params";
import { getPublicReportFigures, listPublicAreas, listPublicReports, type PublicReportItem } from "@/lib/reports/queries/public";
import { formatDay } from "@/lib/format/dates";
import { PUBLIC_REPORTS_PAGE_SIZE } from "@/lib/reports/filter-params";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { PublicFilterForm } from "./public-filter-form";
import { PublicReportCards, type PublicReportCardData } from "./public-report-card";
import { routes } from "@/lib/routes";

/**
 * The public list for one filter, the same for every visitor (no session read). Its pages are
 * cached (ISR) and every read below is cached per filter under the "public-reports" tag.
 */
export async function PublicReportsView({ filter }: { filter: PublicReportFilter }) {
  const [categories, areas, list, figures] = await Promise.all([
    listReportCategories(),
    listPublicAreas(),
    listPublicReports(filter),
    getPublicReportFigures(filter.areaId ?? null),
  ]);
  // A page beyond the filter's last has nothing to show (and the key space stays ≤ 50 pages).
  if (filter.page > 1 && list.items.length === 0) notFound();
  const area = areas.find((a) => a.id === filter.areaId);
  const values = { categoryId: filter.categoryId, status: filter.status, areaId: filter.areaId };

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">Les signalements du quartier</h1>
        <p className="max-w-prose text-lg">
          Les problèmes signalés par les habitants et rendus publics, et où en est leur traitement. Les noms des habitants
          n&apos;apparaissent jamais ; les textes et photos sont publiés après relecture par l&apos;équipe de la Régie.
        </p>
        <p className="flex flex-wrap gap-3">
          <Link href={routes.public.newReport} className={buttonClass("primary")}>Signaler un problème</Link>
          <Link href={filteredHref(routes.public.reportsMap, values)} className={buttonClass("secondary")}>Voir la carte</Link>
        </p>
      </header>

      <section aria-labelledby="titre-chiffres" className="space-y-3">
        <h2 id="titre-chiffres" className="text-2xl font-bold">
          {area ? `En chiffres : secteur ${area.name}` : "En chiffres : tout le quartier"}
        </h2>
        <StatGrid
          look="public"
          className="grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6"
          stats={figures.byStatus.map(({ status, count }) => ({ label: REPORT_STATUS_LABELS[status], value: count }))}
        />
      </section>

      <section aria-labelledby="titre-liste" className="space-y-4">
        <h2 id="titre-liste" className="text-2xl font-bold">Liste des signalements</h2>
        <PublicFilterForm
          filter={values}
          categories={categories.map(({ id, name }) => ({ id, name }))}
          areas={areas}
        />
        <p role="status">
          {list.total === 0
            ? "Aucun signalement ne correspond à ces critères."
            : `${list.capped ? "Plus de " : ""}${plural(list.total, "signalement", "signalements")}.`}
        </p>
        {list.items.length ? <PublicReportCards reports={list.items.map(cardData)} /> : null}
        <Pagination page={filter.page} total={list.total} pageSize={PUBLIC_REPORTS_PAGE_SIZE} basePath={routes.public.reports} params={publicSearchParams(values)} />
      </section>
    </div>
  );
}

/** A report as its card shows it: words, days and addresses made here, so the phone formats nothing. */
function cardData(report: PublicReportItem): PublicReportCardData {
  const day = (label: string, iso: string) => ({ label, iso, day: formatDay(iso) });
  return {
    number: report.number,
    href: routes.public.report(report.number),
    category: report.category,
    place: report.place,
    status: REPORT_STATUS_LABELS[report.status],
    text: report.text,
    dates: [day("Signalé le", report.createdAt), report.resolvedAt ? day("Résolu le", report.resolvedAt) : day("Mis à jour le", report.updatedAt)],
    supporterCount: report.supporterCount,
    photos: report.photos.map((photo, index) => ({ ...photo, src: routes.api.photo(photo.id), alt: `Photo ${index + 1} du signalement n° ${report.number}` })),
  };
}

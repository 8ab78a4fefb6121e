import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { mapTileUrl } from "@/lib/map-tiles";
import { listReportCategories } from "@/lib/report-catalog/active";
import { PUBLIC_PARAMS, filteredHref, parsePublicFilterSearch } from "@/lib/reports/filter-params";
import { listPublicAreas, listPublicReportMapPoints } from "@/lib/reports/queries/public";
import { knownFilterValues, usesKnownValues } from "@/lib/reports/filter-params";
import { PublicFilterForm } from "../_components/public-filter-form";
import { PlacesList } from "./_components/places-list";
import { ReportMapLoader } from "./_components/report-map-loader";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Carte des signalements" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The public reports on a map, with the list's filters (GET, no session read). Rendered per
 * request because of its query string; every read is cached under the "public-reports" tag, and
 * only filters naming a known status, category and area reach the cache (anything else is a 404,
 * as on the list).
 */
export default async function ReportMapPage({ searchParams }: { searchParams: SearchParams }) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) for (const v of [value ?? []].flat()) query.append(name, v);
  query.delete(PUBLIC_PARAMS.page);
  const [categories, areas] = await Promise.all([listReportCategories(), listPublicAreas()]);
  const parsed = parsePublicFilterSearch(query);
  if (!parsed || !usesKnownValues(parsed, knownFilterValues(categories, areas))) notFound();
  const filter = { categoryId: parsed.categoryId, status: parsed.status, areaId: parsed.areaId };
  const points = await listPublicReportMapPoints(filter);
  const filtered = !!(filter.categoryId || filter.status || filter.areaId);

  return (
    <div className="space-y-6">
      <p>
        <Link href={filteredHref(routes.public.reports, filter)} className="underline">← La liste des signalements</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">Carte des signalements</h1>
        <p className="max-w-prose">
          Un cercle par bâtiment ou site ayant des signalements publics : rouge s&apos;il en reste en cours, vert sinon. La
          même information est disponible sans carte ci-dessous et dans la liste.
        </p>
      </header>
      <PublicFilterForm action={routes.public.reportsMap} filter={filter} categories={categories.map((c) => ({ id: c.id, name: c.name }))} areas={areas} />
      <ReportMapLoader points={points} tileUrl={mapTileUrl()} />
      <section aria-labelledby="titre-lieux" className="space-y-2">
        <h2 id="titre-lieux" className="text-xl font-semibold">Les lieux</h2>
        {points.length ? (
          <PlacesList points={points} />
        ) : (
          <p>{filtered ? "Aucun signalement public localisé ne correspond à ces filtres." : "Aucun signalement public localisé pour le moment."}</p>
        )}
      </section>
    </div>
  );
}

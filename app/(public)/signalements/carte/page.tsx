import type { Metadata } from "next";
import Link from "next/link";
import { mapTileUrl } from "@/lib/map-tiles";
import { listPublicReportMapPoints } from "@/lib/reports/public-queries";
import { ReportMapLoader } from "./_components/report-map-loader";

export const metadata: Metadata = { title: "Carte des signalements" };

// The same for every visitor: rendered once, refreshed when a report changes (tag "public-reports").
export const revalidate = 300;

export default async function ReportMapPage() {
  const points = await listPublicReportMapPoints();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/signalements" className="underline">← La liste des signalements</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">Carte des signalements</h1>
        <p className="max-w-prose">
          Un cercle par bâtiment ou site ayant des signalements publics : rouge s&apos;il en reste en cours, vert sinon. La
          même information est disponible sans carte ci-dessous et dans la liste.
        </p>
      </header>
      <ReportMapLoader points={points} tileUrl={mapTileUrl()} />
      <section aria-labelledby="titre-lieux" className="space-y-2">
        <h2 id="titre-lieux" className="text-xl font-semibold">Les lieux</h2>
        {points.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {points.map((p) => (
              <li key={`${p.lat},${p.lng},${p.label}`}>
                {p.label} : {p.open} en cours, {p.total} au total
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucun signalement public localisé pour le moment.</p>
        )}
      </section>
    </div>
  );
}

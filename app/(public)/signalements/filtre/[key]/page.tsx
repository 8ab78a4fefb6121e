import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listReportCategories } from "@/lib/report-catalog/active";
import { parsePublicFilterKey } from "@/lib/reports/filter-params";
import { listPublicAreas } from "@/lib/reports/queries/public";
import { knownFilterValues, usesKnownValues } from "@/lib/reports/filter-params";
import { PublicReportsView } from "../../_components/public-reports-view";

export const metadata: Metadata = {
  title: "Les signalements du quartier",
  description: "Les problèmes signalés par les habitants dans le quartier et leur avancement.",
};

// One cached page per filter (reached through proxy.ts from /signalements?…), rendered on first
// visit and refreshed when a report changes (tag "public-reports"). proxy.ts lets only canonical
// keys of known values through (see the bound there); this page checks again against the same
// cached lists the filter form shows, in case it is reached another way.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function FilteredPublicReportsPage({ params }: { params: Promise<{ key: string }> }) {
  const filter = parsePublicFilterKey((await params).key);
  if (!filter) notFound();
  const [categories, areas] = await Promise.all([listReportCategories(), listPublicAreas()]);
  if (!usesKnownValues(filter, knownFilterValues(categories, areas))) notFound();
  return <PublicReportsView filter={filter} />;
}

import type { Metadata } from "next";
import { parsePublicFilterKey } from "@/lib/reports/public-schemas";
import { PublicReportsView } from "../../_components/public-reports-view";

export const metadata: Metadata = {
  title: "Les signalements du quartier",
  description: "Les problèmes signalés par les habitants dans le quartier et leur avancement.",
};

// One cached page per filter (reached through proxy.ts from /signalements?…), rendered on first
// visit and refreshed when a report changes (tag "public-reports").
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function FilteredPublicReportsPage({ params }: { params: Promise<{ key: string }> }) {
  return <PublicReportsView filter={parsePublicFilterKey((await params).key)} />;
}

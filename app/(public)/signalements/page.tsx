import type { Metadata } from "next";
import { UNFILTERED } from "@/lib/reports/filter-params";
import { PublicReportsView } from "./_components/public-reports-view";

export const metadata: Metadata = {
  title: "Les signalements du quartier",
  description: "Les problèmes signalés par les habitants dans le quartier et leur avancement.",
};

// The same for every visitor: static, refreshed when a report changes (tag "public-reports").
// Filtered lists (?statut=…) are rewritten by proxy.ts to ./filtre/[key], cached the same way.
export const revalidate = 300;

export default function PublicReportsPage() {
  return <PublicReportsView filter={UNFILTERED} />;
}

"use client";

import dynamic from "next/dynamic";
import type { MapPoint } from "@/lib/reports/queries/public";

// Leaflet touches `window`: it is loaded in the browser only, and only on this page.
const ReportMap = dynamic(() => import("./report-map"), {
  ssr: false,
  loading: () => <p className="rounded-lg border border-slate-300 bg-white p-4">Chargement de la carte…</p>,
});

export function ReportMapLoader({ points, tileUrl }: { points: MapPoint[]; tileUrl: string }) {
  return <ReportMap points={points} tileUrl={tileUrl} />;
}

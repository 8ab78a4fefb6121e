"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { buttonClass } from "@/components/ui/styles";
import type { LatLng } from "@/lib/territory/bounds";

const MapPointMap = dynamic(() => import("./map-point-map"), {
  ssr: false,
  loading: () => <p className="rounded-lg border border-slate-300 bg-white p-4">Chargement de la carte…</p>,
});

/** A report's map point on a map, loaded only when asked for (the point is written out beside it). */
export function ReportPointView({ point, tileUrl }: { point: LatLng; tileUrl: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-2 space-y-2">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className={buttonClass("secondary")}>
        {open ? "Masquer la carte" : "Voir le point sur la carte"}
      </button>
      {open ? <MapPointMap tileUrl={tileUrl} bounds={null} point={point} label="Carte : le point indiqué" /> : null}
    </div>
  );
}

"use client";

import { useEffect, useRef } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { MapPoint } from "@/lib/reports/queries/public";

/**
 * A marker's tooltip as a text node: Leaflet inserts a string tooltip as HTML, and the label holds
 * names typed by people (sites, buildings), so markup in one must show as text, never run.
 */
function tooltipContent(p: MapPoint): HTMLElement {
  const element = document.createElement("span");
  element.textContent = `${p.label} : ${p.open} en cours, ${p.total} au total`;
  return element;
}

/** Leaflet map of the public reports, one circle per building; loaded only on the map page. */
export default function ReportMap({ points, tileUrl }: { points: MapPoint[]; tileUrl: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { scrollWheelZoom: false });
    L.tileLayer(tileUrl, { maxZoom: 19, attribution: "&copy; contributeurs OpenStreetMap" }).addTo(map);
    const markers = points.map((p) =>
      // Circles, not image markers: nothing to fetch, and readable without the default icons.
      L.circleMarker([p.lat, p.lng], { radius: 8 + Math.min(12, p.open), color: p.open ? "#b91c1c" : "#15803d", weight: 2 })
        .bindTooltip(tooltipContent(p))
        .addTo(map),
    );
    if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2));
    else map.setView([46.6, 2.4], 5);
    return () => {
      map.remove();
    };
  }, [points, tileUrl]);
  // Underlined attribution links: Leaflet's differ from their text by colour only (axe: link-in-text-block).
  return (
    <div
      ref={container}
      className="h-[28rem] w-full rounded-lg border border-slate-300 [&_.leaflet-control-attribution_a]:underline!"
      role="region"
      aria-label="Carte des signalements publics"
    />
  );
}

"use client";

import { useEffect, useRef } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import type { MapPoint } from "@/lib/reports/queries/public";

/**
 * A marker's tooltip as a text node: Leaflet inserts a string tooltip as HTML, and the label holds
 * names typed by people (sites, buildings), so markup in one must show as text, never run. Made
 * when the tooltip first opens (Leaflet calls the function then), not for every place at load.
 */
function tooltipContent(p: MapPoint): () => HTMLElement {
  return () => {
    const element = document.createElement("span");
    element.textContent = `${p.label} : ${p.open} en cours, ${p.total} au total`;
    return element;
  };
}

/**
 * Circles added per batch, each batch its own task: the bench's 480 places added at once kept a
 * phone's main thread busy for over a second (Lighthouse). 20 a batch keeps each task well under
 * the 50 ms that count as blocking on a phone (CPU ×4).
 */
const BATCH = 20;

/** Leaflet map of the public reports, one circle per building; loaded only on the map page. */
export default function ReportMap({ points, tileUrl }: { points: MapPoint[]; tileUrl: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    // One canvas for every circle rather than an SVG element each: the phone's main thread spent
    // most of the map's time creating and styling those elements. The places stay listed in text
    // below the map, the accessible alternative either way.
    const map = L.map(container.current, { scrollWheelZoom: false, preferCanvas: true });
    // The view first, from the points themselves, so the map shows at once and each circle is then
    // drawn on a map that already has its view.
    if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])).pad(0.2));
    else map.setView([46.6, 2.4], 5);
    // Everything after the map's frame in tasks of its own (the tiles' layer, then the circles):
    // creating the map, its tiles and a first batch in this one effect made one long task.
    const steps: (() => void)[] = [
      () => void L.tileLayer(tileUrl, { maxZoom: 19, attribution: "&copy; contributeurs OpenStreetMap" }).addTo(map),
    ];
    for (let start = 0; start < points.length; start += BATCH) {
      steps.push(() => {
        for (const p of points.slice(start, start + BATCH)) {
          // Circles, not image markers: nothing to fetch, and readable without the default icons.
          L.circleMarker([p.lat, p.lng], { radius: 8 + Math.min(12, p.open), color: p.open ? "#b91c1c" : "#15803d", weight: 2 })
            .bindTooltip(tooltipContent(p))
            .addTo(map);
        }
      });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (index: number) => {
      timer = setTimeout(() => {
        steps[index]();
        if (index + 1 < steps.length) run(index + 1);
      }, 0);
    };
    run(0);
    return () => {
      clearTimeout(timer);
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

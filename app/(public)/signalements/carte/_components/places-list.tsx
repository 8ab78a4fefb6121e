"use client";

import type { MapPoint } from "@/lib/reports/queries/public";

/**
 * The map's places in text, its accessible alternative (and the whole of it without JavaScript).
 * A client component fed with the map's own points: the page's payload then carries the places
 * once, for the map and this list, instead of once as points and again as hundreds of list items
 * (the bench's 480 places). Each item is one string, one text node to hydrate rather than five.
 */
export function PlacesList({ points }: { points: MapPoint[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {points.map((p) => (
        <li key={`${p.lat},${p.lng},${p.label}`}>{`${p.label} : ${p.open} en cours, ${p.total} au total`}</li>
      ))}
    </ul>
  );
}

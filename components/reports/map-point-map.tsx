"use client";

import { useEffect, useRef } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { isInBounds, roundPoint, type LatLng, type TerritoryBounds } from "@/lib/territory/bounds";

type Props = {
  tileUrl: string;
  /** The territory: the map opens on it and keeps to it; a point outside is refused. */
  bounds: TerritoryBounds | null;
  point: LatLng | null;
  /** Omitted: the map only shows the point. */
  onPick?: (point: LatLng) => void;
  /** A click, a key or a drag put the point outside the territory. */
  onOutside?: () => void;
  label: string;
  describedBy?: string;
};

const PIN = L.divIcon({
  // A plain circle styled here (no marker images to fetch); Tailwind sees these classes in this file.
  className: "rounded-full border-4 border-white bg-red-700 shadow-[0_0_0_2px_#7f1d1d]",
  iconSize: [26, 26],
  iconAnchor: [13, 13],
});

/**
 * Leaflet in the browser only, loaded on demand (next/dynamic) by MapPointPicker and the staff
 * report page. Click or tap to drop the pin, drag it to adjust; with the keyboard, the arrows move
 * the map and Enter or Space drops the pin at the centre, shown by a cross while the map has focus.
 */
export default function MapPointMap({ tileUrl, bounds, point, onPick, onOutside, label, describedBy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const latest = useRef({ point, onPick, onOutside });
  useEffect(() => {
    latest.current = { point, onPick, onOutside };
  });
  const interactive = !!onPick;
  const { south, west, north, east } = bounds ?? { south: NaN, west: NaN, north: NaN, east: NaN };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const territory = bounds ? L.latLngBounds([south, west], [north, east]) : null;
    const instance = L.map(element, {
      zoomControl: false,
      scrollWheelZoom: false,
      // Room to look around the territory, not to wander off to another town.
      ...(territory ? { maxBounds: territory.pad(1), minZoom: 12 } : {}),
    });
    L.control.zoom({ zoomInTitle: "Zoomer", zoomOutTitle: "Dézoomer" }).addTo(instance);
    L.tileLayer(tileUrl, { maxZoom: 19, attribution: "&copy; contributeurs OpenStreetMap" }).addTo(instance);
    const start = latest.current.point;
    if (start) instance.setView([start.lat, start.lng], 17);
    else if (territory) instance.fitBounds(territory);
    map.current = instance;

    const box = territory ? { south, west, north, east } : null;
    const pick = (at: L.LatLng) => {
      const next = roundPoint({ lat: at.lat, lng: at.lng });
      if (!isInBounds(box, next)) {
        latest.current.onOutside?.();
        return;
      }
      latest.current.onPick?.(next);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // Keys on the zoom buttons inside the map are theirs.
      if (event.target !== element || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      pick(instance.getCenter());
    };
    if (interactive) {
      instance.on("click", (event: L.LeafletMouseEvent) => pick(event.latlng));
      element.addEventListener("keydown", onKeyDown);
    }
    return () => {
      element.removeEventListener("keydown", onKeyDown);
      instance.remove();
      map.current = null;
      marker.current = null;
    };
    // `bounds` is read through its four numbers: a new object with the same box keeps the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tileUrl, south, west, north, east, interactive]);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    if (!point) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (marker.current) {
      marker.current.setLatLng([point.lat, point.lng]);
      return;
    }
    // Not focusable (keyboard: false): the keyboard way is Enter at the centre, and a focusable
    // pin would need a name and keys of its own.
    const pin = L.marker([point.lat, point.lng], { icon: PIN, draggable: interactive, keyboard: false, autoPan: true }).addTo(instance);
    pin.on("dragend", () => {
      const at = pin.getLatLng();
      const next = roundPoint({ lat: at.lat, lng: at.lng });
      if (isInBounds(bounds, next)) latest.current.onPick?.(next);
      else {
        const previous = latest.current.point;
        if (previous) pin.setLatLng([previous.lat, previous.lng]);
        latest.current.onOutside?.();
      }
    });
    marker.current = pin;
  }, [point, interactive, bounds]);

  return (
    // Leaflet's attribution links differ from their text by colour only (axe: link-in-text-block).
    <div className="relative [&_.leaflet-control-attribution_a]:underline">
      <div
        ref={container}
        role="region"
        aria-label={label}
        aria-describedby={describedBy}
        className="peer h-72 w-full rounded-lg border border-slate-400 focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-700 sm:h-96"
      />
      {interactive ? (
        <div aria-hidden="true" className="pointer-events-none absolute inset-0 z-[500] hidden items-center justify-center peer-focus-visible:flex">
          <div className="text-4xl leading-none font-bold text-brand-800 [text-shadow:0_0_3px_white]">+</div>
        </div>
      ) : null}
    </div>
  );
}

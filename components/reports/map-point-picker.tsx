"use client";

import dynamic from "next/dynamic";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formatPoint, type LatLng, type TerritoryBounds } from "@/lib/territory/bounds";

/** What the form's map needs from the server: the tile URL (lib/map-tiles.ts) and the territory's box. */
export type MapPointConfig = { tileUrl: string; bounds: TerritoryBounds | null };

// Leaflet (about 45 kB compressed, and its CSS) comes only when the person opens the map.
const MapPointMap = dynamic(() => import("./map-point-map"), {
  ssr: false,
  loading: () => <p className="rounded-lg border border-slate-300 bg-white p-4">Chargement de la carte…</p>,
});

const OUTSIDE = "Ce point est en dehors du territoire de la Régie.";

/** The words of the picker: a report's point by default; a place's (site, building) for the territory's forms. */
export type MapPointWords = { optionalTitle: string; hint: string; mapLabel: string };
const REPORT_WORDS: MapPointWords = {
  optionalTitle: "Point sur la carte (facultatif)",
  hint: "Pour un grand lieu (une place, un square, un parking), montrez l'endroit exact. Un lieu qui n'est pas dans la liste peut être indiqué par le point seul.",
  mapLabel: "Carte : choisir le point du problème",
};

function pointFrom(latitude?: string, longitude?: string): LatLng | null {
  const lat = Number(latitude?.replace(",", "."));
  const lng = Number(longitude?.replace(",", "."));
  return latitude && longitude && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
}

/**
 * The map point of a report: hidden latitude/longitude fields, filled by a Leaflet map that opens
 * on demand. Optional, it refines the place chosen in the list; `required` (the place is not in the
 * list), the map is open from the start. Without JavaScript nothing of this shows (the hidden fields
 * stay empty) and the form works with the list alone; a required point then says to go back to
 * it. Escape closes the map; the chosen point is written out in words, with a way to remove it.
 */
export function MapPointPicker({
  config,
  defaultLatitude,
  defaultLongitude,
  errors,
  required = false,
  words = REPORT_WORDS,
  manualFallback = false,
}: {
  config: MapPointConfig;
  defaultLatitude?: string;
  defaultLongitude?: string;
  errors?: string[];
  required?: boolean;
  words?: MapPointWords;
  /**
   * Without JavaScript (or while no place has a point, so there is no map to open), two text
   * fields take the coordinates instead of the hidden ones: staff can still type a point.
   */
  manualFallback?: boolean;
}) {
  const hydrated = useHydrated();
  const [point, setPoint] = useState<LatLng | null>(() => pointFrom(defaultLatitude, defaultLongitude));
  const [open, setOpen] = useState(required);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const ids = { hint: `${id}-hint`, panel: `${id}-panel`, help: `${id}-help`, error: `${id}-error` };
  const available = hydrated && !!config.bounds;

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const pick = (next: LatLng) => {
    setPoint(next);
    setNotice(null);
  };
  const remove = () => {
    setPoint(null);
    setNotice("Point retiré.");
    toggle.current?.focus();
  };
  const onPanelKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close();
  };

  if (manualFallback && !available) return <ManualPoint defaultLatitude={defaultLatitude} defaultLongitude={defaultLongitude} errors={errors} />;

  return (
    <div className="space-y-2">
      <input type="hidden" name="latitude" value={point ? String(point.lat) : ""} />
      <input type="hidden" name="longitude" value={point ? String(point.lng) : ""} />
      {available ? (
        <div className="space-y-3 rounded-md border border-slate-300 p-3">
          <p className="text-sm font-medium text-slate-900">{required ? "Point sur la carte (obligatoire)" : words.optionalTitle}</p>
          <p id={ids.hint} className="text-sm text-slate-700">
            {required
              ? "Placez le repère à l'endroit du problème : c'est lui qui dira où intervenir."
              : words.hint}
          </p>
          <p role="status" className="text-sm font-medium text-slate-900">
            {point ? `Point choisi : ${formatPoint(point)}` : ""}
            {notice ? `${point ? " — " : ""}${notice}` : ""}
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              ref={toggle}
              type="button"
              aria-expanded={open}
              aria-controls={ids.panel}
              aria-describedby={[ids.hint, errors?.length ? ids.error : null].filter(Boolean).join(" ")}
              onClick={() => (open ? close() : setOpen(true))}
              className={buttonClass("secondary")}
            >
              {open ? "Fermer la carte" : "Indiquer le point sur une carte"}
            </button>
            {point ? (
              <button type="button" onClick={remove} className={buttonClass("secondary")}>
                Retirer le point
              </button>
            ) : null}
          </div>
          {open ? (
            <div id={ids.panel} onKeyDown={onPanelKeyDown} className="space-y-2">
              <p id={ids.help} className="text-sm text-slate-700">
                Touchez ou cliquez la carte pour placer le repère, puis faites-le glisser pour l&apos;ajuster. Au clavier : les flèches
                déplacent la carte, + et − zooment, Entrée place le repère au centre (marqué d&apos;une croix). Échap ferme la carte.
              </p>
              <MapPointMap
                tileUrl={config.tileUrl}
                bounds={config.bounds}
                point={point}
                onPick={pick}
                onOutside={() => setNotice(OUTSIDE)}
                label={words.mapLabel}
                describedBy={ids.help}
              />
            </div>
          ) : null}
        </div>
      ) : required ? (
        <noscript>
          <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
            La carte a besoin de JavaScript, qui n&apos;est pas disponible sur cette page. Revenez à l&apos;étape 1 et choisissez un lieu dans la liste.
          </p>
        </noscript>
      ) : null}
      {errors?.length ? (
        <p id={ids.error} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The coordinates typed by hand (decimal degrees, a comma accepted): the picker without its map. */
function ManualPoint({ defaultLatitude, defaultLongitude, errors }: { defaultLatitude?: string; defaultLongitude?: string; errors?: string[] }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium text-slate-900">Point sur la carte (facultatif)</legend>
      <p className="text-sm text-slate-700">
        En degrés décimaux, par exemple latitude 47,39412 et longitude 0,68420 (clic droit sur une carte en ligne pour les lire). Laissez
        vide s&apos;il n&apos;y a pas de point.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="latitude" id="latitude" label="Latitude" defaultValue={defaultLatitude} inputMode="decimal" autoComplete="off" errors={errors} />
        <TextField name="longitude" id="longitude" label="Longitude" defaultValue={defaultLongitude} inputMode="decimal" autoComplete="off" />
      </div>
    </fieldset>
  );
}

"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { PlaceOptgroups } from "@/components/reports/place-optgroups";
import { FieldShell, controlClass, describedBy } from "@/components/ui/field";
import { isLongTerritory, listPlaces, type PlacesListed } from "@/lib/reports/place-search";
import { MAP_POINT_PLACE } from "@/lib/reports/place-ref";
import type { PlaceGroup } from "@/lib/reports/queries/place";

const HINT = "Choisissez la résidence, le bâtiment ou l'entrée dans la liste : les lieux y sont classés par résidence, avec leur adresse.";

function matchStatus({ matches, unlisted, sitesOnly }: PlacesListed): string {
  if (matches === null) return sitesOnly ? "La liste montre les sites : tapez un nom ou une adresse pour y trouver un bâtiment ou une entrée." : "";
  if (matches.length === 0) {
    return sitesOnly
      ? "Aucun lieu ne correspond : vérifiez l'orthographe ou choisissez un site dans la liste."
      : "Aucun lieu ne correspond : vérifiez l'orthographe ou choisissez dans la liste.";
  }
  if (matches.length === 1) return "1 lieu correspond : il est sélectionné.";
  if (unlisted) return `${matches.length} lieux correspondent : les ${matches.length - unlisted} premiers sont listés, précisez la recherche.`;
  return `${matches.length} lieux correspondent.`;
}

function PlaceOptions({ groups, mapChoice }: { groups: PlaceGroup[]; mapChoice?: boolean }): ReactNode {
  return (
    <>
      <option value="">Choisir un lieu</option>
      <PlaceOptgroups groups={groups} />
      {mapChoice ? <option value={MAP_POINT_PLACE}>Pas dans la liste : je placerai un point sur une carte</option> : null}
    </>
  );
}

const subscribeToNothing = () => () => {};

/**
 * The territory's sites, buildings and entrances in one select, grouped by site. With JavaScript a
 * search box above it narrows the list to the places whose name or address has the words typed
 * (one cannot type into a select on a phone); without it, the select alone, as the server sent it.
 *
 * The search box is in the server's HTML and hidden by CSS without JavaScript (`scripting: none`):
 * added at hydration, it pushed the select and the button down (CLS 0.035 on a phone).
 *
 * A territory of more than FULL_LIST_LIMIT places is too long to draw on a phone: with JavaScript
 * the select lists the sites, then the search's matches (listPlaces). The whole list is then a
 * select inside <noscript>, which only a browser without JavaScript parses (React never renders a
 * noscript's children in the browser); the select drawn for JavaScript is sent disabled and without
 * its id (so neither sent, checked nor labelled twice without JavaScript, where CSS hides it) and
 * enabled once React runs it.
 */
export function PlaceSelect({
  id = "place",
  name,
  groups,
  defaultValue,
  errors,
  mapChoice,
}: {
  id?: string;
  name: string;
  groups: PlaceGroup[];
  defaultValue?: string;
  errors?: string[];
  /** A last choice, "not in the list": the next step asks for a point on the map (MAP_POINT_PLACE). */
  mapChoice?: boolean;
}) {
  const select = useRef<HTMLSelectElement>(null);
  // The select stays uncontrolled, as the no-JS form and React's form reset expect: what is
  // selected is read from it when the search changes, to keep that option listed.
  const [search, setSearch] = useState({ query: "", selected: "" });
  const result = listPlaces(groups, search.query, search.selected || defaultValue);
  const long = isLongTerritory(groups);
  const inBrowser = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const onlyMatch = result.matches?.length === 1 ? result.matches[0] : null;
  const searchId = `${id}-search`;
  const statusId = `${id}-search-status`;

  // Its option may only now be back in the list: select it once rendered.
  useEffect(() => {
    if (onlyMatch && select.current) select.current.value = onlyMatch;
  }, [onlyMatch]);

  // React resets the form after its action: the next report starts from the whole list.
  useEffect(() => {
    const form = select.current?.form;
    if (!form) return;
    const clear = () => setSearch({ query: "", selected: "" });
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter would send the whole form from here, before the place is checked: go to the list instead.
    if (event.key !== "Enter") return;
    event.preventDefault();
    select.current?.focus();
  };

  const selectProps = {
    name,
    required: true,
    defaultValue: defaultValue ?? "",
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, HINT, errors),
    className: controlClass,
  };

  return (
    <FieldShell id={id} label="Lieu du problème" hint={HINT} errors={errors}>
      <div className="space-y-1 pt-1 pb-1 noscript:hidden">
        <label htmlFor={searchId} className="block text-sm text-slate-900">
          Rechercher un lieu : nom ou adresse
        </label>
        <input
          id={searchId}
          type="search"
          value={search.query}
          onChange={(event) => setSearch({ query: event.target.value, selected: select.current?.value ?? "" })}
          onKeyDown={onSearchKeyDown}
          autoComplete="off"
          spellCheck={false}
          aria-controls={id}
          aria-describedby={statusId}
          className={controlClass}
        />
        <p id={statusId} aria-live="polite" className="min-h-5 text-sm text-slate-700">
          {matchStatus(result)}
        </p>
      </div>
      {long ? (
        <noscript>
          <select key={defaultValue ?? ""} id={id} {...selectProps}>
            <PlaceOptions groups={groups} mapChoice={mapChoice} />
          </select>
        </noscript>
      ) : null}
      <select
        ref={select}
        key={defaultValue ?? ""}
        id={long && !inBrowser ? undefined : id}
        disabled={long && !inBrowser}
        {...selectProps}
        className={long ? `${controlClass} noscript:hidden` : controlClass}
      >
        <PlaceOptions groups={result.groups} mapChoice={mapChoice} />
      </select>
    </FieldShell>
  );
}

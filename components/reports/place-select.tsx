"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { FieldShell, controlClass, describedBy } from "@/components/ui/field";
import { readPlaceList, showPlaces, type PlaceList } from "@/components/reports/place-list-dom";
import { withSelectedPlace } from "@/lib/reports/place-options-html";
import { searchPlaces } from "@/lib/reports/place-search";

const HINT = "Choisissez la résidence, le bâtiment ou l'entrée dans la liste : les lieux y sont classés par résidence, avec leur adresse.";

function matchStatus(matches: string[] | null): string {
  if (matches === null) return "";
  if (matches.length === 0) return "Aucun lieu ne correspond : vérifiez l'orthographe ou choisissez dans la liste.";
  if (matches.length === 1) return "1 lieu correspond : il est sélectionné.";
  return `${matches.length} lieux correspondent.`;
}

/**
 * The territory's sites, buildings and entrances in one select, grouped by site. A search box
 * above it narrows the list to the places whose name or address has the words typed (one cannot
 * type into a select on a phone).
 *
 * The options come as HTML written by the server (lib/reports/place-options-html.ts): React does
 * not render nor hydrate them, and the search reads them from the DOM the first time it runs.
 * The search box is in the server's HTML, so it takes its place before the page is painted (no
 * layout shift at hydration); without JavaScript (`scripting: none`) it is hidden, as it could
 * not work, and the select alone is the no-JS form. Typed before hydration, it is read then.
 */
export function PlaceSelect({
  id = "place",
  name,
  optionsHtml,
  defaultValue,
  errors,
}: {
  id?: string;
  name: string;
  /** placeOptionsHtml()'s string, from the server. */
  optionsHtml: string;
  defaultValue?: string;
  errors?: string[];
}) {
  const select = useRef<HTMLSelectElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // Read from the DOM once per select element (a new default value mounts a new one).
  const list = useRef<PlaceList | null>(null);
  const [matches, setMatches] = useState<string[] | null>(null);
  const html = useMemo(() => ({ __html: withSelectedPlace(optionsHtml, defaultValue) }), [optionsHtml, defaultValue]);
  const searchId = `${id}-search`;
  const statusId = `${id}-search-status`;

  function runSearch(query: string) {
    const element = select.current;
    if (!element) return;
    if (list.current?.select !== element) list.current = readPlaceList(element);
    // The selected place stays listed, so the select never silently changes what was chosen.
    const result = searchPlaces(list.current.groups, query, element.value);
    showPlaces(list.current, result.groups);
    if (result.matches?.length === 1) element.value = result.matches[0];
    setMatches(result.matches);
  }

  // Words typed before the page's script ran, or kept while a new default value (a refusal)
  // mounted a new, whole select: the list is narrowed to them again.
  useEffect(() => {
    if (search.current?.value) runSearch(search.current.value);
    // Later searches run from the box's own events.
  }, [defaultValue]);

  // The form's reset (React resets it after its action): the next report starts from the whole
  // list. The reset event comes before the browser resets the fields, so every option is back
  // in the select when it looks for the one marked selected.
  useEffect(() => {
    const form = select.current?.form;
    if (!form) return;
    const clear = () => {
      if (list.current) showPlaces(list.current, list.current.groups);
      setMatches(null);
    };
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter would send the whole form from here, before the place is checked: go to the list instead.
    if (event.key !== "Enter") return;
    event.preventDefault();
    select.current?.focus();
  };

  return (
    <FieldShell id={id} label="Lieu du problème" hint={HINT} errors={errors}>
      <div className="space-y-1 pt-1 pb-1 noscript:hidden">
        <label htmlFor={searchId} className="block text-sm text-slate-900">
          Rechercher un lieu : nom ou adresse
        </label>
        <input
          ref={search}
          id={searchId}
          type="search"
          onChange={(event) => runSearch(event.target.value)}
          onKeyDown={onSearchKeyDown}
          autoComplete="off"
          spellCheck={false}
          aria-controls={id}
          aria-describedby={statusId}
          className={controlClass}
        />
        <p id={statusId} aria-live="polite" className="min-h-5 text-sm text-slate-700">
          {matchStatus(matches)}
        </p>
      </div>
      <select
        ref={select}
        key={defaultValue ?? ""}
        id={id}
        name={name}
        required
        defaultValue={defaultValue ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, HINT, errors)}
        className={controlClass}
        dangerouslySetInnerHTML={html}
      />
    </FieldShell>
  );
}

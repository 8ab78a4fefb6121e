import type { PlaceGroup } from "@/lib/reports/queries/place";

/**
 * The place select's options as the server wrote them (lib/reports/place-options-html.ts), read
 * once from the DOM: their text for the search, their elements to put back. The elements are
 * kept, not rebuilt, so an option keeps its state (selected) while it is out of the list.
 */
export type PlaceList = {
  select: HTMLSelectElement;
  groups: PlaceGroup[];
  /** The select's children in order: the empty choice, one optgroup per site, the map choice. */
  children: Element[];
  /** Each optgroup's own options. */
  optionsOf: Map<HTMLOptGroupElement, HTMLOptionElement[]>;
};

export function readPlaceList(select: HTMLSelectElement): PlaceList {
  const children = [...select.children];
  const optionsOf = new Map<HTMLOptGroupElement, HTMLOptionElement[]>();
  const groups: PlaceGroup[] = [];
  for (const child of children) {
    if (!(child instanceof HTMLOptGroupElement)) continue;
    const options = [...child.querySelectorAll("option")];
    optionsOf.set(child, options);
    groups.push({ label: child.label, options: options.map((o) => ({ value: o.value, label: o.text })) });
  }
  return { select, groups, children, optionsOf };
}

/** Lists the places of `groups` (searchPlaces' result) and no other; what is selected stays selected. */
export function showPlaces(list: PlaceList, groups: PlaceGroup[]): void {
  const shown = new Set(groups.flatMap((g) => g.options.map((o) => o.value)));
  const selected = list.select.value;
  const children: Element[] = [];
  for (const child of list.children) {
    const options = child instanceof HTMLOptGroupElement ? list.optionsOf.get(child) : undefined;
    if (!options) {
      children.push(child);
      continue;
    }
    const kept = options.filter((o) => shown.has(o.value));
    if (kept.length === 0) continue;
    // A site listed whole and already whole is left alone (clearing the search moves no option twice).
    if (!(kept.length === options.length && child.childElementCount === options.length)) child.replaceChildren(...kept);
    children.push(child);
  }
  list.select.replaceChildren(...children);
  list.select.value = selected;
}

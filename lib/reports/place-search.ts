import { foldText } from "@/lib/format/text";
import { parsePlace } from "@/lib/reports/place-ref";
import type { PlaceGroup } from "@/lib/reports/queries/place";

/**
 * Lower case, without accents, ligatures or punctuation: what people type on a phone rarely has
 * the accents, hyphens or apostrophes of the official names ("val fleuri", "jean moulin").
 */
export function foldForSearch(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function wordsOf(query: string): string[] {
  return foldForSearch(query).split(" ").filter(Boolean);
}

function hasAllWords(label: string, words: string[]): boolean {
  const folded = foldForSearch(label);
  return words.every((word) => folded.includes(word));
}

/** Every word typed appears in the label, in any order (an empty search matches everything). */
export function matchesPlaceSearch(label: string, query: string): boolean {
  return hasAllWords(label, wordsOf(query));
}

export type PlaceSearchResult = {
  /** The groups to list, without the ones left empty. */
  groups: PlaceGroup[];
  /** The values of the places that match; null when nothing is typed. */
  matches: string[] | null;
};

/**
 * The places to list for a search. The selected place stays listed even if it does not match, so
 * the select never silently changes what was chosen; when nothing matches the whole list stays, so
 * one can still choose in it.
 */
export function searchPlaces(groups: PlaceGroup[], query: string, selected?: string): PlaceSearchResult {
  const words = wordsOf(query);
  if (words.length === 0) return { groups, matches: null };

  const matches: string[] = [];
  const shown: PlaceGroup[] = [];
  for (const group of groups) {
    const options = group.options.filter((option) => {
      const match = hasAllWords(option.label, words);
      if (match) matches.push(option.value);
      return match || option.value === selected;
    });
    if (options.length) shown.push({ ...group, options });
  }
  return { groups: matches.length ? shown : groups, matches };
}

/**
 * Up to this many places the select lists them all. A long territory's full list cost a phone a
 * third of a second of blocked main thread to draw and hydrate (1,691 places: total blocking time
 * 316 ms, 83 ms without them; bench/RESULTS.md, session 17), so beyond it the select lists the
 * sites, and the places a search finds.
 */
export const FULL_LIST_LIMIT = 300;
/** The most matches a long territory's select lists at once: more is a search to narrow. */
export const MATCHES_LISTED = 50;

export type PlacesListed = PlaceSearchResult & {
  /** Matches left out of the list (beyond MATCHES_LISTED). */
  unlisted: number;
  /** The list shows the sites only: a long territory before a search finds anything. */
  sitesOnly: boolean;
};

export function countPlaces(groups: PlaceGroup[]): number {
  return groups.reduce((total, group) => total + group.options.length, 0);
}

/** Too long to draw whole on a phone: listPlaces shortens it, and the select keeps the whole list for no-JS. */
export function isLongTerritory(groups: PlaceGroup[]): boolean {
  return countPlaces(groups) > FULL_LIST_LIMIT;
}

function keepOptions(groups: PlaceGroup[], keep: (value: string) => boolean): PlaceGroup[] {
  return groups.flatMap((group) => {
    const options = group.options.filter((option) => keep(option.value));
    return options.length ? [{ ...group, options }] : [];
  });
}

/**
 * What the select lists with JavaScript: searchPlaces' list for a territory of up to
 * FULL_LIST_LIMIT places; beyond, the sites (and the selected place) while nothing is found, and
 * at most MATCHES_LISTED matches (and the selected place) once the search finds some. The whole
 * list is still sent for the search, and drawn for a browser without JavaScript.
 */
export function listPlaces(groups: PlaceGroup[], query: string, selected?: string): PlacesListed {
  const result = searchPlaces(groups, query, selected);
  if (!isLongTerritory(groups)) return { ...result, unlisted: 0, sitesOnly: false };
  if (!result.matches?.length) {
    const sites = keepOptions(groups, (value) => value === selected || parsePlace(value)?.level === "site");
    return { groups: sites, matches: result.matches, unlisted: 0, sitesOnly: true };
  }
  const listed = new Set(result.matches.slice(0, MATCHES_LISTED));
  if (selected) listed.add(selected);
  return {
    groups: keepOptions(result.groups, (value) => listed.has(value)),
    matches: result.matches,
    unlisted: Math.max(0, result.matches.length - MATCHES_LISTED),
    sitesOnly: false,
  };
}

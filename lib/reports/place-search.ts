import { foldText } from "@/lib/format/text";
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

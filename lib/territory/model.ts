import type { SiteKind } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format/numbers";

/**
 * The territory staff keep: areas (secteurs), their sites, the sites' buildings and the buildings'
 * entrances. This module holds the levels, labels, limits and the words of the rules; safe to
 * import from client forms.
 */

export const SITE_KINDS = ["RESIDENCE", "PUBLIC_SPACE", "FACILITY"] as const satisfies readonly SiteKind[];

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  RESIDENCE: "Résidence",
  PUBLIC_SPACE: "Espace public",
  FACILITY: "Équipement",
};

/** The four levels of the territory, from the top. */
export const PLACE_LEVELS = ["area", "site", "building", "entrance"] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** How a level is named in a sentence; `feminine` agrees the words around it ("archivée"). */
export const LEVEL_WORDS: Record<PlaceLevel, { noun: string; the: string; this: string; a: string; feminine: boolean }> = {
  area: { noun: "secteur", the: "le secteur", this: "ce secteur", a: "un secteur", feminine: false },
  site: { noun: "site", the: "le site", this: "ce site", a: "un site", feminine: false },
  building: { noun: "bâtiment", the: "le bâtiment", this: "ce bâtiment", a: "un bâtiment", feminine: false },
  entrance: { noun: "entrée", the: "l'entrée", this: "cette entrée", a: "une entrée", feminine: true },
};

/** "archivé" / "archivée", agreed with the level. */
export function agreed(level: PlaceLevel, word: string) {
  return LEVEL_WORDS[level].feminine ? `${word}e` : word;
}

export const NAME_MAX = 80;
export const ADDRESS_MAX = 200;
export const DESCRIPTION_MAX = 500;
export const ACCESS_NOTES_MAX = 1000;

/** Staff lists: the sites found by a search, a page at a time. */
export const SITES_PAGE_SIZE = 25;

// ─── The words of the rules (refusals shown to staff) ─────────────────────────────────────────

export function placeNotFound(level: PlaceLevel) {
  return `${capitalize(LEVEL_WORDS[level].this)} est introuvable : ${LEVEL_WORDS[level].feminine ? "elle" : "il"} a peut-être été ${agreed(level, "supprimé")} entre-temps.`;
}

export function placeConflict(level: PlaceLevel) {
  return `${capitalize(LEVEL_WORDS[level].this)} a été ${agreed(level, "modifié")} entre-temps par quelqu'un d'autre. Rechargez la page.`;
}

/** Names are unique within their parent (areas: across the territory). */
export function duplicateName(level: PlaceLevel, name: string, parentName?: string) {
  const where = parentName ? ` dans « ${parentName} »` : "";
  return `${capitalize(LEVEL_WORDS[level].a)} s'appelle déjà « ${name} »${where} : choisissez un autre nom.`;
}

/** Nothing new goes into an archived place, and a place comes back only under a live parent. */
export function archivedParent(parentLevel: PlaceLevel, parentName: string) {
  const it = LEVEL_WORDS[parentLevel].feminine ? "la" : "le";
  return `${capitalize(LEVEL_WORDS[parentLevel].the)} « ${parentName} » est ${agreed(parentLevel, "archivé")} : réactivez-${it} d'abord.`;
}

export const POINT_OUTSIDE_TERRITORY =
  "Ce point est en dehors du territoire de la Régie : placez-le sur le lieu lui-même, près des autres sites et bâtiments.";
export const POINT_INCOMPLETE = "Indiquez la latitude et la longitude, ou aucune des deux.";

export const UNKNOWN_OWNER = "Ce partenaire n'existe pas ou est archivé : choisissez-en un dans la liste, ou aucun pour un espace public de la ville.";

/** What still points at a place, counted in the transaction that would delete it. */
export type PlaceUsage = { children: number; reports: number; workOrders: number; contractLines: number; residents: number };

const USAGE_WORDS: Record<Exclude<keyof PlaceUsage, "children">, [string, string]> = {
  reports: ["signalement", "signalements"],
  workOrders: ["intervention", "interventions"],
  contractLines: ["ligne de contrat", "lignes de contrat"],
  residents: ["habitant", "habitants"],
};
const CHILD_WORDS: Record<PlaceLevel, [string, string]> = {
  area: ["site", "sites"],
  site: ["bâtiment", "bâtiments"],
  building: ["entrée", "entrées"],
  entrance: ["lieu", "lieux"],
};

export function isUnused(usage: PlaceUsage) {
  return Object.values(usage).every((n) => n === 0);
}

/** "Ce site ne peut pas être supprimé : 2 bâtiments, 1 signalement y renvoient. Archivez-le plutôt…" */
export function placeInUse(level: PlaceLevel, usage: PlaceUsage) {
  const words: [number, [string, string]][] = [
    [usage.children, CHILD_WORDS[level]],
    ...(Object.keys(USAGE_WORDS) as (keyof typeof USAGE_WORDS)[]).map((key): [number, [string, string]] => [usage[key], USAGE_WORDS[key]]),
  ];
  const parts = words.filter(([n]) => n > 0).map(([n, [one, many]]) => plural(n, one, many));
  const it = LEVEL_WORDS[level].feminine ? "la" : "le";
  return `${capitalize(LEVEL_WORDS[level].this)} ne peut pas être ${agreed(level, "supprimé")} : ${parts.join(", ")} y renvoi${parts.length === 1 && words.find(([n]) => n > 0)?.[0] === 1 ? "e" : "ent"}. Archivez-${it} plutôt : ${LEVEL_WORDS[level].feminine ? "elle" : "il"} ne sera plus ${agreed(level, "proposé")} nulle part, et ce qui y renvoie garde son nom.`;
}

export function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { LEVEL_WORDS, agreed, capitalize, type PlaceLevel } from "@/lib/territory/model";

/** The confirmation a place's page shows after a change (`?fait=…`), in words agreed with the level. */
export function placeNotice(level: PlaceLevel, name: string, notice: string | undefined): string | undefined {
  const it = `${capitalize(LEVEL_WORDS[level].the)} « ${name} »`;
  switch (notice) {
    case "cree":
      return `${it} est ${agreed(level, "créé")}.`;
    case "modifie":
      return `${it} est ${agreed(level, "enregistré")}.`;
    case "inchange":
      return "Aucune modification à enregistrer.";
    case "archive":
      return `${it} est ${agreed(level, "archivé")} : ${LEVEL_WORDS[level].feminine ? "elle" : "il"} n'est plus ${agreed(level, "proposé")} nulle part, et ce qui y renvoie garde son nom.`;
    case "desarchive":
      return `${it} est de nouveau ${agreed(level, "proposé")}.`;
    case "supprime":
      return "Le lieu est supprimé.";
    default:
      return undefined;
  }
}

import { describe, expect, it } from "vitest";
import { foldForSearch, matchesPlaceSearch, searchPlaces } from "@/lib/reports/place-search";
import type { PlaceGroup } from "@/lib/reports/queries/place";

describe("matchesPlaceSearch (the place search of the report form)", () => {
  it("ignores case and accents, both ways", () => {
    expect(matchesPlaceSearch("Résidence Les Tilleuls (rue des Tilleuls)", "tilleul")).toBe(true);
    expect(matchesPlaceSearch("Résidence Les Tilleuls (rue des Tilleuls)", "RESIDENCE")).toBe(true);
    expect(matchesPlaceSearch("Residence du Val Fleuri", "résidence")).toBe(true);
    expect(matchesPlaceSearch("Le Clos des Vignes — Bâtiment 2, Entrée 1 (12 rue des Vignes)", "batiment 2 entree 1")).toBe(true);
  });

  it("needs every word, in any order", () => {
    expect(matchesPlaceSearch("Résidence du Val Fleuri — Jasmin, Entrée 2 (3 allée des Fleurs)", "entree 2 jasmin")).toBe(true);
    expect(matchesPlaceSearch("Résidence du Val Fleuri — Jasmin, Entrée 2 (3 allée des Fleurs)", "jasmin lilas")).toBe(false);
  });

  it("finds a place by its address, whatever its hyphens and apostrophes", () => {
    expect(matchesPlaceSearch("Résidence Pasteur — Pasteur (12 rue Louis-Pasteur)", "rue pasteur")).toBe(true);
    expect(matchesPlaceSearch("Square Jean-Moulin (avenue Jean-Moulin)", "jean moulin")).toBe(true);
    expect(matchesPlaceSearch("Square Jean Moulin (avenue Jean Moulin)", "Jean-Moulin")).toBe(true);
    expect(matchesPlaceSearch("Local du Pont d’Arc (2 rue de l’Église)", "l'eglise")).toBe(true);
    expect(matchesPlaceSearch("Foyer Sœur Marie", "soeur")).toBe(true);
  });

  it("does not match what is not there", () => {
    expect(matchesPlaceSearch("Place du Marché (place du Marché)", "tilleul")).toBe(false);
    expect(matchesPlaceSearch("Place du Marché (place du Marché)", "marchés")).toBe(false);
  });

  it("matches everything while nothing is typed", () => {
    expect(matchesPlaceSearch("Place du Marché (place du Marché)", "")).toBe(true);
    expect(matchesPlaceSearch("Place du Marché (place du Marché)", "  - ")).toBe(true);
  });

  it("folds to lower-case words without accents", () => {
    expect(foldForSearch("  Le Clos des Vignes — Bâtiment 2, Entrée 1 (12 rue des Vignes) ")).toBe("le clos des vignes batiment 2 entree 1 12 rue des vignes");
  });
});

describe("searchPlaces (which options the select lists)", () => {
  const groups: PlaceGroup[] = [
    {
      label: "Résidence Les Tilleuls — Les Tilleuls",
      options: [
        { value: "site:t", label: "Résidence Les Tilleuls (rue des Tilleuls) — abords, espaces extérieurs" },
        { value: "building:ta", label: "Résidence Les Tilleuls — Bâtiment A (2 rue des Tilleuls)" },
        { value: "entrance:ta1", label: "Résidence Les Tilleuls — Bâtiment A, Entrée 1 (2 rue des Tilleuls)" },
      ],
    },
    { label: "Place du Marché — Les Tilleuls", options: [{ value: "site:m", label: "Place du Marché (place du Marché)" }] },
    {
      label: "Résidence Pasteur — Centre-Bourg",
      options: [
        { value: "site:p", label: "Résidence Pasteur (boulevard Pasteur) — abords, espaces extérieurs" },
        { value: "building:p", label: "Résidence Pasteur — Pasteur (12 rue Louis-Pasteur)" },
      ],
    },
  ];
  const values = (result: ReturnType<typeof searchPlaces>) => result.groups.map((g) => [g.label, g.options.map((o) => o.value)]);

  it("lists everything, with no count, while nothing is typed", () => {
    expect(searchPlaces(groups, "  ")).toEqual({ groups, matches: null });
  });

  it("keeps the matching options, and only the groups that still have some", () => {
    const result = searchPlaces(groups, "tilleul entree");
    expect(result.matches).toEqual(["entrance:ta1"]);
    expect(values(result)).toEqual([["Résidence Les Tilleuls — Les Tilleuls", ["entrance:ta1"]]]);
  });

  it("matches the option labels, not the group labels", () => {
    // "Place du Marché" is in the Les Tilleuls area, but its own label does not say so.
    expect(searchPlaces(groups, "tilleuls").matches).toEqual(["site:t", "building:ta", "entrance:ta1"]);
  });

  it("keeps the selected place listed, in its group, even when it does not match", () => {
    const result = searchPlaces(groups, "rue pasteur", "site:m");
    expect(result.matches).toEqual(["building:p"]);
    expect(values(result)).toEqual([
      ["Place du Marché — Les Tilleuls", ["site:m"]],
      ["Résidence Pasteur — Centre-Bourg", ["building:p"]],
    ]);
  });

  it("lists everything when nothing matches, so one can still choose", () => {
    expect(searchPlaces(groups, "gare routière", "site:m")).toEqual({ groups, matches: [] });
  });
});

import { describe, expect, it } from "vitest";
import { FULL_LIST_LIMIT, MATCHES_LISTED, countPlaces, foldForSearch, listPlaces, matchesPlaceSearch, searchPlaces } from "@/lib/reports/place-search";
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

describe("listPlaces (what the select lists with JavaScript, for a short or a long territory)", () => {
  /** `sites` sites of 3 buildings with 3 entrances each: 13 places a site. */
  function territory(sites: number): PlaceGroup[] {
    return Array.from({ length: sites }, (_, s) => ({
      label: `Cité ${s} — Secteur`,
      options: [
        { value: `site:s${s}`, label: `Cité ${s} (rue de la Cité ${s}) — abords, espaces extérieurs` },
        ...[1, 2, 3].flatMap((b) => [
          { value: `building:s${s}b${b}`, label: `Cité ${s} — Bâtiment ${b} (${b} rue de la Cité ${s})` },
          ...["a", "b", "c"].map((e) => ({ value: `entrance:s${s}b${b}e${e}`, label: `Cité ${s} — Bâtiment ${b}, Entrée ${e.toUpperCase()} (${b} rue de la Cité ${s})` })),
        ]),
      ],
    }));
  }
  const short = territory(23); // 299 places
  const long = territory(24); // 312 places
  const listed = (result: ReturnType<typeof listPlaces>) => result.groups.flatMap((g) => g.options.map((o) => o.value));

  it("counts the places of every group", () => {
    expect(countPlaces(short)).toBe(299);
    expect(countPlaces(long)).toBe(312);
    expect(countPlaces(short)).toBeLessThanOrEqual(FULL_LIST_LIMIT);
    expect(countPlaces(long)).toBeGreaterThan(FULL_LIST_LIMIT);
  });

  it("lists a short territory as searchPlaces does, all of it while nothing is typed", () => {
    expect(listPlaces(short, "")).toEqual({ groups: short, matches: null, unlisted: 0, sitesOnly: false });
    expect(listPlaces(short, "cite 4 batiment 2", "site:s7")).toEqual({ ...searchPlaces(short, "cite 4 batiment 2", "site:s7"), unlisted: 0, sitesOnly: false });
    expect(listPlaces(short, "nulle part")).toEqual({ groups: short, matches: [], unlisted: 0, sitesOnly: false });
  });

  it("lists a long territory's sites only while nothing is typed, each in its group", () => {
    const result = listPlaces(long, " ");
    expect(result.sitesOnly).toBe(true);
    expect(result.matches).toBeNull();
    expect(result.groups.map((g) => g.label)).toEqual(long.map((g) => g.label));
    expect(listed(result)).toEqual(long.map((_, s) => `site:s${s}`));
  });

  it("keeps the selected entrance listed beside the sites", () => {
    const result = listPlaces(long, "", "entrance:s5b2ec");
    expect(result.groups[5].options.map((o) => o.value)).toEqual(["site:s5", "entrance:s5b2ec"]);
    expect(listed(result)).toHaveLength(25);
  });

  it("lists every match of a narrow search, with the selected place, and nothing else", () => {
    const result = listPlaces(long, "cite 12 batiment 3", "site:s1");
    expect(result.sitesOnly).toBe(false);
    expect(result.unlisted).toBe(0);
    expect(result.matches).toEqual(["building:s12b3", "entrance:s12b3ea", "entrance:s12b3eb", "entrance:s12b3ec"]);
    expect(listed(result)).toEqual(["site:s1", "building:s12b3", "entrance:s12b3ea", "entrance:s12b3eb", "entrance:s12b3ec"]);
  });

  it("lists the first matches of a wide search and says how many are left out", () => {
    const result = listPlaces(long, "batiment", "entrance:s23b3ec");
    expect(result.matches).toHaveLength(24 * 12);
    expect(result.unlisted).toBe(24 * 12 - MATCHES_LISTED);
    const values = listed(result);
    expect(values).toHaveLength(MATCHES_LISTED + 1);
    expect(values.slice(0, MATCHES_LISTED)).toEqual(result.matches!.slice(0, MATCHES_LISTED));
    expect(values.at(-1)).toBe("entrance:s23b3ec");
  });

  it("does not count the selected place twice when it is among the first matches", () => {
    const result = listPlaces(long, "batiment", "building:s0b1");
    expect(listed(result)).toHaveLength(MATCHES_LISTED);
  });

  it("goes back to the sites, with the selected place, when nothing matches", () => {
    const result = listPlaces(long, "gare routière", "building:s3b1");
    expect(result).toMatchObject({ matches: [], sitesOnly: true, unlisted: 0 });
    expect(listed(result)).toHaveLength(25);
    expect(result.groups[3].options.map((o) => o.value)).toEqual(["site:s3", "building:s3b1"]);
  });
});

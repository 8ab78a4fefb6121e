import { describe, expect, it, vi } from "vitest";
import { createPublicFilterGuard } from "@/lib/reports/public-filter-guard";
import { PUBLIC_FILTER_PARAMS, parsePublicFilterKey, parsePublicFilterSearch, publicFilterKey } from "@/lib/reports/filter-params";
import { PUBLIC_REPORTS_MAX_PAGES, usesKnownValues, type KnownFilterValues } from "@/lib/reports/filter-params";

const search = (query: string) => parsePublicFilterSearch(new URLSearchParams(query));
const keyOf = (query: string) => {
  const filter = search(query);
  return filter ? publicFilterKey(filter) : null;
};

describe("parsePublicFilterSearch (the public list's query string)", () => {
  it("reads the four filter parameters", () => {
    expect(search("categorie=cat1&statut=RESOLVED&secteur=area1&page=3")).toEqual({ categoryId: "cat1", status: "RESOLVED", areaId: "area1", page: 3 });
  });

  it("drops unknown parameters, and reads empty values as « any »", () => {
    expect(search("statut=NEW&utm_source=lettre&fbclid=abc&_rsc=1x2y")).toEqual({ categoryId: undefined, status: "NEW", areaId: undefined, page: 1 });
    expect(search("categorie=&statut=&secteur=")).toEqual({ categoryId: undefined, status: undefined, areaId: undefined, page: 1 });
  });

  it("gives one key per filter, whatever the parameters' order, an explicit first page or the extra parameters", () => {
    const key = keyOf("categorie=cat1&statut=NEW");
    expect(key).toBe("cat1~NEW~tous~1");
    expect(keyOf("statut=NEW&categorie=cat1")).toBe(key);
    expect(keyOf("page=1&statut=NEW&utm_medium=email&categorie=cat1&secteur=")).toBe(key);
    expect(keyOf("statut=NEW&categorie=cat1&page=01")).toBe(key);
  });

  it.each([
    ["page 0", "page=0"],
    [`page ${PUBLIC_REPORTS_MAX_PAGES + 1}`, `page=${PUBLIC_REPORTS_MAX_PAGES + 1}`],
    ["a huge page", "page=99999999999"],
    ["a negative page", "page=-1"],
    ["a page that is not a whole number", "page=1.5"],
    ["a page that is not a number", "page=deux"],
    ["a status public pages never show", "statut=REJECTED"],
    ["an unknown status", "statut=PERDU"],
    ["a status in lower case", "statut=new"],
    ["a malformed category id", "categorie=cat%201"],
    ["an id too long to be one", `secteur=${"a".repeat(41)}`],
    ["a parameter given twice", "statut=NEW&statut=CLOSED"],
  ])("refuses %s", (_, query) => {
    expect(search(query)).toBeNull();
  });
});

describe("publicFilterKey and parsePublicFilterKey (the cached page's path segment)", () => {
  it("round-trips a filter", () => {
    for (const filter of [
      { categoryId: "abc123", status: "RESOLVED" as const, areaId: undefined, page: 3 },
      { categoryId: undefined, status: undefined, areaId: "zone1", page: PUBLIC_REPORTS_MAX_PAGES },
      { categoryId: undefined, status: undefined, areaId: undefined, page: 1 },
    ]) {
      expect(parsePublicFilterKey(publicFilterKey(filter))).toEqual(filter);
    }
  });

  it.each([
    ["a junk word", "n-importe-quoi"],
    ["three parts", "tous~NEW~1"],
    ["five parts", "tous~NEW~tous~1~x"],
    ["a page written another way", "tous~NEW~tous~01"],
    ["page 0", "tous~tous~tous~0"],
    ["a page out of range", `tous~tous~tous~${PUBLIC_REPORTS_MAX_PAGES + 1}`],
    ["a status public pages never show", "tous~REJECTED~tous~1"],
    ["an empty part", "~NEW~tous~1"],
    ["a malformed id", "x y~tous~tous~1"],
  ])("refuses %s", (_, key) => {
    expect(parsePublicFilterKey(key)).toBeNull();
  });
});

describe("usesKnownValues", () => {
  const known: KnownFilterValues = { categories: new Set(["cat1"]), areas: new Set(["area1"]) };
  it("accepts the ids of the lists, and no id at all", () => {
    expect(usesKnownValues({ categoryId: "cat1", status: undefined, areaId: "area1", page: 1 }, known)).toBe(true);
    expect(usesKnownValues({ categoryId: undefined, status: "NEW", areaId: undefined, page: 2 }, known)).toBe(true);
  });
  it("refuses an id that is in neither list, or in the other one", () => {
    expect(usesKnownValues({ categoryId: "cat2", status: undefined, areaId: undefined, page: 1 }, known)).toBe(false);
    expect(usesKnownValues({ categoryId: undefined, status: undefined, areaId: "cat1", page: 1 }, known)).toBe(false);
  });
});

describe("createPublicFilterGuard (proxy.ts's memory of the known ids)", () => {
  const filter = (categoryId: string) => ({ categoryId, status: undefined, areaId: undefined, page: 1 });

  function setup() {
    let clock = 1_000_000;
    let categories = ["cat1"];
    const load = vi.fn(async () => ({ categories: new Set(categories), areas: new Set<string>() }));
    const guard = createPublicFilterGuard({ load, maxAgeMs: 300_000, recheckAfterMs: 10_000, now: () => clock });
    return {
      guard,
      load,
      tick: (ms: number) => (clock += ms),
      addCategory: (id: string) => (categories = [...categories, id]),
    };
  }

  it("reads the known ids once for many requests, and not at all for a filter without ids", async () => {
    const { guard, load } = setup();
    expect(await guard.allows({ categoryId: undefined, status: "NEW", areaId: undefined, page: 1 })).toBe(true);
    expect(load).not.toHaveBeenCalled();
    const answers = await Promise.all([guard.allows(filter("cat1")), guard.allows(filter("cat1")), guard.allows(filter("cat1"))]);
    expect(answers).toEqual([true, true, true]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not read again for each junk id: at most once per recheck delay", async () => {
    const { guard, load, tick } = setup();
    expect(await guard.allows(filter("cat1"))).toBe(true);
    for (let i = 0; i < 50; i++) expect(await guard.allows(filter(`junk${i}`))).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
    tick(10_000);
    expect(await guard.allows(filter("junk-later"))).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("finds a category created since the last read, once the recheck delay has passed", async () => {
    const { guard, tick, addCategory } = setup();
    expect(await guard.allows(filter("cat1"))).toBe(true);
    addCategory("cat2");
    expect(await guard.allows(filter("cat2"))).toBe(false);
    tick(10_000);
    expect(await guard.allows(filter("cat2"))).toBe(true);
  });

  it("reads again after the maximum age, so a removed id stops being allowed", async () => {
    const { guard, load, tick } = setup();
    expect(await guard.allows(filter("cat1"))).toBe(true);
    tick(300_001);
    expect(await guard.allows(filter("cat1"))).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("proxy matcher", () => {
  it("sends every filter parameter, and only those, through the proxy", async () => {
    const { config } = await import("@/proxy");
    const queryKeys = config.matcher.flatMap((m) => (typeof m === "string" ? [] : m.has.map((h) => h.key)));
    expect([...queryKeys].sort()).toEqual([...PUBLIC_FILTER_PARAMS].sort());
    expect(config.matcher).toContain("/signalements/filtre/:key*");
    // The plain list has no bare "/signalements" entry: it is served without the proxy.
    expect(config.matcher).not.toContain("/signalements");
  });
});

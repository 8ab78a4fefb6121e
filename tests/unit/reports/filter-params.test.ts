import { describe, expect, it } from "vitest";
import {
  filteredHref,
  parsePublicFilterSearch,
  partnerReportsParamsSchema,
  partnerReportsSearchParams,
  publicSearchParams,
  queueSearchParams,
  triageQueueParamsSchema,
  type TriageQueueFilter,
} from "@/lib/reports/filter-params";

/** The URL's French parameters become English filters here, and the filters write the same URL back. */
describe("triageQueueParamsSchema (the staff queue's query string)", () => {
  it("keeps valid filters and drops malformed ones instead of failing", () => {
    expect(triageQueueParamsSchema.parse({ statut: "NEW", priorite: "URGENT", age: "7j", photos: "oui", tri: "ancien", page: "3", q: "  hall " })).toEqual({
      status: "NEW",
      priority: "URGENT",
      olderThanDays: 7,
      withPhotos: true,
      sort: "oldest",
      page: 3,
      search: "hall",
    });
    expect(triageQueueParamsSchema.parse({ statut: "NOPE", categorie: "a b", page: "-1", tri: "x", q: "" })).toEqual({});
  });

  it("names each id filter in English", () => {
    expect(triageQueueParamsSchema.parse({ categorie: "cat1", secteur: "area1", site: "site1", partenaire: "p1", photos: "non", age: "90j", tri: "priorite" })).toEqual({
      categoryId: "cat1",
      areaId: "area1",
      siteId: "site1",
      partnerId: "p1",
      withPhotos: false,
      olderThanDays: 90,
      sort: "priority",
    });
  });

  it("writes a filter back as the same French query string, without the page", () => {
    const query = { q: "hall", statut: "NEW", priorite: "HIGH", categorie: "cat1", secteur: "area1", site: "site1", partenaire: "p1", age: "30j", photos: "non", tri: "recent" };
    expect(queueSearchParams(triageQueueParamsSchema.parse({ ...query, page: "4" }))).toEqual(query);
    const filter: TriageQueueFilter = { withPhotos: true, olderThanDays: 7 };
    expect(queueSearchParams(filter)).toEqual({ photos: "oui", age: "7j" });
    expect(queueSearchParams({})).toEqual({});
  });
});

describe("partnerReportsParamsSchema (a partner's list)", () => {
  it("reads the status and the page, page 1 for anything odd", () => {
    expect(partnerReportsParamsSchema.parse({ statut: "ROUTED", page: "2" })).toEqual({ status: "ROUTED", page: 2 });
    expect(partnerReportsParamsSchema.parse({ statut: "PERDU", page: "x" })).toEqual({ page: 1 });
    expect(partnerReportsParamsSchema.parse({ page: "51" })).toEqual({ page: 1 });
  });

  it("writes the filter back in French, the page last", () => {
    expect(new URLSearchParams(partnerReportsSearchParams({ status: "RESOLVED", page: 3 })).toString()).toBe("statut=RESOLVED&page=3");
    expect(new URLSearchParams(partnerReportsSearchParams({ page: 1 })).toString()).toBe("page=1");
  });
});

describe("the public list's filter URLs", () => {
  it("round-trips a filter through its query string", () => {
    const filter = { categoryId: "cat1", status: "RESOLVED" as const, areaId: "area1" };
    expect(publicSearchParams(filter)).toEqual({ categorie: "cat1", statut: "RESOLVED", secteur: "area1" });
    expect(parsePublicFilterSearch(new URLSearchParams(publicSearchParams(filter)))).toEqual({ ...filter, page: 1 });
  });

  it("builds the links of the list and the map with the filter's non-empty values only", () => {
    expect(filteredHref("/signalements/carte", { status: "NEW" })).toBe("/signalements/carte?statut=NEW");
    expect(filteredHref("/signalements", { categoryId: "cat1", status: undefined, areaId: "area1" })).toBe("/signalements?categorie=cat1&secteur=area1");
    expect(filteredHref("/signalements", {})).toBe("/signalements");
  });
});

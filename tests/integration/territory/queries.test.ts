/** The staff screens' reads of the territory: search, archived toggle, pagination, usage, owner options. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SITES_PAGE_SIZE } from "@/lib/territory/model";
import { getTerritoryOverview } from "@/lib/territory/queries";
import { getPublicOverview } from "@/lib/partners/queries/public";
import { getAreaForStaff, getBuildingForStaff, getEntranceForStaff, getSiteForStaff, listAreasForStaff, listOwnerOptions, searchSitesForStaff } from "@/lib/territory/queries/staff";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";

beforeEach(resetDatabase);

const search = (query: Partial<{ search: string; showArchived: boolean; page: number }> = {}) => searchSitesForStaff({ search: "", showArchived: false, page: 1, ...query });

describe("staff territory queries", () => {
  it("finds sites by every word of their name, address, area or a building's, archived ones only on request", async () => {
    const tilleuls = await createTerritory({ siteName: "Résidence Les Tilleuls" });
    await db.building.update({ where: { id: tilleuls.building.id }, data: { name: "Tour Chopin" } });
    const other = await createTerritory({ siteName: "Square Jean Moulin" });
    await db.site.update({ where: { id: other.site.id }, data: { archivedAt: new Date() } });

    expect((await search({ search: "tilleuls" })).items.map((s) => s.name)).toEqual(["Résidence Les Tilleuls"]);
    expect((await search({ search: "chopin résidence" })).items.map((s) => s.name)).toEqual(["Résidence Les Tilleuls"]);
    expect((await search({ search: "moulin" })).total).toBe(0);
    expect((await search({ search: "moulin", showArchived: true })).items).toMatchObject([{ name: "Square Jean Moulin", archivedAt: expect.any(Date) }]);
    expect((await listAreasForStaff(false)).length).toBe(2);
  });

  it("searches for % and _ as typed, not as wildcards", async () => {
    await createTerritory({ siteName: "Résidence Les Tilleuls" });
    await createTerritory({ siteName: "Remise 50% Nord" });
    expect((await search({ search: "%" })).items.map((s) => s.name)).toEqual(["Remise 50% Nord"]);
    expect((await search({ search: "_" })).total).toBe(0);
  });

  it("pages through a long list of sites", async () => {
    const { area } = await createTerritory();
    await db.site.createMany({ data: Array.from({ length: SITES_PAGE_SIZE + 2 }, (_, i) => ({ areaId: area.id, name: `Site ${String(i).padStart(2, "0")}`, kind: "FACILITY" as const, address: "1 rue" })) });
    const first = await search();
    expect(first.total).toBe(SITES_PAGE_SIZE + 3);
    expect(first.items).toHaveLength(SITES_PAGE_SIZE);
    expect((await search({ page: 2 })).items).toHaveLength(3);
  });

  it("says what points at each place, so a page offers deletion only for a place nothing points at", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    const { area, site, building, entrance } = await createTerritory();
    await createReportRow({ authorId: staff.id, categoryId: (await createCategory()).id, siteId: site.id, buildingId: building.id, areaId: area.id });
    await db.user.update({ where: { id: staff.id }, data: { entranceId: entrance.id } });
    expect((await getAreaForStaff(area.id))?.usage).toMatchObject({ children: 1, reports: 1 });
    expect((await getSiteForStaff(site.id))?.usage).toMatchObject({ children: 1, reports: 1, workOrders: 0, contractLines: 0 });
    expect((await getBuildingForStaff(building.id))?.usage).toMatchObject({ children: 1, reports: 1 });
    expect((await getEntranceForStaff(entrance.id))?.usage).toEqual({ children: 0, reports: 0, workOrders: 0, contractLines: 0, residents: 1 });
    expect(await getSiteForStaff("cm0000000000000000000000")).toBeNull();
  });

  it("offers the partners not archived as owners, and keeps a site's archived owner listed", async () => {
    const active = await createPartner({ name: "Bailleur Actif" });
    const archived = await createPartner({ name: "Bailleur Ancien" });
    await db.partner.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    expect(await listOwnerOptions()).toEqual([{ value: active.id, label: "Bailleur Actif" }]);
    expect(await listOwnerOptions(archived.id)).toEqual([
      { value: active.id, label: "Bailleur Actif" },
      { value: archived.id, label: "Bailleur Ancien (archivé)" },
    ]);
  });

  it("counts only live places in the home page's key figures", async () => {
    const kept = await createTerritory({ siteName: "Gardé" });
    const gone = await createTerritory({ siteName: "Archivé" });
    expect((await getPublicOverview()).figures).toMatchObject({ areas: 2, sites: 2, buildings: 2 });

    await db.site.update({ where: { id: gone.site.id }, data: { archivedAt: new Date() } });
    // Its building is out with it, though not archived itself.
    expect((await getPublicOverview()).figures).toMatchObject({ areas: 2, sites: 1, buildings: 1 });
    await db.area.update({ where: { id: kept.area.id }, data: { archivedAt: new Date() } });
    expect((await getPublicOverview()).figures).toMatchObject({ areas: 1, sites: 0, buildings: 0 });
  });

  it("leaves archived places out of the staff home's overview", async () => {
    const kept = await createTerritory({ siteName: "Gardé" });
    const gone = await createTerritory({ siteName: "Archivé" });
    await db.site.update({ where: { id: gone.site.id }, data: { archivedAt: new Date() } });
    await db.building.update({ where: { id: kept.building.id }, data: { archivedAt: new Date() } });
    const overview = await getTerritoryOverview();
    expect(overview.flatMap((a) => a.sites.map((s) => [s.name, s.owner, s.buildings]))).toEqual([["Gardé", null, 0]]);
  });
});

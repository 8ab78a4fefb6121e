/**
 * Staff keep the territory (/gestion/territoire): each command through its server action, against
 * the database: what it writes (row, version, audit row), what it expires (cache tags), what the
 * rest of the portal then offers (report form, sign-up, public filters), and the callers and
 * inputs it refuses without changing anything.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toDay } from "@/lib/core/calendar";
import type { ServerAction } from "@/lib/actions/define-action";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  createAreaAction,
  createBuildingAction,
  createEntranceAction,
  createSiteAction,
  deletePlaceAction,
  setPlaceArchivedAction,
  updateAreaAction,
  updateBuildingAction,
  updateEntranceAction,
  updateSiteAction,
} from "@/app/gestion/territoire/actions";
import { PLACE_OUTSIDE_TERRITORY, resolvePlace } from "@/lib/reports/commands/references";
import { formatPlace, listPlaceOptions, placeSelect } from "@/lib/reports/queries/place";
import { listPublicAreas } from "@/lib/reports/queries/public";
import { POINT_OUTSIDE_TERRITORY, UNKNOWN_OWNER, archivedParent, duplicateName, placeConflict, placeInUse } from "@/lib/territory/model";
import { getTerritoryBounds, listEntranceOptions } from "@/lib/territory/queries";
import { revalidateTag } from "../../helpers/next-cache";
import { callAction, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow, redirectPathOf } from "../../helpers/reports";
import { createContractRow, createLineRow } from "../../helpers/contracts";
import { signInAs } from "../../helpers/session";

const TERRITORY_TAG = "territory";
const PUBLIC_TAG = "public-reports";

let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  await signInAs(staff);
});

/** The call was refused with this form message and the database is exactly as before. */
async function expectRefusedUnchanged<T>(action: ServerAction<T>, fields: Fields, formError?: string) {
  const before = await databaseSnapshot();
  const refused = await expectRefused(callAction(action, fields));
  if (formError) expect(refused.formError).toBe(formError);
  expect(await databaseSnapshot()).toEqual(before);
  expect(revalidateTag).not.toHaveBeenCalled();
  return refused;
}

const expired = () => revalidateTag.mock.calls.map(([tag]) => tag).sort();
const placeValues = async () => (await listPlaceOptions()).flatMap((group) => group.options.map((option) => option.value));

/** A territory whose site has a map point (so that the territory has bounds). */
async function mappedTerritory(options: { ownerPartnerId?: string } = {}) {
  const territory = await createTerritory(options);
  await db.site.update({ where: { id: territory.site.id }, data: { latitude: 47.3941, longitude: 0.6842 } });
  return territory;
}

describe("areas", () => {
  it("creates an area with its audit row and expires the territory's cached reads", async () => {
    const path = await redirectPathOf(callAction(createAreaAction, { name: "  Les   Hauts ", description: "Au nord de l'avenue." }));
    const area = await db.area.findUniqueOrThrow({ where: { name: "Les Hauts" } });
    expect(path).toBe(`/gestion/territoire/secteurs/${area.id}?fait=cree`);
    expect(area).toMatchObject({ description: "Au nord de l'avenue.", version: 0, archivedAt: null });
    expect(await auditRows({ action: "area.create", entityId: area.id })).toMatchObject([{ actorId: staff.id, entityType: "Area", after: { name: "Les Hauts" } }]);
    expect(expired()).toEqual([TERRITORY_TAG]);
    expect((await listPublicAreas()).map((a) => a.name)).toContain("Les Hauts");
  });

  it("refuses a name already taken, whatever its case", async () => {
    await db.area.create({ data: { name: "Centre" } });
    const refused = await expectRefusedUnchanged(createAreaAction, { name: "centre" });
    expect(refused.fieldErrors?.name).toEqual([duplicateName("area", "Centre")]);
  });

  it("renames with the version guard, expiring the public reports (they show 'Secteur …'); a stale form is refused", async () => {
    const area = await db.area.create({ data: { name: "Centre" } });
    expect(await redirectPathOf(callAction(updateAreaAction, { areaId: area.id, version: "0", name: "Centre-ville" }))).toBe(`/gestion/territoire/secteurs/${area.id}?fait=modifie`);
    expect(await db.area.findUniqueOrThrow({ where: { id: area.id } })).toMatchObject({ name: "Centre-ville", version: 1 });
    expect(expired()).toEqual([PUBLIC_TAG, TERRITORY_TAG]);
    expect(await auditRows({ action: "area.update" })).toMatchObject([{ before: { name: "Centre" }, after: { name: "Centre-ville" } }]);
    revalidateTag.mockClear();
    await expectRefusedUnchanged(updateAreaAction, { areaId: area.id, version: "0", name: "Autre" }, placeConflict("area"));
  });

  it("writes nothing and expires nothing when nothing changed", async () => {
    const area = await db.area.create({ data: { name: "Centre" } });
    const before = await databaseSnapshot();
    expect(await redirectPathOf(callAction(updateAreaAction, { areaId: area.id, version: "0", name: "Centre" }))).toBe(`/gestion/territoire/secteurs/${area.id}?fait=inchange`);
    expect(await databaseSnapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("sites", () => {
  const siteFields = (areaId: string, extra: Fields = {}): Fields => ({ areaId, name: "Résidence Les Tilleuls", kind: "RESIDENCE", address: "12 rue des Tilleuls", ...extra });

  it("creates a site with its owner, access notes and a point inside the territory, rounded", async () => {
    const { area } = await mappedTerritory();
    const owner = await createPartner({ name: "Val Touraine Habitat" });
    const path = await redirectPathOf(
      callAction(createSiteAction, siteFields(area.id, { ownerPartnerId: owner.id, accessNotes: "Badge au local gardien.", latitude: "47,39512345", longitude: "0.6851" })),
    );
    const site = await db.site.findFirstOrThrow({ where: { name: "Résidence Les Tilleuls" } });
    expect(path).toBe(`/gestion/territoire/sites/${site.id}?fait=cree`);
    expect(site).toMatchObject({ areaId: area.id, ownerPartnerId: owner.id, accessNotes: "Badge au local gardien.", latitude: 47.395123, longitude: 0.6851 });
    expect(await auditRows({ action: "site.create", entityId: site.id })).toHaveLength(1);
    expect(expired()).toEqual([TERRITORY_TAG]);
    expect(await placeValues()).toContain(`site:${site.id}`);
  });

  it("creates a public space of the city: no owner", async () => {
    const { area } = await createTerritory();
    await redirectPathOf(callAction(createSiteAction, siteFields(area.id, { name: "Square Jean Moulin", kind: "PUBLIC_SPACE", ownerPartnerId: "" })));
    expect(await db.site.findFirstOrThrow({ where: { name: "Square Jean Moulin" } })).toMatchObject({ kind: "PUBLIC_SPACE", ownerPartnerId: null, latitude: null });
  });

  it("refuses a point outside the territory with a French message, and changes nothing", async () => {
    const { area } = await mappedTerritory();
    const refused = await expectRefusedUnchanged(createSiteAction, siteFields(area.id, { latitude: "48.8566", longitude: "2.3522" }), POINT_OUTSIDE_TERRITORY);
    expect(refused.fieldErrors?.latitude).toEqual([POINT_OUTSIDE_TERRITORY]);
  });

  it("refuses a name taken in the same area (another area may have it), an archived area, an archived owner", async () => {
    const { area, site } = await createTerritory({ siteName: "Les Tilleuls" });
    const other = await db.area.create({ data: { name: "Les Hauts" } });
    await expectRefusedUnchanged(createSiteAction, siteFields(area.id, { name: "les tilleuls" }), duplicateName("site", "Les Tilleuls", area.name));
    await redirectPathOf(callAction(createSiteAction, siteFields(other.id, { name: "Les Tilleuls" })));
    revalidateTag.mockClear();

    await db.area.update({ where: { id: other.id }, data: { archivedAt: new Date() } });
    await expectRefusedUnchanged(createSiteAction, siteFields(other.id, { name: "Nouvelle résidence" }), archivedParent("area", "Les Hauts"));

    const archivedOwner = await createPartner();
    await db.partner.update({ where: { id: archivedOwner.id }, data: { archivedAt: new Date() } });
    await expectRefusedUnchanged(createSiteAction, siteFields(area.id, { name: "Autre", ownerPartnerId: archivedOwner.id }), UNKNOWN_OWNER);
    expect(site).toBeDefined();
  });

  it("gives the site a new owner: the database copies it onto the site's reports", async () => {
    const landlord = await createPartner({ name: "Bailleur Un" });
    const next = await createPartner({ name: "Bailleur Deux" });
    const { area, site } = await createTerritory({ ownerPartnerId: landlord.id });
    const report = await createReportRow({ authorId: staff.id, categoryId: (await createCategory()).id, siteId: site.id, areaId: area.id });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).siteOwnerPartnerId).toBe(landlord.id);

    await redirectPathOf(callAction(updateSiteAction, { siteId: site.id, version: "0", name: site.name, kind: "RESIDENCE", address: "1 rue des Tests", ownerPartnerId: next.id }));
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).siteOwnerPartnerId).toBe(next.id);
    expect(await db.site.findUniqueOrThrow({ where: { id: site.id } })).toMatchObject({ ownerPartnerId: next.id, version: 1 });
    const [audit] = await auditRows({ action: "site.update", entityId: site.id });
    expect(audit).toMatchObject({ before: { ownerPartnerId: landlord.id }, after: { ownerPartnerId: next.id } });
    // The name did not change: the public report pages stay as they are.
    expect(expired()).toEqual([TERRITORY_TAG]);
  });

  it("keeps an owner archived since, and refuses to give the site another archived one", async () => {
    const owner = await createPartner();
    const { site } = await createTerritory({ ownerPartnerId: owner.id });
    await db.partner.update({ where: { id: owner.id }, data: { archivedAt: new Date() } });
    const base = { siteId: site.id, version: "0", name: site.name, kind: "RESIDENCE", address: "1 rue des Tests" };
    await redirectPathOf(callAction(updateSiteAction, { ...base, ownerPartnerId: owner.id, accessNotes: "Code 4521B." }));
    expect(await db.site.findUniqueOrThrow({ where: { id: site.id } })).toMatchObject({ ownerPartnerId: owner.id, accessNotes: "Code 4521B." });
    const other = await createPartner();
    await db.partner.update({ where: { id: other.id }, data: { archivedAt: new Date() } });
    revalidateTag.mockClear();
    await expectRefusedUnchanged(updateSiteAction, { ...base, version: "1", ownerPartnerId: other.id }, UNKNOWN_OWNER);
  });

  it("renaming a site expires the public reports, which show its name", async () => {
    const { site } = await createTerritory();
    await redirectPathOf(callAction(updateSiteAction, { siteId: site.id, version: "0", name: "Résidence renommée", kind: "RESIDENCE", address: "1 rue des Tests" }));
    expect(expired()).toEqual([PUBLIC_TAG, TERRITORY_TAG]);
  });

  it("refuses to move a site's point out of the territory", async () => {
    const { site } = await mappedTerritory();
    await expectRefusedUnchanged(
      updateSiteAction,
      { siteId: site.id, version: "0", name: site.name, kind: "RESIDENCE", address: "1 rue des Tests", latitude: "45.76", longitude: "4.83" },
      POINT_OUTSIDE_TERRITORY,
    );
  });
});

describe("buildings and entrances", () => {
  it("creates a building with its point, then an entrance, each audited and offered in the report form", async () => {
    const { site } = await mappedTerritory();
    const buildingPath = await redirectPathOf(
      callAction(createBuildingAction, { siteId: site.id, name: "Bâtiment C", address: "14 rue des Tests", accessNotes: "Clé au local vélos.", latitude: "47.3945", longitude: "0.6839" }),
    );
    const building = await db.building.findFirstOrThrow({ where: { name: "Bâtiment C" } });
    expect(buildingPath).toBe(`/gestion/territoire/batiments/${building.id}?fait=cree`);
    expect(building).toMatchObject({ siteId: site.id, accessNotes: "Clé au local vélos.", latitude: 47.3945, longitude: 0.6839 });

    const entrancePath = await redirectPathOf(callAction(createEntranceAction, { buildingId: building.id, name: "Entrée 2" }));
    const entrance = await db.entrance.findFirstOrThrow({ where: { buildingId: building.id } });
    expect(entrancePath).toBe(`/gestion/territoire/entrees/${entrance.id}?fait=cree`);
    expect(await auditRows({ action: "building.create" })).toHaveLength(1);
    expect(await auditRows({ action: "entrance.create" })).toHaveLength(1);
    expect(await placeValues()).toEqual(expect.arrayContaining([`building:${building.id}`, `entrance:${entrance.id}`]));
    expect((await listEntranceOptions()).map((e) => e.id)).toContain(entrance.id);
  });

  it("refuses a duplicate name within the building or site, and a point outside the territory", async () => {
    const { site, building, entrance } = await mappedTerritory();
    await expectRefusedUnchanged(createEntranceAction, { buildingId: building.id, name: entrance.name.toUpperCase() }, duplicateName("entrance", entrance.name, building.name));
    await expectRefusedUnchanged(createBuildingAction, { siteId: site.id, name: building.name, address: "1 rue" }, duplicateName("building", building.name, site.name));
    await expectRefusedUnchanged(createBuildingAction, { siteId: site.id, name: "Bâtiment Z", address: "1 rue", latitude: "43.6", longitude: "1.44" }, POINT_OUTSIDE_TERRITORY);
  });

  it("edits a building (its address is on the public pages) and an entrance (never public)", async () => {
    const { building, entrance } = await createTerritory();
    await redirectPathOf(callAction(updateBuildingAction, { buildingId: building.id, version: "0", name: building.name, address: "2 bis rue des Tests" }));
    expect(expired()).toEqual([PUBLIC_TAG, TERRITORY_TAG]);
    revalidateTag.mockClear();
    expect(await redirectPathOf(callAction(updateEntranceAction, { entranceId: entrance.id, version: "0", name: "Entrée A" }))).toBe(`/gestion/territoire/entrees/${entrance.id}?fait=modifie`);
    expect(expired()).toEqual([TERRITORY_TAG]);
    expect(await auditRows({ action: "entrance.update" })).toMatchObject([{ before: { name: "Entrée 1" }, after: { name: "Entrée A" } }]);
  });

  it("adds nothing under an archived building or under an archived site", async () => {
    const { site, building } = await createTerritory();
    await db.site.update({ where: { id: site.id }, data: { archivedAt: new Date() } });
    await expectRefusedUnchanged(createEntranceAction, { buildingId: building.id, name: "Entrée B" }, archivedParent("site", site.name));
    await expectRefusedUnchanged(createBuildingAction, { siteId: site.id, name: "Bâtiment D", address: "1 rue" }, archivedParent("site", site.name));
  });
});

describe("archive and un-archive", () => {
  it("archiving a site takes it, its buildings and entrances out of every offered list; what points at it keeps its name", async () => {
    const { area, site, building, entrance } = await createTerritory();
    const report = await createReportRow({ authorId: staff.id, categoryId: (await createCategory()).id, siteId: site.id, buildingId: building.id, areaId: area.id });

    expect(await redirectPathOf(callAction(setPlaceArchivedAction, { level: "site", id: site.id, version: "0", archived: "true" }))).toBe(
      `/gestion/territoire/sites/${site.id}?fait=archive`,
    );
    expect((await db.site.findUniqueOrThrow({ where: { id: site.id } })).archivedAt).not.toBeNull();
    expect(expired()).toEqual([TERRITORY_TAG]);
    expect(await auditRows({ action: "site.archive", entityId: site.id })).toHaveLength(1);

    expect(await placeValues()).toEqual([]);
    expect(await listEntranceOptions()).toEqual([]);
    // The report forms refuse it now (even posted by hand)…
    await expect(resolvePlace({ level: "entrance", id: entrance.id })).rejects.toThrow(PLACE_OUTSIDE_TERRITORY);
    await expect(resolvePlace({ level: "site", id: site.id })).rejects.toThrow(PLACE_OUTSIDE_TERRITORY);
    // …and the report filed there still reads its place.
    expect(formatPlace(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: placeSelect }))).toContain(site.name);

    revalidateTag.mockClear();
    await redirectPathOf(callAction(setPlaceArchivedAction, { level: "site", id: site.id, version: "1", archived: "false" }));
    expect(await placeValues()).toEqual([`site:${site.id}`, `building:${building.id}`, `entrance:${entrance.id}`]);
    expect(await auditRows({ action: "site.unarchive", entityId: site.id })).toHaveLength(1);
  });

  it("an archived area leaves the public filters; its place does not come back under an archived parent", async () => {
    const { area, site } = await createTerritory();
    await redirectPathOf(callAction(setPlaceArchivedAction, { level: "area", id: area.id, version: "0", archived: "true" }));
    expect(await listPublicAreas()).toEqual([]);
    await db.site.update({ where: { id: site.id }, data: { archivedAt: new Date() } });
    revalidateTag.mockClear();
    await expectRefusedUnchanged(setPlaceArchivedAction, { level: "site", id: site.id, version: "0", archived: "false" }, archivedParent("area", area.name));
  });

  it("an archived place's point no longer widens the territory", async () => {
    const { site } = await mappedTerritory();
    expect(await getTerritoryBounds()).not.toBeNull();
    await redirectPathOf(callAction(setPlaceArchivedAction, { level: "site", id: site.id, version: "0", archived: "true" }));
    expect(await getTerritoryBounds()).toBeNull();
  });

  it("changes nothing when the place already is in that state, and refuses a stale version", async () => {
    const { entrance } = await createTerritory();
    const before = await databaseSnapshot();
    expect(await redirectPathOf(callAction(setPlaceArchivedAction, { level: "entrance", id: entrance.id, version: "0", archived: "false" }))).toBe(
      `/gestion/territoire/entrees/${entrance.id}?fait=inchange`,
    );
    expect(await databaseSnapshot()).toEqual(before);
    await expectRefusedUnchanged(setPlaceArchivedAction, { level: "entrance", id: entrance.id, version: "7", archived: "true" }, placeConflict("entrance"));
  });
});

describe("delete", () => {
  it("deletes a place nothing points at, audited, and goes back to its parent", async () => {
    const { building, entrance } = await createTerritory();
    expect(await redirectPathOf(callAction(deletePlaceAction, { level: "entrance", id: entrance.id, version: "0", confirm: "on" }))).toBe(
      `/gestion/territoire/batiments/${building.id}?fait=supprime`,
    );
    expect(await db.entrance.count()).toBe(0);
    expect(await auditRows({ action: "entrance.delete", entityId: entrance.id })).toMatchObject([{ before: { name: entrance.name, parentId: building.id } }]);
    expect(expired()).toEqual([TERRITORY_TAG]);
  });

  it("deletes an empty area and goes back to the territory page", async () => {
    const area = await db.area.create({ data: { name: "Vide" } });
    expect(await redirectPathOf(callAction(deletePlaceAction, { level: "area", id: area.id, version: "0", confirm: "on" }))).toBe("/gestion/territoire?fait=supprime");
  });

  it("refuses while a report points at the place, while places are below it, while a resident lives there", async () => {
    const { area, site, building, entrance } = await createTerritory();
    await createReportRow({ authorId: staff.id, categoryId: (await createCategory()).id, siteId: site.id, areaId: area.id });
    await db.entrance.delete({ where: { id: entrance.id } });
    await db.building.delete({ where: { id: building.id } });
    await expectRefusedUnchanged(
      deletePlaceAction,
      { level: "site", id: site.id, version: "0", confirm: "on" },
      placeInUse("site", { children: 0, reports: 1, workOrders: 0, contractLines: 0, residents: 0 }),
    );
    await expectRefusedUnchanged(
      deletePlaceAction,
      { level: "area", id: area.id, version: "0", confirm: "on" },
      placeInUse("area", { children: 1, reports: 1, workOrders: 0, contractLines: 0, residents: 0 }),
    );

    const other = await createTerritory();
    await db.user.update({ where: { id: staff.id }, data: { entranceId: other.entrance.id } });
    await expectRefusedUnchanged(
      deletePlaceAction,
      { level: "entrance", id: other.entrance.id, version: "0", confirm: "on" },
      placeInUse("entrance", { children: 0, reports: 0, workOrders: 0, contractLines: 0, residents: 1 }),
    );
    await expectRefusedUnchanged(deletePlaceAction, { level: "building", id: other.building.id, version: "0", confirm: "on" });
  });

  it("refuses while a work order or a contract line points at the place", async () => {
    const { site, building, entrance } = await createTerritory();
    await db.entrance.delete({ where: { id: entrance.id } });
    const job = { origin: "STAFF", task: "Débarras du local vélos", scheduledDate: toDay("2026-12-10") } as const;
    await db.workOrder.create({ data: { ...job, siteId: site.id, buildingId: building.id } });
    await expectRefusedUnchanged(
      deletePlaceAction,
      { level: "building", id: building.id, version: "0", confirm: "on" },
      placeInUse("building", { children: 0, reports: 0, workOrders: 1, contractLines: 0, residents: 0 }),
    );

    const other = await createTerritory();
    await db.entrance.delete({ where: { id: other.entrance.id } });
    await db.building.delete({ where: { id: other.building.id } });
    const contract = await createContractRow({ partnerId: (await createPartner()).id });
    await createLineRow(contract.id, [other.site.id]);
    await expectRefusedUnchanged(
      deletePlaceAction,
      { level: "site", id: other.site.id, version: "0", confirm: "on" },
      placeInUse("site", { children: 0, reports: 0, workOrders: 0, contractLines: 1, residents: 0 }),
    );
    await db.workOrder.create({ data: { ...job, siteId: other.site.id } });
    await expectRefusedUnchanged(
      deletePlaceAction,
      { level: "site", id: other.site.id, version: "0", confirm: "on" },
      placeInUse("site", { children: 0, reports: 0, workOrders: 1, contractLines: 1, residents: 0 }),
    );
  });

  it("asks for the confirmation box", async () => {
    const { entrance } = await createTerritory();
    const refused = await expectRefusedUnchanged(deletePlaceAction, { level: "entrance", id: entrance.id, version: "0" });
    expect(refused.fieldErrors?.confirm).toEqual(["Cochez la case pour confirmer la suppression."]);
  });
});

describe("who may keep the territory", () => {
  const refusedRoles: [string, Role[]][] = [
    ["a resident", ["RESIDENT"]],
    ["an employee", ["EMPLOYEE"]],
    ["a partner", ["PARTNER"]],
    ["a board member", ["BOARD_MEMBER"]],
    ["the portal administrator (who only reads it)", ["ADMIN"]],
  ];

  it.each(refusedRoles)("refuses %s every change, and changes nothing", async (_, roles) => {
    const { area, site, building, entrance } = await createTerritory();
    await signInAs(await createUser({ roles }));
    const refusals = [
      () => expectRefusedUnchanged(createAreaAction, { name: "Nouveau" }, "Accès refusé."),
      () => expectRefusedUnchanged(updateAreaAction, { areaId: area.id, version: "0", name: "Renommé" }, "Accès refusé."),
      () => expectRefusedUnchanged(createSiteAction, { areaId: area.id, name: "Nouveau", kind: "FACILITY", address: "1 rue" }, "Accès refusé."),
      () => expectRefusedUnchanged(updateSiteAction, { siteId: site.id, version: "0", name: "Renommé", kind: "FACILITY", address: "1 rue" }, "Accès refusé."),
      () => expectRefusedUnchanged(createBuildingAction, { siteId: site.id, name: "Nouveau", address: "1 rue" }, "Accès refusé."),
      () => expectRefusedUnchanged(updateBuildingAction, { buildingId: building.id, version: "0", name: "Renommé", address: "1 rue" }, "Accès refusé."),
      () => expectRefusedUnchanged(createEntranceAction, { buildingId: building.id, name: "Nouvelle" }, "Accès refusé."),
      () => expectRefusedUnchanged(updateEntranceAction, { entranceId: entrance.id, version: "0", name: "Renommée" }, "Accès refusé."),
      () => expectRefusedUnchanged(setPlaceArchivedAction, { level: "site", id: site.id, version: "0", archived: "true" }, "Accès refusé."),
      () => expectRefusedUnchanged(deletePlaceAction, { level: "entrance", id: entrance.id, version: "0", confirm: "on" }, "Accès refusé."),
    ];
    for (const refusal of refusals) await refusal();
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublicFixFigures, getPublicReport, getPublicReportFigures, listPublicReportMapPoints, listPublicReports } from "@/lib/reports/queries/public";
import { PUBLIC_REPORTS_PAGE_SIZE } from "@/lib/reports/filter-params";
import { mapTileCspSource } from "@/lib/map-tiles";
import { resetDatabase } from "../../helpers/database";
import { createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";

let resident: TestUser;
let categoryId: string;
let place: { siteId: string; buildingId: string; areaId: string };
let otherPlace: { siteId: string; buildingId: string; areaId: string };

const page1 = { page: 1 };

beforeEach(async () => {
  await resetDatabase();
  resident = await createUser({ name: "Amina Benali", email: "amina.benali@exemple.test", phone: "0611223344" });
  categoryId = (await createCategory()).id;
  const t = await createTerritory();
  const o = await createTerritory();
  place = { siteId: t.site.id, buildingId: t.building.id, areaId: t.area.id };
  otherPlace = { siteId: o.site.id, buildingId: o.building.id, areaId: o.area.id };
  await db.building.update({ where: { id: t.building.id }, data: { latitude: 48.85, longitude: 2.35 } });
});

async function report(options: Partial<Parameters<typeof createReportRow>[0]> = {}) {
  return createReportRow({ ...place, categoryId, authorId: resident.id, description: "Texte privé de Mme Benali, 3e gauche", ...options });
}

describe("public report queries", () => {
  it("never lists private, rejected or duplicate reports", async () => {
    const shown = await report();
    await report({ visibility: "PRIVATE" });
    await report({ status: "REJECTED" });
    await report({ status: "DUPLICATE" });

    const list = await listPublicReports(page1);
    expect(list.items.map((r) => r.number)).toEqual([shown.number]);
    expect(list.total).toBe(1);
  });

  it("shows the moderated text only once approved, never the resident's own text or identity", async () => {
    const pending = await report();
    const approved = await report();
    await db.report.update({ where: { id: pending.id }, data: { publicDescription: "Texte en attente", moderationStatus: "PENDING" } });
    await db.report.update({ where: { id: approved.id }, data: { publicDescription: "Éclairage en panne dans le hall", moderationStatus: "APPROVED" } });
    await db.report.update({ where: { id: approved.id }, data: { reporterName: "Mme Rolland", reporterContact: "06 99 88 77 66", address: "devant chez Mme Rolland" } });

    const list = await listPublicReports(page1);
    const byNumber = new Map(list.items.map((r) => [r.number, r]));
    expect(byNumber.get(pending.number)?.text).toBeNull();
    expect(byNumber.get(approved.number)?.text).toBe("Éclairage en panne dans le hall");
    const detail = await getPublicReport(approved.number);
    const text = JSON.stringify([list, detail]);
    for (const secret of ["Texte privé", "Texte en attente", "Mme Rolland", "06 99 88 77 66", resident.id, resident.name, resident.email, "0611223344"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("shows only approved photos", async () => {
    const r = await report();
    await db.reportPhoto.createMany({
      data: [
        { reportId: r.id, storageKey: "k-ok", mime: "image/jpeg", width: 10, height: 10, bytes: 100, approvedForPublic: true },
        { reportId: r.id, storageKey: "k-no", mime: "image/jpeg", width: 10, height: 10, bytes: 100, approvedForPublic: false },
      ],
    });
    const okId = (await db.reportPhoto.findUniqueOrThrow({ where: { storageKey: "k-ok" } })).id;
    const [item] = (await listPublicReports(page1)).items;
    expect(item.photos.map((p) => p.id)).toEqual([okId]);
    expect((await getPublicReport(r.number))?.photos.map((p) => p.id)).toEqual([okId]);
  });

  it("filters by category, status and area, and paginates", async () => {
    const otherCategory = await createCategory();
    for (let i = 0; i < PUBLIC_REPORTS_PAGE_SIZE + 1; i++) await report();
    const resolved = await report({ status: "RESOLVED" });
    const elsewhere = await report({ ...otherPlace, categoryId: otherCategory.id });

    expect((await listPublicReports({ page: 2 })).items).toHaveLength(3);
    expect((await listPublicReports({ status: "RESOLVED", page: 1 })).items.map((r) => r.number)).toEqual([resolved.number]);
    expect((await listPublicReports({ categoryId: otherCategory.id, page: 1 })).items.map((r) => r.number)).toEqual([elsewhere.number]);
    expect((await listPublicReports({ areaId: otherPlace.areaId, page: 1 })).items.map((r) => r.number)).toEqual([elsewhere.number]);
  });

  it("counts an area's public reports by status", async () => {
    await report();
    await report({ status: "RESOLVED" });
    await report({ visibility: "PRIVATE" });
    await report({ ...otherPlace });

    const figures = await getPublicReportFigures(place.areaId);
    expect(figures.total).toBe(2);
    expect(figures.byStatus.find((s) => s.status === "NEW")?.count).toBe(1);
    expect(figures.byStatus.find((s) => s.status === "RESOLVED")?.count).toBe(1);
    expect((await getPublicReportFigures(null)).total).toBe(3);
  });

  it("has no public page for a private report", async () => {
    const hidden = await report({ visibility: "PRIVATE" });
    expect(await getPublicReport(hidden.number)).toBeNull();
    expect(await getPublicReport(999999)).toBeNull();
  });

  it("places map markers at the building, or at a report's own point once its public text is approved", async () => {
    await report();
    await report({ status: "CLOSED" });
    await report({ visibility: "PRIVATE" });
    const pending = await report();
    const approved = await report();
    const privatePoint = await report({ visibility: "PRIVATE" });
    for (const r of [pending, approved, privatePoint]) {
      await db.report.update({ where: { id: r.id }, data: { latitude: 48.851234, longitude: 2.352345 } });
    }
    await db.report.update({ where: { id: approved.id }, data: { moderationStatus: "APPROVED", publicDescription: "Banc cassé" } });

    const points = await listPublicReportMapPoints();

    // The pending one stays on its building with the others; the approved one has its point, rounded.
    expect(points).toHaveLength(2);
    expect(points).toContainEqual(expect.objectContaining({ lat: 48.85, lng: 2.35, open: 2, total: 3 }));
    expect(points).toContainEqual({ lat: 48.8512, lng: 2.3523, label: expect.stringMatching(new RegExp(`^Signalement n° ${approved.number} — `)), open: 1, total: 1 });
  });
});

describe("the map's filters", () => {
  it("keep the places of the reports of that status, category and area, with their counts", async () => {
    const otherCategoryId = (await createCategory()).id;
    await db.building.update({ where: { id: otherPlace.buildingId }, data: { latitude: 48.86, longitude: 2.36 } });
    await report();
    await report({ status: "RESOLVED" });
    await report({ categoryId: otherCategoryId });
    await report({ ...otherPlace });
    await report({ ...otherPlace, status: "RESOLVED", visibility: "PRIVATE" });

    const here = { lat: 48.85, lng: 2.35 };
    const there = { lat: 48.86, lng: 2.36 };
    const all = await listPublicReportMapPoints({});
    expect(all).toHaveLength(2);
    expect(all).toEqual(expect.arrayContaining([expect.objectContaining({ ...here, open: 2, total: 3 }), expect.objectContaining({ ...there, open: 1, total: 1 })]));
    expect(await listPublicReportMapPoints({ status: "RESOLVED" })).toEqual([expect.objectContaining({ ...here, open: 0, total: 1 })]);
    expect(await listPublicReportMapPoints({ categoryId: otherCategoryId })).toEqual([expect.objectContaining({ ...here, open: 1, total: 1 })]);
    expect(await listPublicReportMapPoints({ areaId: otherPlace.areaId! })).toEqual([expect.objectContaining({ ...there, open: 1, total: 1 })]);
    expect(await listPublicReportMapPoints({ areaId: otherPlace.areaId!, status: "RESOLVED" })).toEqual([]);
  });
});

describe("map tiles CSP source", () => {
  it("derives the host from the tile template", () => {
    expect(mapTileCspSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org");
    expect(mapTileCspSource("https://tiles.exemple.fr:8443/{z}/{x}/{y}.png")).toBe("https://tiles.exemple.fr:8443");
    expect(mapTileCspSource("javascript:alert(1)")).toBeNull();
  });
});

describe("the known values of the public filter (proxy.ts)", () => {
  it("are the active categories and the areas, as the filter form offers them", async () => {
    const { readKnownFilterValues, createPublicFilterGuard } = await import("@/lib/reports/public-filter-guard");
    const retired = await createCategory({ active: false });

    const known = await readKnownFilterValues();

    expect([...known.categories]).toEqual([categoryId]);
    expect([...known.areas].sort()).toEqual([place.areaId, otherPlace.areaId].sort());
    const guard = createPublicFilterGuard();
    expect(await guard.allows({ categoryId, status: "NEW", areaId: place.areaId, page: 2 })).toBe(true);
    expect(await guard.allows({ categoryId: retired.id, status: undefined, areaId: undefined, page: 1 })).toBe(false);
    expect(await guard.allows({ categoryId: undefined, status: undefined, areaId: "cm0000000000000000000000", page: 1 })).toBe(false);
  });
});

describe("getPublicFixFigures: what the home page tells residents", () => {
  const DAY = 24 * 3600 * 1000;
  async function fixed(options: { daysToFix: number; fixedDaysAgo: number; status?: "RESOLVED" | "CLOSED"; visibility?: "PUBLIC" | "PRIVATE" }) {
    const row = await report({ status: options.status ?? "RESOLVED", visibility: options.visibility });
    const resolvedAt = new Date(Date.now() - options.fixedDaysAgo * DAY);
    await db.report.update({ where: { id: row.id }, data: { resolvedAt, createdAt: new Date(resolvedAt.getTime() - options.daysToFix * DAY) } });
  }

  it("counts the public reports fixed in the last 30 days and the median time to fix them", async () => {
    await fixed({ daysToFix: 1, fixedDaysAgo: 2 });
    await fixed({ daysToFix: 3, fixedDaysAgo: 10, status: "CLOSED" });
    await fixed({ daysToFix: 5, fixedDaysAgo: 29 });
    await fixed({ daysToFix: 40, fixedDaysAgo: 29 });
    // Not counted: fixed 31 days ago, private, or still open.
    await fixed({ daysToFix: 1, fixedDaysAgo: 31 });
    await fixed({ daysToFix: 100, fixedDaysAgo: 1, visibility: "PRIVATE" });
    await report({ status: "ACKNOWLEDGED" });

    const figures = await getPublicFixFigures();

    expect(figures.fixed).toBe(4);
    // Median of 1, 3, 5 and 40 days: 4 days.
    expect(figures.medianSecondsToFix! / (24 * 3600)).toBeCloseTo(4, 3);
  });

  it("has no median when nothing was fixed", async () => {
    await report();
    expect(await getPublicFixFigures()).toEqual({ fixed: 0, medianSecondsToFix: null });
  });
});

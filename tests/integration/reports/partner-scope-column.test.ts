/**
 * Report.siteOwnerPartnerId, the copy of the report's site owner that the partner list filters on
 * (prisma/migrations/…_report_site_owner_partner: database triggers keep it). It must be right
 * whatever the write: a report created or moved through the app, a row written directly, a site
 * changing owner (no service edits sites yet: raw SQL here, as staff's future screen will do).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateReportDetailsAction } from "@/app/gestion/signalements/actions";
import { listPartnerReports } from "@/lib/reports/queries/partner";
import { createReportAction } from "@/lib/reports/report-submissions";
import { callAction } from "../../helpers/actions";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow, newIdempotencyKey, redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let landlord: { id: string };
let city: { id: string };
let resident: TestUser;
let categoryId: string;
let owned: Awaited<ReturnType<typeof createTerritory>>;
let cityOwned: Awaited<ReturnType<typeof createTerritory>>;
let unowned: Awaited<ReturnType<typeof createTerritory>>;

beforeEach(async () => {
  await resetDatabase();
  landlord = await createPartner({ name: "Habitat Test" });
  city = await createPartner({ name: "Ville Test", kind: "LOCAL_AUTHORITY" });
  resident = await createUser();
  categoryId = (await createCategory()).id;
  owned = await createTerritory({ ownerPartnerId: landlord.id });
  cityOwned = await createTerritory({ ownerPartnerId: city.id });
  unowned = await createTerritory();
});

const ownerCopyOf = async (reportId: string) =>
  (await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { siteOwnerPartnerId: true } })).siteOwnerPartnerId;

/** Every report's copy equals its site's owner (null without a site or an owner). */
async function expectEveryCopyRight() {
  const wrong = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Report" r LEFT JOIN "Site" s ON s.id = r."siteId"
    WHERE r."siteOwnerPartnerId" IS DISTINCT FROM s."ownerPartnerId"`;
  expect(wrong).toEqual([]);
}

async function submitAsResident(place: string) {
  await signInAs(resident);
  const idempotencyKey = newIdempotencyKey();
  await redirectPathOf(
    callAction(createReportAction, { categoryId, place, description: `La porte du hall ne ferme plus depuis hier soir (${place}).`, visibility: "PUBLIC", idempotencyKey }),
  );
  return (await db.report.findFirstOrThrow({ where: { enteredById: resident.id, idempotencyKey }, select: { id: true } })).id;
}

const listedFor = async (partnerId: string) => (await listPartnerReports({ id: "partner-scope-test", partnerIds: [partnerId] }, { page: 1 })).items.map((item) => item.id);

describe("Report.siteOwnerPartnerId", () => {
  it("is the site's owner when a resident reports at an entrance, on a site or on a site nobody owns", async () => {
    const atEntrance = await submitAsResident(`entrance:${owned.entrance.id}`);
    const onSite = await submitAsResident(`site:${cityOwned.site.id}`);
    const onUnowned = await submitAsResident(`building:${unowned.building.id}`);

    expect(await ownerCopyOf(atEntrance)).toBe(landlord.id);
    expect(await ownerCopyOf(onSite)).toBe(city.id);
    expect(await ownerCopyOf(onUnowned)).toBeNull();
    await expectEveryCopyRight();
  });

  it("is right for a row written directly, and a value written by hand is replaced by the site's owner", async () => {
    const report = await createReportRow({ authorId: resident.id, categoryId, siteId: owned.site.id });
    expect(await ownerCopyOf(report.id)).toBe(landlord.id);

    await db.report.update({ where: { id: report.id }, data: { siteOwnerPartnerId: city.id } });
    expect(await ownerCopyOf(report.id)).toBe(landlord.id);
    await db.$executeRaw`UPDATE "Report" SET "siteOwnerPartnerId" = NULL WHERE id = ${report.id}`;
    expect(await ownerCopyOf(report.id)).toBe(landlord.id);
  });

  it("follows the report when staff move it to another site", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    const report = await createReportRow({ authorId: resident.id, categoryId, siteId: owned.site.id, buildingId: owned.building.id, areaId: owned.area.id });
    await signInAs(staff);

    await redirectPathOf(callAction(updateReportDetailsAction, { reportId: report.id, version: "0", categoryId, place: `entrance:${cityOwned.entrance.id}` }));
    expect(await ownerCopyOf(report.id)).toBe(city.id);
    await redirectPathOf(callAction(updateReportDetailsAction, { reportId: report.id, version: "1", categoryId, place: `site:${unowned.site.id}` }));
    expect(await ownerCopyOf(report.id)).toBeNull();
    await expectEveryCopyRight();
  });

  it("follows the site when it changes owner, loses one, or its owner is deleted, and only on that site's reports", async () => {
    const onOwned = await createReportRow({ authorId: resident.id, categoryId, siteId: owned.site.id, status: "ROUTED" });
    const alsoOnOwned = await createReportRow({ authorId: resident.id, categoryId, siteId: owned.site.id, buildingId: owned.building.id });
    const onCitySite = await createReportRow({ authorId: resident.id, categoryId, siteId: cityOwned.site.id });

    await db.$executeRaw`UPDATE "Site" SET "ownerPartnerId" = ${city.id} WHERE id = ${owned.site.id}`;
    expect([await ownerCopyOf(onOwned.id), await ownerCopyOf(alsoOnOwned.id), await ownerCopyOf(onCitySite.id)]).toEqual([city.id, city.id, city.id]);
    await expectEveryCopyRight();

    await db.$executeRaw`UPDATE "Site" SET "ownerPartnerId" = NULL WHERE id = ${owned.site.id}`;
    expect([await ownerCopyOf(onOwned.id), await ownerCopyOf(onCitySite.id)]).toEqual([null, city.id]);

    // A partner deleted: the sites it owned have no owner any more (Site.ownerPartner: SetNull), nor their reports.
    const leaving = await createPartner({ name: "Bailleur sortant" });
    await db.$executeRaw`UPDATE "Site" SET "ownerPartnerId" = ${leaving.id} WHERE id = ${owned.site.id}`;
    expect(await ownerCopyOf(onOwned.id)).toBe(leaving.id);
    await db.partner.delete({ where: { id: leaving.id } });
    expect(await ownerCopyOf(onOwned.id)).toBeNull();
    await expectEveryCopyRight();
  });

  it("moves a site's public reports from the old owner's list to the new owner's", async () => {
    const report = await createReportRow({ authorId: resident.id, categoryId, siteId: owned.site.id, status: "ROUTED" });
    expect(await listedFor(landlord.id)).toEqual([report.id]);
    expect(await listedFor(city.id)).toEqual([]);

    await db.$executeRaw`UPDATE "Site" SET "ownerPartnerId" = ${city.id} WHERE id = ${owned.site.id}`;

    expect(await listedFor(landlord.id)).toEqual([]);
    expect(await listedFor(city.id)).toEqual([report.id]);
  });
});

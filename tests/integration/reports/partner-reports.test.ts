import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commentReportAsPartnerAction, setReportStatusAsPartnerAction } from "@/app/partenaire/signalements/actions";
import { getPartnerReport, listPartnerReports, PARTNER_REPORTS_PAGE_SIZE } from "@/lib/reports/queries/partner";
import { REPORT_CONFLICT, REPORT_NOT_FOUND } from "@/lib/reports/lifecycle";
import { revalidateTag } from "../../helpers/next-cache";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";


let landlord: { id: string; name: string };
let city: { id: string; name: string };
let landlordUser: TestUser;
let cityUser: TestUser;
let resident: TestUser;
let categoryId: string;
let ownSite: { siteId: string; buildingId: string };
let otherSite: { siteId: string; buildingId: string };

beforeEach(async () => {
  await resetDatabase();
  landlord = await createPartner({ name: "Habitat Test" });
  city = await createPartner({ name: "Ville Test", kind: "LOCAL_AUTHORITY" });
  landlordUser = await createUser({ roles: ["PARTNER"], partnerId: landlord.id });
  cityUser = await createUser({ roles: ["PARTNER"], partnerId: city.id });
  resident = await createUser({ name: "Amina Benali", email: "amina.benali@exemple.test", phone: "0611223344" });
  categoryId = (await createCategory()).id;
  const own = await createTerritory({ ownerPartnerId: landlord.id });
  const other = await createTerritory();
  ownSite = { siteId: own.site.id, buildingId: own.building.id };
  otherSite = { siteId: other.site.id, buildingId: other.building.id };
});

async function reportOn(place: { siteId: string; buildingId: string }, options: { partnerId?: string; status?: "NEW" | "ROUTED" | "PLANNED" | "RESOLVED" } = {}) {
  const report = await createReportRow({ ...place, categoryId, authorId: resident.id, status: options.status ?? "ROUTED" });
  if (options.partnerId) await db.report.update({ where: { id: report.id }, data: { partnerId: options.partnerId } });
  return report;
}

describe("getPartnerReport: the person's contact", () => {
  it("is shown to the partner staff gave it to, and to no other partner who sees the report", async () => {
    // On the landlord's site (the landlord sees it) and routed to the city, which got the contact.
    const report = await reportOn(ownSite, { partnerId: city.id });
    await db.report.update({ where: { id: report.id }, data: { contactConsent: true, contactSharedWithPartnerId: city.id } });

    expect((await getPartnerReport(actorOf(cityUser), report.id))?.contact).toEqual({ name: "Amina Benali", email: "amina.benali@exemple.test", phone: "0611223344" });
    // The landlord owns the site but does not handle the report: no detail page at all.
    expect(await getPartnerReport(actorOf(landlordUser), report.id)).toBeNull();
    const landlordList = await listPartnerReports(actorOf(landlordUser), { page: 1 });
    expect(landlordList.items.map((r) => r.id)).toEqual([report.id]);
    expect(JSON.stringify(landlordList)).not.toMatch(/Benali|amina|0611223344/);
  });

  it("is not shown without the staff's decision, and never for an account deleted since", async () => {
    const report = await reportOn(otherSite, { partnerId: city.id });
    await db.report.update({ where: { id: report.id }, data: { contactConsent: true } });
    const notShared = await getPartnerReport(actorOf(cityUser), report.id);
    expect(notShared?.contact).toBeNull();
    expect(JSON.stringify(notShared)).not.toMatch(/Benali|amina|0611223344/);

    await db.report.update({ where: { id: report.id }, data: { contactSharedWithPartnerId: city.id } });
    await db.user.update({ where: { id: resident.id }, data: { status: "DELETED" } });
    expect((await getPartnerReport(actorOf(cityUser), report.id))?.contact).toBeNull();
  });

  it("is the name and contact noted at the counter for a person without an account", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    const report = await createReportRow({ ...otherSite, categoryId, authorId: null, enteredById: staff.id, status: "ROUTED" });
    await db.report.update({
      where: { id: report.id },
      data: { partnerId: city.id, reporterName: "Mme Rolland", reporterContact: "06 12 34 56 78", contactConsent: true, contactSharedWithPartnerId: city.id },
    });

    expect((await getPartnerReport(actorOf(cityUser), report.id))?.contact).toEqual({ name: "Mme Rolland", email: null, phone: "06 12 34 56 78" });
  });
});

describe("listPartnerReports", () => {
  it("lists reports routed to the partner or on its sites, and nobody else's", async () => {
    const onSite = await reportOn(ownSite, { partnerId: city.id });
    const routed = await reportOn(otherSite, { partnerId: landlord.id });
    const cityOnly = await reportOn(otherSite, { partnerId: city.id });
    await reportOn(otherSite);

    const mine = await listPartnerReports(actorOf(landlordUser), { page: 1 });
    expect(mine.hasNextPage).toBe(false);
    expect(mine.items.map((r) => r.id).sort()).toEqual([onSite.id, routed.id].sort());

    const theirs = await listPartnerReports(actorOf(cityUser), { page: 1 });
    expect(theirs.items.map((r) => r.id).sort()).toEqual([onSite.id, cityOnly.id].sort());

    expect((await listPartnerReports({ id: landlordUser.id, partnerIds: [] }, { page: 1 })).items).toEqual([]);
  });

  it("filters by status and paginates", async () => {
    for (let i = 0; i < PARTNER_REPORTS_PAGE_SIZE + 1; i++) await reportOn(ownSite, { partnerId: landlord.id });
    await reportOn(ownSite, { status: "RESOLVED", partnerId: landlord.id });

    const first = await listPartnerReports(actorOf(landlordUser), { status: "ROUTED", page: 1 });
    expect(first.items).toHaveLength(PARTNER_REPORTS_PAGE_SIZE);
    expect(first.hasNextPage).toBe(true);
    const routed = await listPartnerReports(actorOf(landlordUser), { status: "ROUTED", page: 2 });
    expect(routed.items).toHaveLength(1);
    expect(routed.hasNextPage).toBe(false);
    const resolved = await listPartnerReports(actorOf(landlordUser), { status: "RESOLVED", page: 1 });
    expect(resolved.items.map((r) => r.status)).toEqual(["RESOLVED"]);
  });

  it("carries no personal data of the resident", async () => {
    await reportOn(ownSite, { partnerId: landlord.id });
    await reportOn(ownSite);
    const { items } = await listPartnerReports(actorOf(landlordUser), { page: 1 });
    const text = JSON.stringify(items);
    for (const secret of [resident.id, resident.name, resident.email, "0611223344"]) expect(text).not.toContain(secret);
  });
});

describe("getPartnerReport", () => {
  it("shows the public timeline and partner comments, without identities or internal notes", async () => {
    const report = await reportOn(ownSite, { partnerId: landlord.id });
    await db.report.update({ where: { id: report.id }, data: { reporterName: "Mme Rolland", reporterContact: "06 99 88 77 66" } });
    await db.reportEvent.createMany({
      data: [
        { reportId: report.id, kind: "COMMENT", comment: "Note interne de l'équipe", visibility: "INTERNAL", actorId: resident.id },
        { reportId: report.id, kind: "COMMENT", comment: "Passage prévu jeudi", visibility: "PARTNER", actorId: cityUser.id },
      ],
    });

    const dto = await getPartnerReport(actorOf(landlordUser), report.id);
    expect(dto).not.toBeNull();
    expect(dto!.events.map((e) => e.comment)).toContain("Passage prévu jeudi");
    const text = JSON.stringify(dto);
    for (const secret of ["Note interne", "Mme Rolland", "06 99 88 77 66", resident.id, resident.name, resident.email, cityUser.id]) {
      expect(text).not.toContain(secret);
    }
  });

  it("is null for another partner's report", async () => {
    const report = await reportOn(ownSite, { partnerId: landlord.id });
    expect(await getPartnerReport(actorOf(cityUser), report.id)).toBeNull();
  });
});

describe("partner actions", () => {
  it("takes a report in hand, then resolves it, each with an event, an audit row and a notification", async () => {
    const report = await reportOn(ownSite, { partnerId: landlord.id });
    await signInAs(landlordUser);

    await expectRedirect(
      callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "0", action: "take-in-hand" }),
      `/partenaire/signalements/${report.id}?pris-en-charge=1`,
    );
    await expectRedirect(
      callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "1", action: "resolve" }),
      `/partenaire/signalements/${report.id}?resolu=1`,
    );

    const row = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(row).toMatchObject({ status: "RESOLVED", version: 2 });
    expect(row.resolvedAt).not.toBeNull();
    const events = await db.reportEvent.findMany({ where: { reportId: report.id, kind: "STATUS_CHANGED" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.visibility])).toEqual([
      ["ROUTED", "PLANNED", "PUBLIC"],
      ["PLANNED", "RESOLVED", "PUBLIC"],
    ]);
    expect((await auditRows({ entityId: report.id })).map((a) => a.action)).toEqual(["report.partner-take-in-hand", "report.partner-resolve"]);
    const texts = (await db.notification.findMany({ where: { userId: resident.id, reportId: report.id }, orderBy: { createdAt: "asc" } })).map((n) => n.text);
    expect(texts).toHaveLength(2);
    // Every follower reads the same text: it must not ask supporters to confirm what only the author can.
    expect(texts[1]).toBe(`Le signalement n° ${report.number} est résolu, selon le partenaire chargé de l'intervention.`);
    expect(revalidateTag).toHaveBeenCalledWith("public-reports", { expire: 0 });
  });

  it("refuses a stale version with a French conflict message, changing nothing", async () => {
    const report = await reportOn(ownSite, { partnerId: landlord.id });
    await db.report.update({ where: { id: report.id }, data: { version: 3 } });
    await signInAs(landlordUser);
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "2", action: "resolve" }));

    expect(result.formError).toBe(REPORT_CONFLICT);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a move the status does not allow", async () => {
    const report = await reportOn(ownSite, { status: "RESOLVED", partnerId: landlord.id });
    await signInAs(landlordUser);
    const result = await expectRefused(callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "0", action: "take-in-hand" }));
    expect(result.formError).toMatch(/n'est pas possible/);
  });

  it("refuses another partner's report as not found, changing nothing", async () => {
    const report = await reportOn(ownSite, { partnerId: landlord.id });
    await signInAs(cityUser);
    const before = await databaseSnapshot();

    const status = await expectRefused(callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "0", action: "resolve" }));
    const comment = await expectRefused(callAction(commentReportAsPartnerAction, { reportId: report.id, comment: "Pas chez nous" }));

    expect(status.formError).toBe(REPORT_NOT_FOUND);
    expect(comment.formError).toBe(REPORT_NOT_FOUND);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("comments as a partner: not public, audited", async () => {
    const report = await reportOn(otherSite, { partnerId: landlord.id });
    await signInAs(landlordUser);

    await expectSuccess(callAction(commentReportAsPartnerAction, { reportId: report.id, comment: "Nous passons jeudi." }));

    const event = await db.reportEvent.findFirstOrThrow({ where: { reportId: report.id, kind: "COMMENT" } });
    expect(event).toMatchObject({ visibility: "PARTNER", comment: "Nous passons jeudi.", actorId: landlordUser.id });
    expect((await auditRows({ entityId: report.id })).map((a) => a.action)).toEqual(["report.partner-comment"]);
  });

  it("refuses a comment sent with a partnerId or an empty text", async () => {
    const report = await reportOn(ownSite, { partnerId: landlord.id });
    await signInAs(landlordUser);
    const extra = await expectRefused(callAction(commentReportAsPartnerAction, { reportId: report.id, comment: "Bonjour", partnerId: city.id }));
    expect(extra.formError).toMatch(/champs inattendus/);
    const empty = await expectRefused(callAction(commentReportAsPartnerAction, { reportId: report.id, comment: " " }));
    expect(empty.fieldErrors?.comment).toBeDefined();
  });
});

describe("a landlord that owns the site but does not handle the report", () => {
  it("may not act on a report routed to someone else, nor on an untriaged one: refused as not found, nothing changes", async () => {
    const routedElsewhere = await reportOn(ownSite, { partnerId: city.id });
    const untriaged = await reportOn(ownSite, { status: "NEW" });
    await signInAs(landlordUser);
    const before = await databaseSnapshot();

    for (const report of [routedElsewhere, untriaged]) {
      const status = await expectRefused(callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "0", action: "take-in-hand" }));
      const resolve = await expectRefused(callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "0", action: "resolve" }));
      const comment = await expectRefused(callAction(commentReportAsPartnerAction, { reportId: report.id, comment: "Nous passons." }));
      expect([status.formError, resolve.formError, comment.formError]).toEqual([REPORT_NOT_FOUND, REPORT_NOT_FOUND, REPORT_NOT_FOUND]);
      expect(await getPartnerReport(actorOf(landlordUser), report.id)).toBeNull();
    }
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("reads only the public fields of the reports the public pages show on its sites", async () => {
    const shown = await reportOn(ownSite, { status: "NEW" });
    await db.report.update({
      where: { id: shown.id },
      data: { address: "Chez M. Martin, 2e droite", entranceId: (await db.entrance.findFirstOrThrow({ where: { buildingId: ownSite.buildingId } })).id, description: "Code 1234A" },
    });
    const privateOne = await createReportRow({ ...ownSite, categoryId, authorId: resident.id, visibility: "PRIVATE" });
    const rejected = await reportOn(ownSite);
    await db.report.update({ where: { id: rejected.id }, data: { status: "REJECTED" } });

    const { items } = await listPartnerReports(actorOf(landlordUser), { page: 1 });

    expect(items.map((r) => r.id)).toEqual([shown.id]);
    expect(items[0]).toEqual({
      id: shown.id,
      number: shown.number,
      status: "NEW",
      createdAt: expect.any(Date),
      category: { name: expect.any(String) },
      place: expect.stringContaining("Bâtiment"),
      handled: false,
    });
    expect(JSON.stringify(items)).not.toMatch(/Martin|2e droite|Entrée 1|1234A/);
    expect(items.map((r) => r.id)).not.toContain(privateOne.id);
  });
});

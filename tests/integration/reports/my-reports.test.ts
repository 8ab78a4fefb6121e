import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { respondToResolutionAction } from "@/app/espace/signalements/actions";
import { supportReportAction } from "@/app/signalements/actions";
import { exportMyData } from "@/lib/people/export-data";
import { getMyReport, listMyReports, MY_REPORTS_PAGE_SIZE } from "@/lib/reports/queries/author";
import { COMMENT_REQUIRED, NOT_RESOLVED, REOPEN_WINDOW_OVER } from "@/lib/reports/model";
import { notifyReportFollowers } from "@/lib/notifications/report-followers";
import { CANNOT_SUPPORT } from "@/lib/reports/commands/author";
import { REPORT_CONFLICT } from "@/lib/reports/lifecycle";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

const DAY = 24 * 60 * 60 * 1000;

let resident: TestUser;
let neighbour: TestUser;
let base: { categoryId: string; siteId: string; buildingId: string };

beforeEach(async () => {
  await resetDatabase();
  resident = await createUser({ name: "Amina Benali" });
  neighbour = await createUser({ name: "Yves Petit" });
  const territory = await createTerritory();
  const category = await createCategory();
  base = { categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id };
  await signInAs(resident);
});

describe("listMyReports and getMyReport", () => {
  it("lists only the caller's reports, newest first, a page at a time", async () => {
    for (let i = 0; i < MY_REPORTS_PAGE_SIZE + 2; i++) await createReportRow({ ...base, authorId: resident.id });
    await createReportRow({ ...base, authorId: neighbour.id });

    const first = await listMyReports(actorOf(resident), 1);
    const second = await listMyReports(actorOf(resident), 2);

    expect(first.total).toBe(MY_REPORTS_PAGE_SIZE + 2);
    expect(first.items).toHaveLength(MY_REPORTS_PAGE_SIZE);
    expect(second.items).toHaveLength(2);
    const numbers = [...first.items, ...second.items].map((r) => r.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers).not.toContain(MY_REPORTS_PAGE_SIZE + 3); // the neighbour's
  });

  it("shows the timeline without internal events, and never another resident's report", async () => {
    const mine = await createReportRow({ ...base, authorId: resident.id });
    await db.reportEvent.createMany({
      data: [
        { reportId: mine.id, kind: "COMMENT", comment: "Nous passons demain.", visibility: "PUBLIC" },
        { reportId: mine.id, kind: "COMMENT", comment: "Note interne : relancer le bailleur.", visibility: "INTERNAL" },
      ],
    });
    const theirs = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PRIVATE" });
    const theirsPublic = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });

    await db.reportPhoto.createMany({
      data: [
        { reportId: mine.id, storageKey: "b.webp", mime: "image/webp", width: 800, height: 600, bytes: 1, createdAt: new Date(Date.now() + 1000) },
        { reportId: mine.id, storageKey: "a.webp", mime: "image/webp", width: 640, height: 480, bytes: 1, createdAt: new Date(Date.now() - 1000) },
      ],
    });

    const report = await getMyReport(actorOf(resident), mine.id);
    expect(report?.events.map((e) => e.comment)).toEqual([null, "Nous passons demain."]);
    expect(report?.events[0]).toMatchObject({ kind: "CREATED" });
    expect(report?.events.every((e) => e.createdAt instanceof Date && !Number.isNaN(e.createdAt.getTime()))).toBe(true);
    expect(report?.photos.map((p) => p.width)).toEqual([640, 800]);
    expect(report).toMatchObject({ id: mine.id, number: mine.number, status: "NEW", category: { name: expect.any(String) }, place: expect.any(String) });
    expect(await getMyReport(actorOf(resident), theirs.id)).toBeNull();
    expect(await getMyReport(actorOf(resident), theirsPublic.id)).toBeNull();
  });
});

describe("respondToResolutionAction", () => {
  async function resolved(daysAgo: number, authorId = resident.id) {
    return createReportRow({ ...base, authorId, status: "RESOLVED", resolvedAt: new Date(Date.now() - daysAgo * DAY) });
  }

  it("closes the report when the resident confirms it is fixed, with an event, an audit row and notifications", async () => {
    const report = await resolved(3);
    const supporter = await createUser();
    await db.reportSupporter.create({ data: { reportId: report.id, userId: supporter.id } });

    await expectRedirect(callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "fixed" }), `/espace/signalements/${report.id}?clos=1`);

    const after = await db.report.findUniqueOrThrow({ where: { id: report.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(after).toMatchObject({ status: "CLOSED", version: 1 });
    expect(after.closedAt).not.toBeNull();
    expect(after.events.at(-1)).toMatchObject({ kind: "STATUS_CHANGED", fromStatus: "RESOLVED", toStatus: "CLOSED", actorId: resident.id, visibility: "PUBLIC" });
    expect(await auditRows({ action: "report.confirm-fixed", entityId: report.id })).toHaveLength(1);
    // Followers are told; the resident who answered is not.
    expect(await db.notification.findMany({ select: { userId: true, kind: true } })).toEqual([{ userId: supporter.id, kind: "REPORT_CONFIRMED" }]);
  });

  it("reopens within 30 days with a comment, back to ACKNOWLEDGED", async () => {
    const report = await resolved(29);

    await expectRedirect(
      callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "not-fixed", comment: "La lumière s'éteint encore le soir." }),
      `/espace/signalements/${report.id}?rouvert=1`,
    );

    const after = await db.report.findUniqueOrThrow({ where: { id: report.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(after).toMatchObject({ status: "ACKNOWLEDGED", version: 1, resolvedAt: null });
    expect(after.reopenedAt).not.toBeNull();
    expect(after.events.at(-1)).toMatchObject({ fromStatus: "RESOLVED", toStatus: "ACKNOWLEDGED", comment: "La lumière s'éteint encore le soir." });
    expect(await auditRows({ action: "report.reopen", entityId: report.id })).toHaveLength(1);
  });

  it("refuses to reopen after 30 days, changing nothing", async () => {
    const report = await resolved(31);
    const before = await databaseSnapshot();

    const result = await expectRefused(
      callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "not-fixed", comment: "Toujours cassé." }),
    );

    expect(result.formError).toBe(REOPEN_WINDOW_OVER);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses to reopen without a comment, with the message next to the field", async () => {
    const report = await resolved(1);
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "not-fixed", comment: "  " }));

    expect(result.fieldErrors?.comment).toEqual([COMMENT_REQUIRED]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each(["NEW", "ACKNOWLEDGED", "PLANNED", "CLOSED", "REJECTED"] as const)("refuses any answer while the report is %s", async (status) => {
    const report = await createReportRow({ ...base, authorId: resident.id, status });
    const before = await databaseSnapshot();

    for (const decision of ["fixed", "not-fixed"]) {
      const result = await expectRefused(callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision, comment: "Commentaire" }));
      expect(result.formError).toBe(NOT_RESOLVED);
    }
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each([
    ["a status to set", { decision: "fixed", status: "RESOLVED" }],
    ["a decision that is a status", { decision: "RESOLVED" }],
    ["a decision that is a status (rejected)", { decision: "REJECTED" }],
  ])("refuses %s, changing nothing", async (_, extra) => {
    const report = await resolved(1);
    const before = await databaseSnapshot();
    await expectRefused(callAction(respondToResolutionAction, { reportId: report.id, version: "0", ...extra }));
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses to answer for another resident's report, public or private, as if it did not exist", async () => {
    for (const visibility of ["PRIVATE", "PUBLIC"] as const) {
      const theirs = await createReportRow({ ...base, authorId: neighbour.id, status: "RESOLVED", visibility });
      const before = await databaseSnapshot();

      const result = await expectRefused(callAction(respondToResolutionAction, { reportId: theirs.id, version: "0", decision: "fixed" }));

      expect(result.formError).toBe("Signalement introuvable.");
      expect(await databaseSnapshot()).toEqual(before);
    }
  });

  it("refuses an answer based on a stale page (someone changed the report meanwhile)", async () => {
    const report = await resolved(1);
    await db.report.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "fixed" }));

    // The one conflict message of a report, whoever acts (staff, partner, author).
    expect(result.formError).toBe(REPORT_CONFLICT);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("supportReportAction (« moi aussi »)", () => {
  it("adds the caller as a supporter once, however often they ask", async () => {
    const report = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });

    await expectRedirect(callAction(supportReportAction, { reportId: report.id }), `/signalements/nouveau?soutenu=${report.number}`);
    await expectRedirect(callAction(supportReportAction, { reportId: report.id }), `/signalements/nouveau?soutenu=${report.number}`);

    expect(await db.reportSupporter.findMany({ select: { userId: true, reportId: true } })).toEqual([{ userId: resident.id, reportId: report.id }]);
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).supporterCount).toBe(1);
    expect(await auditRows({ action: "report.support" })).toHaveLength(1);
  });

  it("accepts support for a public report entered by staff for someone without an account", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    const report = await createReportRow({ ...base, authorId: null, enteredById: staff.id, visibility: "PUBLIC" });
    await expectRedirect(callAction(supportReportAction, { reportId: report.id }), `/signalements/nouveau?soutenu=${report.number}`);
    expect(await db.reportSupporter.count()).toBe(1);
  });

  it("keeps one supporter row per person and report even when asked at the same moment", async () => {
    const report = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
    await Promise.allSettled([callAction(supportReportAction, { reportId: report.id }), callAction(supportReportAction, { reportId: report.id })]);
    expect(await db.reportSupporter.count()).toBe(1);
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).supporterCount).toBe(1);
  });

  it.each([
    ["another resident's private report", { authorId: "neighbour", visibility: "PRIVATE" }, CANNOT_SUPPORT],
    ["one's own report", { authorId: "resident", visibility: "PUBLIC" }, CANNOT_SUPPORT],
    ["a closed report", { authorId: "neighbour", visibility: "PUBLIC", status: "CLOSED" }, "Ce signalement est déjà traité : faites un nouveau signalement si le problème persiste."],
  ] as const)("refuses %s, changing nothing", async (_, options, message) => {
    const report = await createReportRow({
      ...base,
      authorId: options.authorId === "resident" ? resident.id : neighbour.id,
      visibility: options.visibility,
      status: "status" in options ? options.status : "NEW",
    });
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(supportReportAction, { reportId: report.id }));

    expect(result.formError).toBe(message);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("the personal data export", () => {
  it("includes the caller's reports, supports and notifications, not other people's", async () => {
    const mine = await createReportRow({ ...base, authorId: resident.id, description: "Mon signalement à moi." });
    await createReportRow({ ...base, authorId: neighbour.id, description: "Celui du voisin." });
    const theirs = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
    await db.reportSupporter.create({ data: { reportId: theirs.id, userId: resident.id } });
    await db.notification.create({ data: { userId: resident.id, reportId: mine.id, kind: "REPORT_STATUS", text: "Votre signalement avance." } });

    const { account } = await exportMyData(resident.id);

    expect(account.reportsAuthored).toMatchObject([{ number: mine.number, description: "Mon signalement à moi." }]);
    expect(account.reportsSupported).toMatchObject([{ report: { number: theirs.number } }]);
    expect(account.notifications).toMatchObject([{ text: "Votre signalement avance." }]);
    expect(JSON.stringify(account)).not.toContain("Celui du voisin.");
  });
});

describe("notifyReportFollowers", () => {
  it("notifies the author and supporters once each, except the person who acted", async () => {
    const report = await createReportRow({ ...base, authorId: resident.id });
    const supporter = await createUser();
    await db.reportSupporter.createMany({ data: [{ reportId: report.id, userId: supporter.id }, { reportId: report.id, userId: neighbour.id }] });

    const { notified } = await db.$transaction((tx) => notifyReportFollowers(tx, report.id, "Le signalement avance.", { exceptUserId: neighbour.id }));

    expect(notified).toBe(2);
    const rows = await db.notification.findMany({ select: { userId: true, text: true, readAt: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual([resident.id, supporter.id].sort());
    expect(rows.every((r) => r.text === "Le signalement avance." && r.readAt === null)).toBe(true);
  });

  it("notifies no one for a report entered for someone without an account and no supporters", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    const report = await createReportRow({ ...base, authorId: null, enteredById: staff.id });
    expect((await db.$transaction((tx) => notifyReportFollowers(tx, report.id, "Texte"))).notified).toBe(0);
  });
});

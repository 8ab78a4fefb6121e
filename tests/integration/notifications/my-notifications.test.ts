/**
 * "Mes notifications": a person's own list, newest first, a page at a time, where each leads;
 * opening one marks it read, "Tout marquer comme lu" marks theirs; nobody reads or marks
 * another person's; and the email preference of Mon espace.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteAccountAction, updateNotificationSettingsAction } from "@/app/espace/actions";
import { markAllNotificationsReadAction, openNotificationAction } from "@/app/espace/notifications/actions";
import { NOTIFICATIONS_PAGE_SIZE, countUnreadNotifications, listMyNotifications } from "@/lib/notifications/queries";
import { CHOOSE_EMAIL_PREFERENCE, NOTIFICATION_NOT_FOUND, listNotificationsSchema } from "@/lib/notifications/schemas";
import { exportMyData } from "@/lib/people/export-data";
import { loadSignedIn } from "@/lib/auth/session";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createTerritory, createUser, TEST_PASSWORD, type TestUser } from "../../helpers/factories";
import { createJob } from "../../helpers/work-orders";
import { revalidatePath } from "../../helpers/next-cache";
import { createCategory, createReportRow } from "../../helpers/reports";
import { sessionCookie, signInAs } from "../../helpers/session";

let resident: TestUser;
let neighbour: TestUser;
let base: { categoryId: string; siteId: string; buildingId: string };

beforeEach(async () => {
  await resetDatabase();
  resident = await createUser({ name: "Amina Benali", email: "amina@exemple.test" });
  neighbour = await createUser({ name: "Yves Petit", email: "yves@exemple.test" });
  const territory = await createTerritory();
  const category = await createCategory();
  base = { categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id };
  await signInAs(resident);
});

const MINUTE = 60 * 1000;

async function notify(userId: string, reportId: string, options: { minutesAgo?: number; read?: boolean; kind?: NotificationKind; text?: string } = {}) {
  return db.notification.create({
    data: {
      userId,
      reportId,
      kind: options.kind ?? "REPORT_STATUS",
      text: options.text ?? "Le signalement avance.",
      createdAt: new Date(Date.now() - (options.minutesAgo ?? 0) * MINUTE),
      readAt: options.read ? new Date(Date.now() - MINUTE) : null,
    },
    select: { id: true, readAt: true },
  });
}

const readAtOf = async (id: string) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt;

describe("listMyNotifications", () => {
  it("lists the caller's own notifications only, newest first, 20 a page, with the unread count", async () => {
    const report = await createReportRow({ ...base, authorId: resident.id });
    const total = NOTIFICATIONS_PAGE_SIZE + 3;
    for (let i = 0; i < total; i++) {
      await notify(resident.id, report.id, { minutesAgo: i, read: i % 2 === 1, text: `Étape ${i}` });
    }
    await notify(neighbour.id, report.id, { text: "Celle du voisin" });

    const first = await listMyNotifications(actorOf(resident), 1);
    const second = await listMyNotifications(actorOf(resident), 2);

    expect(first.total).toBe(total);
    expect(first.unread).toBe(12);
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(second.items).toHaveLength(3);
    const texts = [...first.items, ...second.items].map((n) => n.text);
    expect(texts).toEqual(Array.from({ length: total }, (_, i) => `Étape ${i}`));
    expect(texts).not.toContain("Celle du voisin");
    expect(first.items[0]).toMatchObject({ read: false, reportNumber: report.number });
    expect(first.items[1].read).toBe(true);
    expect(await countUnreadNotifications(resident.id)).toBe(12);
    expect(await countUnreadNotifications(neighbour.id)).toBe(1);
    // The header's count, read with the actor in one statement, is the same.
    const signedIn = async (user: TestUser) => {
      await signInAs(user);
      return (await loadSignedIn(sessionCookie()))?.unreadNotifications;
    };
    expect(await signedIn(resident)).toBe(12);
    expect(await signedIn(neighbour)).toBe(1);
  });

  it("leads the author to their report, a supporter to the public page, and nowhere they may not see", async () => {
    const own = await createReportRow({ ...base, authorId: resident.id, visibility: "PRIVATE" });
    const publicOne = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
    const privateOne = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PRIVATE" });
    const rejected = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC", status: "REJECTED" });
    const original = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
    const duplicate = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC", status: "DUPLICATE" });
    await db.report.update({ where: { id: duplicate.id }, data: { duplicateOfId: original.id } });
    for (const [i, r] of [own, publicOne, privateOne, rejected, duplicate].entries()) await notify(resident.id, r.id, { minutesAgo: i });

    const { items } = await listMyNotifications(actorOf(resident), 1);

    expect(items.map((n) => [n.reportNumber, n.href])).toEqual([
      [own.number, `/espace/signalements/${own.id}`],
      [publicOne.number, `/signalements/${publicOne.number}`],
      [privateOne.number, null],
      [rejected.number, null],
      [duplicate.number, `/signalements/${original.number}`],
    ]);
    // A small DTO: nothing about the report's author.
    expect(JSON.stringify(items)).not.toContain(neighbour.id);
  });

  it("reads a bad page number as the first page", () => {
    expect(listNotificationsSchema.parse({ page: "abc" }).page).toBe(1);
    expect(listNotificationsSchema.parse({ page: "-3" }).page).toBe(1);
    expect(listNotificationsSchema.parse({ page: "2" }).page).toBe(2);
  });
});

describe("notifications about a job", () => {
  const jobNote = (userId: string, workOrderId: string, kind: NotificationKind = "WORK_ORDER_DONE") =>
    db.notification.create({ data: { userId, workOrderId, kind, text: "L'intervention est terminée : elle attend votre validation." }, select: { id: true } });

  it("lead staff to the back office's job, the job's partner to its space, and nobody else anywhere", async () => {
    const landlord = await createPartner({ name: "Habitat Sud" });
    const otherLandlord = await createPartner({ name: "Logis Nord" });
    const staff = await createUser({ roles: ["STAFF"] });
    const partnerUser = await createUser({ roles: ["PARTNER"], partnerId: landlord.id });
    const otherPartnerUser = await createUser({ roles: ["PARTNER"], partnerId: otherLandlord.id });
    const job = await createJob({ partnerId: landlord.id, status: "DONE" });
    const staffJob = await createJob({ partnerId: null, status: "CANCELLED" });
    for (const user of [staff, partnerUser, otherPartnerUser]) await jobNote(user.id, job.id);
    await jobNote(partnerUser.id, staffJob.id, "WORK_ORDER_STATUS");

    const linksOf = async (user: TestUser) => (await listMyNotifications(actorOf(user), 1)).items.map((n) => [n.workOrderNumber, n.reportNumber, n.href]);

    expect(await linksOf(staff)).toEqual([[job.number, null, `/gestion/interventions/${job.id}`]]);
    expect(await linksOf(partnerUser)).toEqual([
      [staffJob.number, null, null],
      [job.number, null, `/partenaire/interventions/${job.id}`],
    ]);
    expect(await linksOf(otherPartnerUser)).toEqual([[job.number, null, null]]);
  });

  it("open the job's page and mark it read; a job the reader may not see brings them back to the list", async () => {
    const landlord = await createPartner({ name: "Habitat Sud" });
    const partnerUser = await createUser({ roles: ["PARTNER"], partnerId: landlord.id });
    const outsider = await createUser({ roles: ["PARTNER"], partnerId: (await createPartner({ name: "Logis Nord" })).id });
    const job = await createJob({ partnerId: landlord.id, status: "DONE" });
    const mine = await jobNote(partnerUser.id, job.id);
    const stray = await jobNote(outsider.id, job.id);

    await signInAs(partnerUser);
    await expectRedirect(callAction(openNotificationAction, { notificationId: mine.id }), `/partenaire/interventions/${job.id}`);
    expect(await readAtOf(mine.id)).toBeInstanceOf(Date);

    await signInAs(outsider);
    await expectRedirect(callAction(openNotificationAction, { notificationId: stray.id }), "/espace/notifications");
    expect(await readAtOf(stray.id)).toBeInstanceOf(Date);
  });
});

describe("notifications about a volunteer's mission", () => {
  it("lead to the volunteer's missions, read once opened", async () => {
    const note = await db.notification.create({ data: { userId: resident.id, kind: "VOLUNTEER_MISSION", text: "La mission « Fête des voisins » est annulée." }, select: { id: true } });

    expect((await listMyNotifications(actorOf(resident), 1)).items.map((n) => [n.kind, n.href])).toEqual([["VOLUNTEER_MISSION", "/espace/benevolat"]]);
    await expectRedirect(callAction(openNotificationAction, { notificationId: note.id }), "/espace/benevolat");
    expect(await readAtOf(note.id)).toBeInstanceOf(Date);
  });
});

describe("openNotificationAction", () => {
  it("marks the notification read and opens the report", async () => {
    const report = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
    const note = await notify(resident.id, report.id);
    const other = await notify(resident.id, report.id, { minutesAgo: 1 });

    await expectRedirect(callAction(openNotificationAction, { notificationId: note.id }), `/signalements/${report.number}`);

    expect(await readAtOf(note.id)).toBeInstanceOf(Date);
    expect(await readAtOf(other.id)).toBeNull();
    expect(await countUnreadNotifications(resident.id)).toBe(1);
    expect(revalidatePath).toHaveBeenCalledWith("/espace", "layout");
  });

  it("opens a notification already read without changing when it was read", async () => {
    const report = await createReportRow({ ...base, authorId: resident.id });
    const note = await notify(resident.id, report.id, { read: true });
    const readAt = await readAtOf(note.id);

    await expectRedirect(callAction(openNotificationAction, { notificationId: note.id }), `/espace/signalements/${report.id}`);

    expect(await readAtOf(note.id)).toEqual(readAt);
  });

  it("marks read and comes back to the list when the report is not one the person may see", async () => {
    const report = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PRIVATE" });
    const note = await notify(resident.id, report.id);

    await expectRedirect(callAction(openNotificationAction, { notificationId: note.id }), "/espace/notifications");

    expect(await readAtOf(note.id)).toBeInstanceOf(Date);
  });

  it("refuses another person's notification as if it did not exist, and changes nothing", async () => {
    const report = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
    const theirs = await notify(neighbour.id, report.id);
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(openNotificationAction, { notificationId: theirs.id }));

    expect(refused.formError).toBe(NOTIFICATION_NOT_FOUND);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await readAtOf(theirs.id)).toBeNull();
  });

  it.each([
    ["an empty id", { notificationId: "" }],
    ["an id with odd characters", { notificationId: "../../admin" }],
    ["an id far too long", { notificationId: "a".repeat(200) }],
    ["no id at all", {}],
  ])("refuses %s with a French message, changing nothing", async (_, fields) => {
    const report = await createReportRow({ ...base, authorId: resident.id });
    await notify(resident.id, report.id);
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(openNotificationAction, fields));

    expect(refused.fieldErrors?.notificationId).toEqual([NOTIFICATION_NOT_FOUND]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a userId slipped into the form, changing nothing", async () => {
    const report = await createReportRow({ ...base, authorId: neighbour.id });
    const theirs = await notify(neighbour.id, report.id);
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(openNotificationAction, { notificationId: theirs.id, userId: neighbour.id }));

    expect(refused.formError).toContain("champs inattendus");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("markAllNotificationsReadAction", () => {
  it("marks every unread notification of the caller read, and nobody else's", async () => {
    const report = await createReportRow({ ...base, authorId: resident.id });
    const mine = [await notify(resident.id, report.id), await notify(resident.id, report.id, { minutesAgo: 2 })];
    const alreadyRead = await notify(resident.id, report.id, { read: true, minutesAgo: 3 });
    const readAt = await readAtOf(alreadyRead.id);
    const theirs = await notify(neighbour.id, report.id);

    const result = await expectSuccess(callAction(markAllNotificationsReadAction, {}));

    expect(result.message).toBe("Toutes vos notifications sont marquées comme lues.");
    expect(result.data).toEqual({ count: 2 });
    for (const n of mine) expect(await readAtOf(n.id)).toBeInstanceOf(Date);
    expect(await readAtOf(alreadyRead.id)).toEqual(readAt);
    expect(await readAtOf(theirs.id)).toBeNull();
    expect(await countUnreadNotifications(resident.id)).toBe(0);
  });

  it("refuses anything sent with it (a userId), changing nothing", async () => {
    const report = await createReportRow({ ...base, authorId: neighbour.id });
    await notify(neighbour.id, report.id);
    await notify(resident.id, report.id);
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(markAllNotificationsReadAction, { userId: neighbour.id }));

    expect(refused.formError).toContain("champs inattendus");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("updateNotificationSettingsAction", () => {
  it("turns emails off then on, with an audit row naming the choice", async () => {
    expect((await db.user.findUniqueOrThrow({ where: { id: resident.id } })).notifyByEmail).toBe(true);

    const off = await expectSuccess(callAction(updateNotificationSettingsAction, { notifyByEmail: "no" }));
    expect(off.message).toBe("Votre choix est enregistré.");
    expect((await db.user.findUniqueOrThrow({ where: { id: resident.id } })).notifyByEmail).toBe(false);
    await expectSuccess(callAction(updateNotificationSettingsAction, { notifyByEmail: "yes" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: resident.id } })).notifyByEmail).toBe(true);

    const audits = await auditRows({ action: "user.notification-settings" });
    expect(audits.map((a) => [a.actorId, a.entityId, a.before, a.after])).toEqual([
      [resident.id, resident.id, { notifyByEmail: true }, { notifyByEmail: false }],
      [resident.id, resident.id, { notifyByEmail: false }, { notifyByEmail: true }],
    ]);
    expect((await exportMyData(resident.id)).account.notifyByEmail).toBe(true);
  });

  it.each([
    ["no choice", {}],
    ["a value from nowhere", { notifyByEmail: "peut-etre" }],
  ])("refuses %s with a French message next to the field, changing nothing", async (_, fields) => {
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(updateNotificationSettingsAction, fields));

    expect(refused.fieldErrors?.notifyByEmail).toEqual([CHOOSE_EMAIL_PREFERENCE]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("changes only the caller's own preference, whatever is sent", async () => {
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(updateNotificationSettingsAction, { notifyByEmail: "no", userId: neighbour.id }));

    expect(refused.formError).toContain("champs inattendus");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("deleting one's account", () => {
  it("erases the person's notifications, and nobody else's", async () => {
    // The neighbour's report: it stays (the person's own unmoderated reports go, with everyone's notifications about them).
    const report = await createReportRow({ ...base, authorId: neighbour.id });
    await notify(resident.id, report.id);
    await notify(resident.id, report.id, { read: true });
    const theirs = await notify(neighbour.id, report.id);

    await expectRedirect(callAction(deleteAccountAction, { confirmation: "SUPPRIMER", password: TEST_PASSWORD }), "/compte-supprime");

    expect(await db.notification.count({ where: { userId: resident.id } })).toBe(0);
    expect(await db.notification.findMany({ select: { id: true } })).toEqual([{ id: theirs.id }]);
  });
});

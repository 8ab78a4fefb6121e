/**
 * Who hears about a change to a report: every follower (author and supporters), once, in the
 * portal and by email (unless they said no), never the person who made the change, never with
 * another resident's identity in the text; emails leave after the commit and a mail that cannot
 * leave changes nothing to the outcome.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addReportCommentAction, markReportDuplicateAction, setReportStatusAction } from "@/app/gestion/signalements/actions";
import { setReportStatusAsPartnerAction } from "@/app/partenaire/signalements/actions";
import { respondToResolutionAction } from "@/app/espace/signalements/actions";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { notifyReportFollowers } from "@/lib/notifications/report-followers";
import { callAction, expectRedirect } from "../../helpers/actions";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { allMails, mailsTo, refuseMailTo } from "../../helpers/mail";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let staff: TestUser;
let author: TestUser;
let supporter: TestUser;
let otherSupporter: TestUser;
let base: { categoryId: string; siteId: string; buildingId: string; areaId: string };

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", email: "claire.agent@regie.test", roles: ["STAFF"] });
  author = await createUser({ name: "Amina Benali", email: "amina@exemple.test" });
  supporter = await createUser({ name: "Yves Petit", email: "yves@exemple.test" });
  otherSupporter = await createUser({ name: "Inès Moreau", email: "ines@exemple.test" });
  const territory = await createTerritory();
  const category = await createCategory();
  base = { categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id, areaId: territory.area.id };
  await signInAs(staff);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function followedReport(options: { status?: "NEW" | "ACKNOWLEDGED" | "ROUTED" | "RESOLVED"; supporters?: TestUser[]; authorId?: string | null } = {}) {
  const authorId = options.authorId === undefined ? author.id : options.authorId;
  const report = await createReportRow({ ...base, authorId, enteredById: authorId ?? staff.id, status: options.status ?? "NEW" });
  const supporters = options.supporters ?? [supporter, otherSupporter];
  if (supporters.length) {
    await db.reportSupporter.createMany({ data: supporters.map((s) => ({ reportId: report.id, userId: s.id })) });
    await db.report.update({ where: { id: report.id }, data: { supporterCount: supporters.length } });
  }
  return report;
}

/** Each notification of the report, with when its email left (null: none, or not yet). */
async function notificationsOf(reportId: string) {
  const rows = await db.notification.findMany({ where: { reportId }, select: { userId: true, kind: true, text: true, readAt: true, mail: { select: { sentAt: true } } } });
  return rows.map(({ mail, ...row }) => ({ ...row, emailedAt: mail?.sentAt ?? null }));
}

/** userId → kinds, sorted, to compare sets of recipients. */
async function recipients(reportId: string) {
  const rows = await notificationsOf(reportId);
  return rows.map((r) => r.userId).sort();
}

const ids = (...users: TestUser[]) => users.map((u) => u.id).sort();

/** No text a follower receives names another person of the report. */
function expectNoIdentity(text: string, ...people: TestUser[]) {
  for (const person of people) {
    expect(text).not.toContain(person.name);
    expect(text).not.toContain(person.email);
  }
}

describe("a staff status change", () => {
  it("notifies the author and every supporter once, in the portal and by email, after the commit", async () => {
    const report = await followedReport();

    await expectRedirect(
      callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED", comment: "Nous passons jeudi." }),
      `/gestion/signalements/${report.id}?fait=statut`,
    );

    const rows = await notificationsOf(report.id);
    expect(rows.map((r) => r.userId).sort()).toEqual(ids(author, supporter, otherSupporter));
    for (const row of rows) {
      expect(row).toMatchObject({ kind: "REPORT_STATUS", readAt: null });
      expect(row.text).toBe(`Le signalement n° ${report.number} est maintenant « Pris en compte ».\n\nNous passons jeudi.`);
      expect(row.emailedAt).toBeInstanceOf(Date);
    }
    expect(mailsTo(author.email)).toHaveLength(1);
    expect(mailsTo(author.email)[0].subject).toBe(`Votre signalement n° ${report.number}`);
    expect(mailsTo(author.email)[0].text).toContain(`/espace/signalements/${report.id}`);
    for (const follower of [supporter, otherSupporter]) {
      const mails = mailsTo(follower.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe(`Le signalement n° ${report.number} que vous suivez`);
      expect(mails[0].text).toContain("Pris en compte");
      expect(mails[0].text).toContain("Nous passons jeudi.");
      expect(mails[0].text).toContain("/espace/notifications");
      expect(mails[0].text).not.toContain(`/espace/signalements/${report.id}`);
    }
    // The staff member who acted hears nothing.
    expect(mailsTo(staff.email)).toHaveLength(0);
    expect(allMails()).toHaveLength(3);
  });

  it("never tells the person who made the change, even when they follow the report", async () => {
    const report = await followedReport({ supporters: [supporter, staff] });

    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED" }), `/gestion/signalements/${report.id}?fait=statut`);

    expect(await recipients(report.id)).toEqual(ids(author, supporter));
    expect(mailsTo(staff.email)).toHaveLength(0);
  });

  it("keeps the portal notification but sends no email to a follower who said no to emails", async () => {
    const report = await followedReport();
    await db.user.update({ where: { id: supporter.id }, data: { notifyByEmail: false } });

    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "PLANNED" }), `/gestion/signalements/${report.id}?fait=statut`);

    expect(await recipients(report.id)).toEqual(ids(author, supporter, otherSupporter));
    expect(mailsTo(supporter.email)).toHaveLength(0);
    expect(mailsTo(otherSupporter.email)).toHaveLength(1);
    const row = await db.notification.findFirstOrThrow({ where: { reportId: report.id, userId: supporter.id }, include: { mail: true } });
    expect(row.mail).toBeNull();
  });

  it("emails no disabled account and notifies no deleted one", async () => {
    const report = await followedReport();
    await db.user.update({ where: { id: supporter.id }, data: { status: "DISABLED" } });
    await db.user.update({ where: { id: otherSupporter.id }, data: { status: "DELETED" } });

    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED" }), `/gestion/signalements/${report.id}?fait=statut`);

    expect(await recipients(report.id)).toEqual(ids(author, supporter));
    expect(mailsTo(supporter.email)).toHaveLength(0);
    expect(mailsTo(otherSupporter.email)).toHaveLength(0);
    expect(mailsTo(author.email)).toHaveLength(1);
  });

  it("tells supporters of a report entered at the counter for someone without an account", async () => {
    const report = await followedReport({ authorId: null });

    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED" }), `/gestion/signalements/${report.id}?fait=statut`);

    expect(await recipients(report.id)).toEqual(ids(supporter, otherSupporter));
    expect(allMails().map((m) => m.to[0]).sort()).toEqual([otherSupporter.email, supporter.email].sort());
  });

  it("tells followers of a rejection, with its reason", async () => {
    const report = await followedReport();

    await expectRedirect(
      callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "REJECTED", comment: "Relève de la mairie : appelez le 3975." }),
      `/gestion/signalements/${report.id}?fait=statut`,
    );

    const rows = await notificationsOf(report.id);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.kind === "REPORT_STATUS" && r.text.includes("« Refusé »") && r.text.includes("Relève de la mairie"))).toBe(true);
    expect(mailsTo(supporter.email)[0].text).toContain("Relève de la mairie : appelez le 3975.");
  });

  it("tells followers when staff reopen a resolved report", async () => {
    const report = await followedReport({ status: "RESOLVED" });

    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED" }), `/gestion/signalements/${report.id}?fait=statut`);

    const rows = await notificationsOf(report.id);
    expect(rows.map((r) => r.kind)).toEqual<NotificationKind[]>(["REPORT_REOPENED", "REPORT_REOPENED", "REPORT_REOPENED"]);
  });

  it("names nobody: the texts and emails followers get carry no resident's or staff member's name or address", async () => {
    const report = await followedReport();

    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED" }), `/gestion/signalements/${report.id}?fait=statut`);

    for (const row of await notificationsOf(report.id)) expectNoIdentity(row.text, author, supporter, otherSupporter, staff);
    for (const mail of allMails()) {
      const others = [author, supporter, otherSupporter, staff].filter((p) => !mail.to.includes(p.email));
      expectNoIdentity(`${mail.subject}\n${mail.text}`, ...others);
    }
  });
});

describe("comments", () => {
  it("tells every follower of a public comment, and nobody of an internal note", async () => {
    const report = await followedReport();

    await expectRedirect(
      callAction(addReportCommentAction, { reportId: report.id, version: "0", comment: "Note interne : relancer le bailleur.", visibility: "INTERNAL" }),
      `/gestion/signalements/${report.id}?fait=commentaire`,
    );
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboundMail.count()).toBe(0);
    expect(allMails()).toHaveLength(0);

    await expectRedirect(
      callAction(addReportCommentAction, { reportId: report.id, version: "1", comment: "Nous passons demain matin.", visibility: "PUBLIC" }),
      `/gestion/signalements/${report.id}?fait=commentaire`,
    );
    const rows = await notificationsOf(report.id);
    expect(rows.map((r) => r.userId).sort()).toEqual(ids(author, supporter, otherSupporter));
    expect(rows.every((r) => r.kind === "REPORT_COMMENT" && r.text.includes("Nous passons demain matin."))).toBe(true);
    expect(allMails()).toHaveLength(3);
    expect(allMails().some((m) => m.text.includes("relancer le bailleur"))).toBe(false);
  });
});

describe("the author's answer to a resolution", () => {
  it("tells the supporters, not the author, that the repair is confirmed", async () => {
    const report = await followedReport({ status: "RESOLVED" });
    await signInAs(author);

    await expectRedirect(callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "fixed" }), `/espace/signalements/${report.id}?clos=1`);

    const rows = await notificationsOf(report.id);
    expect(rows.map((r) => r.userId).sort()).toEqual(ids(supporter, otherSupporter));
    expect(rows.every((r) => r.kind === "REPORT_CONFIRMED" && r.emailedAt instanceof Date)).toBe(true);
    expect(mailsTo(supporter.email)).toHaveLength(1);
    expect(mailsTo(author.email)).toHaveLength(0);
  });

  it("tells the supporters of a reopening without repeating the resident's own words", async () => {
    const report = await followedReport({ status: "RESOLVED" });
    await signInAs(author);

    await expectRedirect(
      callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "not-fixed", comment: "Toujours en panne chez moi au 3e, Amina." }),
      `/espace/signalements/${report.id}?rouvert=1`,
    );

    const rows = await notificationsOf(report.id);
    expect(rows.map((r) => r.userId).sort()).toEqual(ids(supporter, otherSupporter));
    expect(rows.every((r) => r.kind === "REPORT_REOPENED")).toBe(true);
    for (const text of [...rows.map((r) => r.text), ...allMails().map((m) => m.text)]) {
      expect(text).not.toContain("Toujours en panne");
      expectNoIdentity(text, author);
    }
    expect(allMails().map((m) => m.to[0]).sort()).toEqual([otherSupporter.email, supporter.email].sort());
  });
});

describe("a partner's status change", () => {
  it("tells the author and the supporters, in the portal and by email", async () => {
    const partner = await createPartner();
    const partnerUser = await createUser({ roles: ["PARTNER"], partnerId: partner.id, email: "contact@bailleur.test" });
    const report = await followedReport({ status: "ROUTED" });
    await db.report.update({ where: { id: report.id }, data: { partnerId: partner.id } });
    await signInAs(partnerUser);

    await expectRedirect(
      callAction(setReportStatusAsPartnerAction, { reportId: report.id, version: "0", action: "take-in-hand" }),
      `/partenaire/signalements/${report.id}?pris-en-charge=1`,
    );

    expect(await recipients(report.id)).toEqual(ids(author, supporter, otherSupporter));
    expect(allMails().map((m) => m.to[0]).sort()).toEqual([author.email, otherSupporter.email, supporter.email].sort());
    expect(mailsTo(partnerUser.email)).toHaveLength(0);
  });
});

describe("a duplicate merge", () => {
  it("tells the duplicate's followers once each, then they follow the original", async () => {
    const originalAuthor = await createUser({ name: "Paul Durand", email: "paul@exemple.test" });
    const original = await createReportRow({ ...base, authorId: originalAuthor.id });
    const originalSupporter = await createUser({ email: "sam@exemple.test" });
    await db.reportSupporter.create({ data: { reportId: original.id, userId: originalSupporter.id } });
    // `supporter` follows both: one notification per change, never two.
    await db.reportSupporter.create({ data: { reportId: original.id, userId: supporter.id } });
    const duplicate = await followedReport();

    await expectRedirect(
      callAction(markReportDuplicateAction, { reportId: duplicate.id, version: "0", duplicateOfNumber: String(original.number) }),
      `/gestion/signalements/${duplicate.id}?fait=doublon`,
    );

    const merged = await notificationsOf(duplicate.id);
    expect(merged.map((r) => r.userId).sort()).toEqual(ids(author, supporter, otherSupporter));
    expect(merged.every((r) => r.text.includes(`vous suivez désormais le n° ${original.number}`))).toBe(true);
    expect(await notificationsOf(original.id)).toEqual([]);
    expect(allMails().map((m) => m.to[0]).sort()).toEqual([author.email, otherSupporter.email, supporter.email].sort());

    // The next change to the original reaches its own followers and the moved ones, once each.
    await expectRedirect(callAction(setReportStatusAction, { reportId: original.id, version: "0", status: "ACKNOWLEDGED" }), `/gestion/signalements/${original.id}?fait=statut`);

    expect(await recipients(original.id)).toEqual(ids(originalAuthor, originalSupporter, supporter, author, otherSupporter));
    expect(mailsTo(supporter.email)).toHaveLength(2);
  });
});

describe("emails leave after the commit", () => {
  it("sends nothing from inside the transaction: a change rolled back leaves no notification and no mail", async () => {
    const report = await followedReport();

    const rolledBack = db.$transaction(async (tx) => {
      const { mailIds } = await notifyReportFollowers(tx, report.id, "Le signalement avance.");
      expect((await tx.outboundMail.findMany({ where: { id: { in: mailIds } } })).map((m) => m.to).sort()).toEqual([author.email, otherSupporter.email, supporter.email].sort());
      throw new Error("something failed later in the same change");
    });

    await expect(rolledBack).rejects.toThrow("something failed later");
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboundMail.count()).toBe(0);
    expect(allMails()).toHaveLength(0);
  });
});

describe("when a mail cannot leave", () => {
  it("still completes the change, keeps every notification, and gives up only the refused mail", async () => {
    const report = await followedReport();
    refuseMailTo(supporter.email);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});

    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED" }), `/gestion/signalements/${report.id}?fait=statut`);

    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "ACKNOWLEDGED", version: 1 });
    const rows = await notificationsOf(report.id);
    expect(rows).toHaveLength(3);
    const emailed = new Map(rows.map((r) => [r.userId, r.emailedAt]));
    expect(emailed.get(supporter.id)).toBeNull();
    expect(emailed.get(author.id)).toBeInstanceOf(Date);
    expect(emailed.get(otherSupporter.id)).toBeInstanceOf(Date);
    expect(mailsTo(supporter.email)).toHaveLength(0);
    expect(mailsTo(otherSupporter.email)).toHaveLength(1);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(`to ${supporter.email}: attempt 1 failed, given up`));
    const refused = await db.outboundMail.findFirstOrThrow({ where: { to: supporter.email } });
    expect(refused).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringContaining("550") });
    expect(refused.failedAt).toBeInstanceOf(Date);
  });

  it("does not fail the resident's answer either when no mail can leave", async () => {
    const report = await followedReport({ status: "RESOLVED" });
    refuseMailTo(supporter.email, otherSupporter.email);
    vi.spyOn(console, "error").mockImplementation(() => {});
    await signInAs(author);

    await expectRedirect(callAction(respondToResolutionAction, { reportId: report.id, version: "0", decision: "fixed" }), `/espace/signalements/${report.id}?clos=1`);

    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("CLOSED");
    const rows = await notificationsOf(report.id);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.emailedAt === null)).toBe(true);
    expect(allMails()).toHaveLength(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runRetention } from "@/lib/retention/run-retention";
import { runRetentionOnce } from "@/lib/retention/schedule";
import { Client } from "pg";
import { databaseUrl } from "@/lib/env";
import { resetDatabase } from "../../helpers/database";
import { createTerritory, createUser } from "../../helpers/factories";
import { lastMailTo } from "../../helpers/mail";
import { createCategory, createReportRow } from "../../helpers/reports";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2027-06-15T03:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * DAY);

beforeEach(resetDatabase);

describe("runRetention", () => {
  it("purges mail bodies older than 90 days, not recent ones", async () => {
    const old = await db.outboundMail.create({ data: { to: "a@exemple.test", subject: "ancien", text: "corps", createdAt: daysBefore(91), sentAt: daysBefore(91) } });
    const recent = await db.outboundMail.create({ data: { to: "a@exemple.test", subject: "récent", text: "corps", createdAt: daysBefore(89), sentAt: daysBefore(89) } });

    const report = await runRetention(now);

    expect(report.mailBodiesPurged).toBe(1);
    expect(await db.outboundMail.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ text: "", subject: "ancien", bodyPurgedAt: now });
    expect(await db.outboundMail.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ text: "corps", bodyPurgedAt: null });
  });

  it("deletes notifications read more than a year ago; keeps unread ones, however old, and recently read ones", async () => {
    const person = await createUser();
    const make = (createdAt: Date, readAt: Date | null) =>
      db.notification.create({ data: { userId: person.id, kind: "REPORT_STATUS", text: "t", createdAt, readAt } });
    const oldRead = await make(daysBefore(400), daysBefore(366));
    const oldUnread = await make(daysBefore(800), null);
    const recentRead = await make(daysBefore(400), daysBefore(200));

    await runRetention(now);

    const left = (await db.notification.findMany({ select: { id: true } })).map((n) => n.id).sort();
    expect(left).toEqual([oldUnread.id, recentRead.id].sort());
    expect(left).not.toContain(oldRead.id);
  });

  it("deletes expired and used reset and confirmation links, keeps live ones", async () => {
    const person = await createUser();
    await db.passwordResetToken.createMany({
      data: [
        { userId: person.id, tokenHash: "1".repeat(64), expiresAt: new Date(now.getTime() - 1000) },
        { userId: person.id, tokenHash: "2".repeat(64), expiresAt: new Date(now.getTime() + DAY), usedAt: daysBefore(0) },
        { userId: person.id, tokenHash: "3".repeat(64), expiresAt: new Date(now.getTime() + 1000) },
      ],
    });
    await db.emailVerificationToken.createMany({
      data: [
        { userId: person.id, email: "x@exemple.test", tokenHash: "4".repeat(64), expiresAt: new Date(now.getTime() - 1000) },
        { userId: person.id, email: "x@exemple.test", tokenHash: "5".repeat(64), expiresAt: new Date(now.getTime() + DAY) },
      ],
    });

    expect((await runRetention(now)).tokensDeleted).toBe(3);
    expect((await db.passwordResetToken.findMany()).map((t) => t.tokenHash)).toEqual(["3".repeat(64)]);
    expect((await db.emailVerificationToken.findMany()).map((t) => t.tokenHash)).toEqual(["5".repeat(64)]);
  });

  it("deletes sessions ended more than 30 days ago and security events older than a year", async () => {
    const person = await createUser();
    const session = (n: string, data: { expiresAt: Date; revokedAt?: Date }) => db.session.create({ data: { userId: person.id, sessionVersion: 0, tokenHash: n.repeat(64), ...data } });
    await session("a", { expiresAt: daysBefore(31) });
    await session("b", { expiresAt: new Date(now.getTime() + DAY), revokedAt: daysBefore(31) });
    const recentlyRevoked = await session("c", { expiresAt: new Date(now.getTime() + DAY), revokedAt: daysBefore(29) });
    const live = await session("d", { expiresAt: new Date(now.getTime() + DAY) });
    await db.securityEvent.create({ data: { kind: "SIGN_IN", userId: person.id, createdAt: daysBefore(366) } });
    const recentEvent = await db.securityEvent.create({ data: { kind: "SIGN_IN", userId: person.id, createdAt: daysBefore(364) } });

    const report = await runRetention(now);

    expect(report).toMatchObject({ sessionsDeleted: 2, securityEventsDeleted: 1 });
    expect((await db.session.findMany({ select: { id: true } })).map((s) => s.id).sort()).toEqual([recentlyRevoked.id, live.id].sort());
    expect((await db.securityEvent.findMany()).map((e) => e.id)).toEqual([recentEvent.id]);
  });
});

describe("runRetention: accounts unused for 24 months", () => {
  const monthsBefore = (months: number) => {
    const date = new Date(now);
    date.setMonth(date.getMonth() - months);
    return date;
  };

  it("warns an inactive resident once by mail, then anonymises the account a month later", async () => {
    const person = await createUser({ name: "Amina Benali", email: "amina@exemple.test" });
    const { site } = await createTerritory();
    const report = await createReportRow({ authorId: person.id, categoryId: (await createCategory()).id, siteId: site.id, visibility: "PRIVATE" });
    await db.user.update({ where: { id: person.id }, data: { lastSeenAt: monthsBefore(25) } });

    expect((await runRetention(now)).accountsWarned).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).inactivityWarnedAt).toEqual(now);
    expect(lastMailTo("amina@exemple.test")?.subject).toBe("Votre compte sur le portail de la Régie de quartier");
    expect(lastMailTo("amina@exemple.test")?.text).toContain("il sera anonymisé le 15 juillet 2027");

    // The next days: no second warning, nothing anonymised before the month is over.
    const in29Days = new Date(now.getTime() + 29 * DAY);
    expect(await runRetention(in29Days)).toMatchObject({ accountsWarned: 0, accountsAnonymised: 0 });

    const in31Days = new Date(now.getTime() + 31 * DAY);
    expect((await runRetention(in31Days)).accountsAnonymised).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ status: "DELETED", name: "Compte supprimé", email: `supprime-${person.id}@anonyme.invalid` });
    expect(await db.report.count({ where: { id: report.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "user.anonymise-inactive", entityId: person.id } })).toBe(1);
  });

  it("does not anonymise a person who came back after the warning, and clears the warning", async () => {
    const person = await createUser();
    await db.user.update({ where: { id: person.id }, data: { lastSeenAt: monthsBefore(25) } });
    await runRetention(now);
    // They sign in two weeks later.
    await db.user.update({ where: { id: person.id }, data: { lastSeenAt: new Date(now.getTime() + 14 * DAY) } });

    const report = await runRetention(new Date(now.getTime() + 40 * DAY));

    expect(report).toMatchObject({ warningsReset: 1, accountsAnonymised: 0, accountsWarned: 0 });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ status: "ACTIVE", inactivityWarnedAt: null });
  });

  it("leaves alone recent residents and the accounts of the Régie and its partners (staff, employees, partners, board, admin)", async () => {
    const recent = await createUser();
    await db.user.update({ where: { id: recent.id }, data: { lastSeenAt: monthsBefore(23) } });
    const workers = await Promise.all(
      (["STAFF", "EMPLOYEE", "PARTNER", "BOARD_MEMBER", "ADMIN"] as const).map((role) => createUser({ roles: ["RESIDENT", role] })),
    );
    await db.user.updateMany({ where: { id: { in: workers.map((w) => w.id) } }, data: { lastSeenAt: monthsBefore(30) } });

    const report = await runRetention(now);

    expect(report).toMatchObject({ accountsWarned: 0, accountsAnonymised: 0 });
    expect(await db.user.count({ where: { inactivityWarnedAt: { not: null } } })).toBe(0);
  });
});

describe("runRetentionOnce", () => {
  let holder: Client | undefined;
  afterEach(async () => {
    await holder?.end();
    holder = undefined;
  });

  it("skips its turn while another process holds the lock, and runs otherwise", async () => {
    await db.outboundMail.create({ data: { to: "a@exemple.test", subject: "ancien", text: "corps", createdAt: new Date(Date.now() - 100 * DAY) } });
    holder = new Client({ connectionString: databaseUrl() });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock(7231902)");

    expect(await runRetentionOnce()).toBe(false);
    expect(await db.outboundMail.count({ where: { bodyPurgedAt: null } })).toBe(1);

    await holder.query("SELECT pg_advisory_unlock(7231902)");
    expect(await runRetentionOnce()).toBe(true);
    expect(await db.outboundMail.count({ where: { bodyPurgedAt: null } })).toBe(0);
  });
});

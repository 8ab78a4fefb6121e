/**
 * The lifecycle kernel (lib/core/lifecycle.ts) joined to a caller's transaction, as the next
 * domains will use it (a job validated resolves its report in the same transaction): the move
 * commits or is undone with the caller's transaction, and what must wait for the commit (the
 * followers' mails) is handed to the caller instead of leaving before it.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import { applyChange, applyMove } from "@/lib/core/lifecycle";
import type { Effect } from "@/lib/core/operation";
import { setReportStatus } from "@/lib/reports/commands/staff";
import { reportLifecycle, type ReportChange } from "@/lib/reports/lifecycle";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { mailsTo } from "../../helpers/mail";
import { createCategory, createReportRow } from "../../helpers/reports";

let staff: TestUser;
let author: TestUser;
let reportId: string;

beforeEach(async () => {
  await resetDatabase();
  const territory = await createTerritory();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  author = await createUser({ name: "Amina Benali" });
  const report = await createReportRow({ categoryId: (await createCategory()).id, siteId: territory.site.id, authorId: author.id, status: "NEW" });
  reportId = report.id;
});

const acknowledge = { status: "ACKNOWLEDGED" as const, comment: null, version: 0 };

describe("a move inside the caller's transaction", () => {
  it("commits with it, and its mails wait for the caller's afterCommit", async () => {
    const effects: Effect[] = [];
    await db.$transaction(async (tx) => {
      await setReportStatus({ actor: actorOf(staff), tx, afterCommit: (effect) => effects.push(effect) }, { ...acknowledge, reportId });
      // Not committed yet: nothing may have left.
      expect(mailsTo(author.email)).toHaveLength(0);
    });
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, version: true, acknowledgedAt: true } });
    expect(report).toMatchObject({ status: "ACKNOWLEDGED", version: 1 });
    expect(report.acknowledgedAt).toBeInstanceOf(Date);
    expect(await db.reportEvent.count({ where: { reportId, kind: "STATUS_CHANGED", toStatus: "ACKNOWLEDGED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: reportId, action: "report.status.acknowledged" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: author.id, reportId } })).toBe(1);
    expect(mailsTo(author.email)).toHaveLength(0);

    expect(effects).toHaveLength(1);
    for (const effect of effects) await effect();
    expect(mailsTo(author.email)).toHaveLength(1);
    expect(mailsTo(author.email)[0].subject).toBe(`Votre signalement n° ${(await db.report.findUniqueOrThrow({ where: { id: reportId } })).number}`);
  });

  it("is undone with it: no status, event, audit row, notification or mail", async () => {
    const before = await databaseSnapshot();
    const effects: Effect[] = [];
    await expect(
      db.$transaction(async (tx) => {
        await setReportStatus({ actor: actorOf(staff), tx, afterCommit: (effect) => effects.push(effect) }, { ...acknowledge, reportId });
        throw new Error("La suite de l'opération échoue.");
      }),
    ).rejects.toThrow("La suite de l'opération échoue.");
    expect(await databaseSnapshot()).toEqual(before);
    expect(mailsTo(author.email)).toHaveLength(0);
  });
});

describe("a move in a transaction of its own", () => {
  it("sends its mails once committed", async () => {
    await setReportStatus({ actor: actorOf(staff) }, { ...acknowledge, reportId });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("ACKNOWLEDGED");
    expect(mailsTo(author.email)).toHaveLength(1);
  });
});

describe("a plan that names what the kernel writes", () => {
  /** A plan that writes in the transaction first, then asks the guarded update for `data`: nothing of it may stay. */
  const planWriting =
    (data: Record<string, unknown>) =>
    async (report: { id: string }, tx: Tx): Promise<ReportChange> => {
      await tx.reportEvent.create({ data: { reportId: report.id, kind: "COMMENT", comment: "Écrit par le plan.", visibility: "INTERNAL", actorId: staff.id } });
      return { data, event: { kind: "COMMENT", comment: "x", visibility: "INTERNAL" }, audit: { action: "test.plan" } };
    };

  const move = (name: string, data: Record<string, unknown>) =>
    applyMove({ actor: actorOf(staff) }, reportLifecycle, "staff", { id: reportId, version: 0 }, name, planWriting(data));
  const change = (data: Record<string, unknown>) => applyChange({ actor: actorOf(staff) }, reportLifecycle, "staff", { id: reportId, version: 0 }, planWriting(data));

  it.each([
    ["the status", "acknowledge", { status: "CLOSED" }, "status"],
    ["the version", "acknowledge", { version: 7 }, "version"],
    ["a date the move sets once", "acknowledge", { acknowledgedAt: new Date("2020-01-01T00:00:00Z") }, "acknowledgedAt"],
    ["a field the move clears", "acknowledge", { rejectionReason: "Gardé." }, "rejectionReason"],
    ["a date the move sets", "resolve", { priority: "HIGH", resolvedAt: null }, "resolvedAt"],
  ])("refuses a move whose plan writes %s, and writes nothing", async (_what, name, data, field) => {
    const before = await databaseSnapshot();
    await expect(move(name, data)).rejects.toThrow(new RegExp(`may not write ${field}`));
    expect(await databaseSnapshot()).toEqual(before);
    expect(mailsTo(author.email)).toHaveLength(0);
  });

  it.each([
    ["the status", { status: "CLOSED" }, "status"],
    ["the version", { priority: "HIGH", version: 7 }, "version"],
  ])("refuses a change whose plan writes %s, and writes nothing", async (_what, data, field) => {
    const before = await databaseSnapshot();
    await expect(change(data)).rejects.toThrow(new RegExp(`may not write ${field}`));
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("is a programming error, not a refusal shown to the user", async () => {
    const refusal = await move("acknowledge", { status: "CLOSED" }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).not.toHaveProperty("code");
  });

  it("still writes the plan's other fields with the move's own status and dates", async () => {
    await move("resolve", { priority: "HIGH" });
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, version: true, priority: true, resolvedAt: true } });
    expect(report).toMatchObject({ status: "RESOLVED", version: 1, priority: "HIGH" });
    expect(report.resolvedAt).toBeInstanceOf(Date);
  });
});

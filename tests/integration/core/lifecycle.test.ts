/**
 * The lifecycle kernel (lib/core/lifecycle.ts) joined to a caller's transaction, as the next
 * domains will use it (a job validated resolves its report in the same transaction): the move
 * commits or is undone with the caller's transaction, and what must wait for the commit (the
 * followers' mails) is handed to the caller instead of leaving before it.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Effect } from "@/lib/core/operation";
import { setReportStatus } from "@/lib/reports/commands/staff";
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

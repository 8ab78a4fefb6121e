import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/core/errors";
import { DAILY_LIMITS, assertWithinDailyLimit, dailyLimitMessage } from "@/lib/reports/daily-limits";
import { commentAsPartner } from "@/lib/reports/commands/partner";
import { createReport } from "@/lib/reports/commands/author";
import type { CreateReportInput } from "@/lib/reports/schemas";
import { addReportComment } from "@/lib/reports/commands/staff";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow, imageFile, newIdempotencyKey, useTemporaryUploadDir } from "../../helpers/reports";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let territory: Awaited<ReturnType<typeof createTerritory>>;
let category: { id: string };

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  territory = await createTerritory();
  category = await createCategory();
});


let counter = 0;
function input(photos: File[] = []): CreateReportInput {
  return {
    categoryId: category.id,
    place: { level: "building", id: territory.building.id },
    latitude: null,
    longitude: null,
    address: null,
    // A different text each time: the same report sent again within minutes is not a new one.
    description: `Un problème de test numéro ${++counter} dans le hall.`,
    visibility: "PUBLIC",
    contactConsent: false,
    photos,
    idempotencyKey: newIdempotencyKey(),
  };
}

/** `count` reports entered by the person today (rows written directly), optionally at another time. */
async function reportsEnteredBy(user: TestUser, count: number, createdAt?: Date) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = await createReportRow({ authorId: user.id, categoryId: category.id, siteId: territory.site.id });
    if (createdAt) await db.report.update({ where: { id: row.id }, data: { createdAt } });
    ids.push(row.id);
  }
  return ids;
}

async function expectRefusedUnchanged(call: () => Promise<unknown>, message: string) {
  const before = await databaseSnapshot();
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as Error).message).toBe(message);
  expect(await databaseSnapshot()).toEqual(before);
  expect(await uploads.files()).toEqual([]);
  return error as ValidationError;
}

describe("daily limits", () => {
  it("refuses a resident's 11th report of the day with a French message, changing nothing", async () => {
    const resident = await createUser();
    const limit = DAILY_LIMITS.resident.reports;
    await reportsEnteredBy(resident, limit - 1);
    await createReport({ actor: actorOf(resident) }, input());
    const error = await expectRefusedUnchanged(() => createReport({ actor: actorOf(resident) }, input([])), dailyLimitMessage("reports", limit));
    expect(error.message).toBe("Vous avez atteint la limite de 10 signalements par jour. Réessayez demain ou contactez la Régie.");
  });

  it("counts only today's reports: yesterday's do not use up the limit", async () => {
    const resident = await createUser();
    await reportsEnteredBy(resident, DAILY_LIMITS.resident.reports, new Date(Date.now() - 36 * 3600_000));
    const created = await createReport({ actor: actorOf(resident) }, input());
    expect(created.existing).toBe(false);
  });

  it("gives staff a higher limit", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    await reportsEnteredBy(staff, DAILY_LIMITS.resident.reports + 5);
    expect((await createReport({ actor: actorOf(staff) }, input())).existing).toBe(false);
    expect(DAILY_LIMITS.staff.reports).toBeGreaterThan(DAILY_LIMITS.resident.reports + 6);
  });

  it("lets two reports sent at once past the last free place only one at a time", async () => {
    const resident = await createUser();
    await reportsEnteredBy(resident, DAILY_LIMITS.resident.reports - 1);
    const results = await Promise.allSettled([createReport({ actor: actorOf(resident) }, input()), createReport({ actor: actorOf(resident) }, input())]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ValidationError);
    expect(await db.report.count({ where: { enteredById: resident.id } })).toBe(DAILY_LIMITS.resident.reports);
  });

  it("holds the person's lock from the count to the commit: two transactions that check, wait, then write cannot both pass", async () => {
    const resident = await createUser();
    await reportsEnteredBy(resident, DAILY_LIMITS.resident.reports - 1);
    const attempt = (n: number) =>
      db.$transaction(async (tx) => {
        await assertWithinDailyLimit(tx, actorOf(resident), "reports");
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.report.create({
          data: { enteredById: resident.id, authorId: resident.id, categoryId: category.id, siteId: territory.site.id, description: `Course ${n}.`, visibility: "PUBLIC" },
        });
      });
    const results = await Promise.allSettled([attempt(1), attempt(2)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.report.count({ where: { enteredById: resident.id } })).toBe(DAILY_LIMITS.resident.reports);
  });

  it("refuses photos past the daily number, next to the photos field, storing no file and no row", async () => {
    const resident = await createUser();
    const limit = DAILY_LIMITS.resident.photos;
    const [reportId] = await reportsEnteredBy(resident, 1);
    await db.reportPhoto.createMany({
      data: Array.from({ length: limit - 1 }, (_, i) => ({
        reportId,
        storageKey: `${String(i).padStart(32, "0")}.webp`,
        mime: "image/webp",
        width: 1,
        height: 1,
        bytes: 1,
        uploadedById: resident.id,
      })),
    });
    const two = [await imageFile("a.jpg"), await imageFile("b.jpg")];
    const error = await expectRefusedUnchanged(
      () => createReport({ actor: actorOf(resident) }, input(two)),
      "Vous pouvez encore envoyer 1 photo aujourd'hui (limite de 30 par jour) : retirez-en 1.",
    );
    expect(error.fieldErrors.photos).toEqual([error.message]);
    // One more fits exactly; after that, none.
    await createReport({ actor: actorOf(resident) }, input([await imageFile("c.jpg")]));
    await uploads.clear();
    const last = await imageFile("d.jpg");
    await expectRefusedUnchanged(() => createReport({ actor: actorOf(resident) }, input([last])), dailyLimitMessage("photos", limit));
  });

  async function commentsBy(user: TestUser, reportId: string, count: number) {
    await db.reportEvent.createMany({
      data: Array.from({ length: count }, () => ({ reportId, kind: "COMMENT" as const, comment: "Déjà dit.", visibility: "INTERNAL" as const, actorId: user.id })),
    });
  }

  it("refuses a partner's comment past their daily limit, changing nothing", async () => {
    const partner = await createUser({ roles: ["PARTNER"] });
    const owned = await createTerritory({ ownerPartnerId: partner.partnerId! });
    const resident = await createUser();
    const report = await createReportRow({ authorId: resident.id, categoryId: category.id, siteId: owned.site.id });
    await db.report.update({ where: { id: report.id }, data: { partnerId: partner.partnerId, status: "ROUTED" } });
    const limit = DAILY_LIMITS.partner.comments;
    await commentsBy(partner, report.id, limit - 1);
    await commentAsPartner({ actor: actorOf(partner) }, { reportId: report.id, comment: "Intervention prévue jeudi." });
    const error = await expectRefusedUnchanged(
      () => commentAsPartner({ actor: actorOf(partner) }, { reportId: report.id, comment: "Encore un message." }),
      dailyLimitMessage("comments", limit),
    );
    expect(error.fieldErrors.comment).toEqual([error.message]);
  });

  it("refuses a staff comment past the staff limit, which is higher than a resident's", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    const resident = await createUser();
    const report = await createReportRow({ authorId: resident.id, categoryId: category.id, siteId: territory.site.id });
    const limit = DAILY_LIMITS.staff.comments;
    expect(limit).toBeGreaterThan(DAILY_LIMITS.resident.comments);
    await commentsBy(staff, report.id, limit);
    const { version } = await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
    await expectRefusedUnchanged(
      () => addReportComment({ actor: actorOf(staff) }, { reportId: report.id, version, comment: "Un message de trop.", visibility: "INTERNAL" }),
      dailyLimitMessage("comments", limit),
    );
  });
});

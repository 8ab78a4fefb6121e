import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoEmail, seed } from "@/prisma/seed";
import { REPORT_CATEGORIES } from "@/prisma/seed-reports";
import { resetDatabase } from "../../helpers/database";

beforeEach(resetDatabase);

describe("the demo reports of the seed", () => {
  it("adds the categories and forty reports with consistent histories", async () => {
    await seed(db);

    const categories = await db.reportCategory.findMany({ orderBy: { sortOrder: "asc" } });
    expect(categories.map((c) => c.name)).toEqual(REPORT_CATEGORIES.map((c) => c.name));
    expect(categories.filter((c) => c.isDanger).map((c) => c.slug)).toEqual(["securite-danger"]);

    const reports = await db.report.findMany({
      include: { events: { orderBy: { createdAt: "asc" } }, _count: { select: { supporters: true } } },
    });
    expect(reports).toHaveLength(40);
    for (const report of reports) {
      // Placed in the territory, down to the area.
      expect(report.siteId && report.areaId, `report ${report.number}`).toBeTruthy();
      // The timeline starts with the creation and ends on the current status.
      expect(report.events[0]).toMatchObject({ kind: "CREATED", toStatus: "NEW" });
      expect(report.events.at(-1)?.toStatus, `report ${report.number}`).toBe(report.status);
      expect(report.supporterCount).toBe(report._count.supporters);
      expect(report.authorId ?? report.reporterName, `report ${report.number} has an author or a named reporter`).toBeTruthy();
      if (report.moderationStatus === "APPROVED") expect(report.publicDescription).toBeTruthy();
      if (report.status === "RESOLVED") expect(report.resolvedAt).not.toBeNull();
    }
    expect(new Set(reports.map((r) => r.status)).size).toBeGreaterThanOrEqual(7);

    // Each of the two demo residents has a resolved report to confirm or reopen.
    for (const key of ["resident", "multi"]) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demoEmail(key) }, select: { id: true } });
      expect(await db.report.count({ where: { authorId: user.id, status: "RESOLVED" } }), key).toBe(1);
    }

    // Their "Mes notifications" has read and unread ones, about their own reports only.
    const resident = await db.user.findUniqueOrThrow({ where: { email: demoEmail("resident") }, select: { id: true } });
    const notifications = await db.notification.findMany({ where: { userId: resident.id }, include: { report: { select: { authorId: true, number: true } } } });
    expect(notifications.some((n) => n.readAt === null)).toBe(true);
    expect(notifications.some((n) => n.readAt !== null)).toBe(true);
    for (const n of notifications) {
      expect(n.report?.authorId).toBe(resident.id);
      expect(n.text).toContain(`n° ${n.report?.number} `);
    }
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoEmail, seed } from "@/prisma/seed";
import { yearTotals } from "@/lib/volunteering/queries/totals";
import { resetDatabase } from "../../helpers/database";

beforeEach(resetDatabase);

describe("the volunteering demo seed (called by prisma/seed.ts)", () => {
  it("gives volunteers, missions with a waiting list and places left, and hours of every state", async () => {
    // The whole demo seed, which calls seedVolunteering once.
    await seed(db);
    const volunteerUserId = (await db.user.findUniqueOrThrow({ where: { email: demoEmail("volunteer") }, select: { id: true } })).id;

    expect(await db.volunteerActivity.count()).toBe(5);
    expect(await db.volunteerProfile.count()).toBe(16);
    const upcoming = await db.volunteerMission.findMany({
      where: { startsAt: { gt: new Date() } },
      select: { places: true, signups: { select: { status: true } } },
    });
    const confirmed = (m: (typeof upcoming)[number]) => m.signups.filter((s) => s.status === "CONFIRMED").length;
    expect(upcoming.some((m) => confirmed(m) === m.places && m.signups.some((s) => s.status === "WAITLISTED"))).toBe(true);
    expect(upcoming.some((m) => confirmed(m) < m.places)).toBe(true);
    for (const status of ["VALIDATED", "SUBMITTED", "REFUSED"] as const) expect(await db.volunteerHours.count({ where: { status } })).toBeGreaterThan(0);
    expect(await db.volunteerHours.count({ where: { userId: volunteerUserId, status: "SUBMITTED" } })).toBeGreaterThan(0);
    expect((await yearTotals(new Date().getUTCFullYear())).valueCents).toBeGreaterThan(0);
  }, 180_000);
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedWorkOrders } from "@/prisma/seed-work-orders";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser } from "../../helpers/factories";
import { createContractWithLine, createEmployee, createTeam, day } from "../../helpers/work-orders";

beforeEach(resetDatabase);

describe("seedWorkOrders", () => {
  it("writes nothing without contracts", async () => {
    await seedWorkOrders(db, { staffId: null });
    expect(await db.workOrder.count()).toBe(0);
  });

  it("generates the lines' jobs, assigns some, makes past ones done or validated with their time", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    const team = await createTeam();
    await createEmployee({ teamId: team.id });
    await createEmployee({ teamId: team.id });
    const site = (await createTerritory()).site.id;
    await createContractWithLine({ partnerId: (await createPartner()).id, siteIds: [site], teamId: team.id });
    await seedWorkOrders(db, { staffId: staff.id, today: day("2026-12-07") });
    // Mondays and Thursdays from 23 Nov 2026 to 3 Jan 2027: 12 days.
    expect(await db.workOrder.count()).toBe(12);
    const past = await db.workOrder.findMany({ where: { scheduledDate: { lt: day("2026-12-07") } }, include: { timeEntries: true, assignees: true } });
    expect(past).toHaveLength(4);
    for (const job of past) {
      expect(["DONE", "VALIDATED"]).toContain(job.status);
      expect(job.timeEntries.length).toBe(job.assignees.length);
      expect(job.assignees.length).toBeGreaterThan(0);
    }
    expect(await db.workOrder.count({ where: { status: "ASSIGNED" } })).toBeGreaterThan(0);
    expect(await db.workOrder.count({ where: { status: "PLANNED" } })).toBeGreaterThan(0);
  });
});

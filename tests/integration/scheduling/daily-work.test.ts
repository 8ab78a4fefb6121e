/**
 * The Régie's daily work (lib/scheduling/daily-work.ts), run as the server's timer runs it: the
 * contracts past their end expire (audited, by no one), the running contracts' schedules are
 * generated for the coming weeks by no one, and a second run changes nothing. One process at a
 * time: while another holds the job's lock, a run skips its turn.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Client } from "pg";
import { db } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { dailyWorkJob, runDailyWork } from "@/lib/scheduling/daily-work";
import { runDailyJobOnce } from "@/lib/scheduling/daily-job";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory } from "../../helpers/factories";
import { createContractWithLine } from "../../helpers/work-orders";

// Wednesday 2 December 2026, 04:00 in Paris.
const NOW = new Date("2026-12-02T03:00:00Z");

let partnerId: string;
let siteId: string;
beforeEach(async () => {
  await resetDatabase();
  partnerId = (await createPartner()).id;
  siteId = (await createTerritory()).site.id;
});

describe("the daily work", () => {
  it("expires the contracts that ended before today, audited by no one, and leaves the others", async () => {
    const ended = await createContractWithLine({ partnerId, siteIds: [siteId], startsOn: "2025-12-01", endsOn: "2026-12-01" });
    const endsToday = await createContractWithLine({ partnerId, siteIds: [siteId], startsOn: "2025-12-01", endsOn: "2026-12-02" });
    const closed = await createContractWithLine({ partnerId, siteIds: [siteId], startsOn: "2025-01-01", endsOn: "2025-12-31", status: "CLOSED" });
    const draft = await createContractWithLine({ partnerId, siteIds: [siteId], startsOn: "2025-01-01", endsOn: "2025-12-31", status: "DRAFT" });

    const report = await runDailyWork(NOW);
    expect(report.contractsExpired).toBe(1);
    const statuses = Object.fromEntries(
      (await db.contract.findMany({ select: { id: true, status: true, expiredAt: true, version: true } })).map((c) => [c.id, c]),
    );
    expect(statuses[ended.contract.id]).toMatchObject({ status: "EXPIRED", expiredAt: NOW, version: 1 });
    expect(statuses[endsToday.contract.id]).toMatchObject({ status: "ACTIVE", expiredAt: null, version: 0 });
    expect(statuses[closed.contract.id].status).toBe("CLOSED");
    expect(statuses[draft.contract.id].status).toBe("DRAFT");
    const audit = await db.auditLog.findMany({ where: { entityType: "Contract" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, action: "contract.expire", entityId: ended.contract.id, before: { status: "ACTIVE" }, after: { status: "EXPIRED", automatic: true } });
  });

  it("generates the running contracts' coming jobs by no one, and a second run makes none and changes nothing", async () => {
    const { line } = await createContractWithLine({ partnerId, siteIds: [siteId] });
    const first = await runDailyWork(NOW);
    // Mondays and Thursdays from Wednesday 2 December to Tuesday 29 December 2026: 8 days.
    expect(first).toMatchObject({ contractsExpired: 0, jobsCreated: 8, lines: 1, until: "2026-12-29" });
    const jobs = await db.workOrder.findMany({ select: { contractLineId: true, createdById: true, origin: true, status: true } });
    expect(jobs).toHaveLength(8);
    expect(jobs.every((j) => j.contractLineId === line.id && j.createdById === null && j.origin === "SCHEDULE" && j.status === "PLANNED")).toBe(true);
    expect(await db.workOrderEvent.count({ where: { actorId: null, kind: "CREATED" } })).toBe(8);

    const before = await databaseSnapshot();
    const second = await runDailyWork(NOW);
    expect(second).toMatchObject({ contractsExpired: 0, jobsCreated: 0 });
    // The run's own audit row ("work-order.generated", created: 0) is the only thing it writes.
    const after = await databaseSnapshot();
    expect(after.WorkOrder).toEqual(before.WorkOrder);
    expect(after.Contract).toEqual(before.Contract);
  });

  it("generates nothing for a contract it has just expired", async () => {
    await createContractWithLine({ partnerId, siteIds: [siteId], startsOn: "2025-12-01", endsOn: "2026-12-01" });
    expect(await runDailyWork(NOW)).toMatchObject({ contractsExpired: 1, jobsCreated: 0 });
    expect(await db.workOrder.count()).toBe(0);
  });
});

describe("the daily work's timer", () => {
  let holder: Client | undefined;
  afterEach(async () => {
    await holder?.end();
    holder = undefined;
  });

  it("skips its turn while another process holds its lock, and runs otherwise", async () => {
    await createContractWithLine({ partnerId, siteIds: [siteId], startsOn: "2025-12-01", endsOn: "2026-12-01" });
    holder = new Client({ connectionString: databaseUrl() });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [dailyWorkJob.lockKey]);
    expect(await runDailyJobOnce(dailyWorkJob, NOW)).toBe(false);
    expect(await db.contract.count({ where: { status: "EXPIRED" } })).toBe(0);

    await holder.query("SELECT pg_advisory_unlock($1)", [dailyWorkJob.lockKey]);
    expect(await runDailyJobOnce(dailyWorkJob, NOW)).toBe(true);
    expect(await db.contract.count({ where: { status: "EXPIRED" } })).toBe(1);
  });
});

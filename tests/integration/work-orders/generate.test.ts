/**
 * Generating the jobs of the contract lines' schedules: one per occurrence day and site, with the
 * line's task, team, time and duration; twice makes nothing more; a window too large is refused
 * with nothing written.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateWorkOrdersAction } from "@/app/gestion/interventions/actions";
import { generateWorkOrders } from "@/lib/work-orders/commands/generate";
import { MAX_GENERATED_JOBS, tooManyJobs } from "@/lib/work-orders/generation";
import { callAction, expectRefused, expectSuccess } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { signInAs } from "../../helpers/session";
import { createContractWithLine, createTeam, day } from "../../helpers/work-orders";

let staff: TestUser;
let partnerId: string;
let sites: string[];
// A Monday.
const TODAY = new Date("2026-12-07T10:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["STAFF"] });
  partnerId = (await createPartner()).id;
  sites = [(await createTerritory()).site.id, (await createTerritory()).site.id];
});

const ctx = () => ({ actor: actorOf(staff) });

describe("generateWorkOrders", () => {
  it("makes one job per occurrence and site, copies the line; generating again makes none", async () => {
    const team = await createTeam();
    const { contract, line } = await createContractWithLine({ partnerId, siteIds: sites, teamId: team.id, startMinutes: 7 * 60 });
    const first = await generateWorkOrders(ctx(), { weeks: 4 }, TODAY);
    // Mondays and Thursdays from 7 Dec 2026 to 3 Jan 2027: 8 days, 2 sites.
    expect(first).toMatchObject({ created: 16, lines: 1, from: "2026-12-07", to: "2027-01-03" });
    const jobs = await db.workOrder.findMany({ orderBy: [{ scheduledDate: "asc" }, { siteId: "asc" }] });
    expect(jobs).toHaveLength(16);
    expect(jobs[0]).toMatchObject({
      origin: "SCHEDULE",
      status: "PLANNED",
      contractId: contract.id,
      contractLineId: line.id,
      partnerId,
      teamId: team.id,
      task: "Nettoyage des halls",
      startMinutes: 7 * 60,
      durationMinutes: 90,
      scheduledDate: day("2026-12-07"),
      occurrenceDate: day("2026-12-07"),
    });
    expect(jobs.at(-1)?.scheduledDate).toEqual(day("2026-12-31"));
    expect(await db.workOrderEvent.count({ where: { kind: "CREATED" } })).toBe(16);
    expect(await db.contractLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({ generatedUntil: day("2027-01-03") });
    expect(await auditRows({ action: "work-order.generated" })).toHaveLength(1);

    expect(await generateWorkOrders(ctx(), { weeks: 4 }, TODAY)).toMatchObject({ created: 0, lines: 0 });
    // Even forgetting where it stopped, the unique (line, site, occurrence) keeps one job each.
    await db.contractLine.update({ where: { id: line.id }, data: { generatedUntil: null } });
    expect((await generateWorkOrders(ctx(), { weeks: 4 }, TODAY)).created).toBe(0);
    expect(await db.workOrder.count()).toBe(16);
    // A further week resumes after the last day generated.
    expect((await generateWorkOrders(ctx(), { weeks: 5 }, TODAY)).created).toBe(4);
  });

  it("a moved or cancelled job is not generated again", async () => {
    const { line } = await createContractWithLine({ partnerId, siteIds: [sites[0]] });
    await generateWorkOrders(ctx(), { weeks: 1 }, TODAY);
    const job = await db.workOrder.findFirstOrThrow({ where: { scheduledDate: day("2026-12-07") } });
    await db.workOrder.update({ where: { id: job.id }, data: { scheduledDate: day("2026-12-08"), status: "CANCELLED" } });
    await db.contractLine.update({ where: { id: line.id }, data: { generatedUntil: null } });
    expect((await generateWorkOrders(ctx(), { weeks: 1 }, TODAY)).created).toBe(0);
  });

  it("stops at the contract's end; leaves out draft contracts, archived lines, lines without schedule; scopes to a contract or a line", async () => {
    const ending = await createContractWithLine({ partnerId, siteIds: [sites[0]], endsOn: "2026-12-14" });
    await createContractWithLine({ partnerId, siteIds: [sites[0]], status: "DRAFT" });
    await createContractWithLine({ partnerId, siteIds: [sites[0]], recurrence: null });
    const archived = await createContractWithLine({ partnerId, siteIds: [sites[0]] });
    await db.contractLine.update({ where: { id: archived.line.id }, data: { archivedAt: new Date() } });
    const other = await createContractWithLine({ partnerId, siteIds: [sites[1]] });

    expect((await generateWorkOrders(ctx(), { weeks: 4, contractLineId: ending.line.id }, TODAY)).created).toBe(3);
    expect(await db.contractLine.findUniqueOrThrow({ where: { id: ending.line.id } })).toMatchObject({ generatedUntil: day("2026-12-14") });
    expect((await generateWorkOrders(ctx(), { weeks: 4, contractId: other.contract.id }, TODAY)).created).toBe(8);
    expect((await generateWorkOrders(ctx(), { weeks: 4 }, TODAY)).created).toBe(0);
    expect(await db.workOrder.count()).toBe(11);
  });

  it(`refuses a generation of more than ${MAX_GENERATED_JOBS} jobs, writing nothing`, async () => {
    const area = await db.area.create({ data: { name: "Quartier des tours" } });
    await db.site.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ areaId: area.id, name: `Tour ${i}`, kind: "RESIDENCE" as const, address: `${i} avenue` })) });
    const many = await db.site.findMany({ where: { areaId: area.id }, select: { id: true } });
    await createContractWithLine({ partnerId, siteIds: many.map((s) => s.id), recurrence: "FREQ=DAILY" });
    const before = await databaseSnapshot();
    await expect(generateWorkOrders(ctx(), { weeks: 12 }, TODAY)).rejects.toThrow(tooManyJobs(MAX_GENERATED_JOBS));
    expect(await databaseSnapshot()).toEqual(before);
    // Fewer weeks pass.
    expect((await generateWorkOrders(ctx(), { weeks: 1 }, TODAY)).created).toBe(7 * 60);
  });
});

describe("generateWorkOrdersAction", () => {
  it("generates for staff; refuses more than 12 weeks, and every other role", async () => {
    await createContractWithLine({ partnerId, siteIds: [sites[0]], startsOn: "2020-01-01", endsOn: "2099-12-31" });
    await signInAs(staff);
    expect((await expectRefused(callAction(generateWorkOrdersAction, { weeks: "13" }))).fieldErrors?.weeks).toBeDefined();
    expect(await db.workOrder.count()).toBe(0);
    const done = await expectSuccess(callAction(generateWorkOrdersAction, { weeks: "" }));
    expect(done.data.created).toBeGreaterThanOrEqual(8);
    for (const roles of [["EMPLOYEE"], ["PARTNER"], ["BOARD_MEMBER"], ["RESIDENT"]] as const) {
      await signInAs(await createUser({ roles: [...roles] }));
      expect((await expectRefused(callAction(generateWorkOrdersAction, { weeks: "4" }))).formError).toBe("Accès refusé.");
    }
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeWorkOrderAction, reportProblemAction, startWorkOrderAction } from "@/app/interventions/actions";
import { ALREADY_DONE, completeWorkOrder } from "@/lib/work-orders/commands/employee";
import { WORK_ORDER_NOT_FOUND } from "@/lib/work-orders/lifecycle";
import { parisToday } from "@/lib/core/calendar";
import { findMyEmployee, getMyWorkOrder, listMyWeek } from "@/lib/work-orders/queries/employee";
import { callAction, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, createUser } from "../../helpers/factories";
import { createEmployee, createJob, createTeam, newKey } from "../../helpers/employee-phone";
import { createCategory, redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

/** The employee's phone: reads within their scope, start, finish with time, "problème constaté". */

let team: { id: string };
let me: Awaited<ReturnType<typeof createEmployee>>;
let colleague: Awaited<ReturnType<typeof createEmployee>>;
let otherTeam: { id: string };

beforeEach(async () => {
  await resetDatabase();
  team = await createTeam("Équipe Nord");
  otherTeam = await createTeam("Équipe Sud");
  me = await createEmployee({ teamId: team.id });
  colleague = await createEmployee({ teamId: team.id });
  await signInAs(me.user);
});

const actor = () => actorOf({ ...me.user, roles: ["EMPLOYEE"] });
const DAY = 24 * 60 * 60 * 1000;

describe("what the employee reads", () => {
  it("lists today's jobs of their team and their own, not another team's", async () => {
    const teamJob = await createJob({ teamId: team.id, task: "Sortie des bacs" });
    const mine = await createJob({ assigneeIds: [me.employee.id], task: "Vitres du hall" });
    await createJob({ teamId: otherTeam.id, task: "Espaces verts Sud" });
    await createJob({ teamId: team.id, status: "CANCELLED", task: "Annulée" });
    const week = await listMyWeek(actor());
    expect(week.today.map((j) => j.id).sort()).toEqual([teamJob.id, mine.id].sort());
    expect(week.week.map((j) => j.task)).not.toContain("Espaces verts Sud");
  });

  it("puts the rest of the week apart from today, and leaves out next week", async () => {
    const today = parisToday();
    const weekday = (today.getUTCDay() + 6) % 7;
    const otherDay = new Date(today.getTime() + (weekday < 6 ? 1 : -1) * DAY);
    const later = await createJob({ teamId: team.id, scheduledDate: otherDay });
    await createJob({ teamId: team.id, scheduledDate: new Date(today.getTime() + 8 * DAY) });
    const week = await listMyWeek(actor());
    expect(week.today).toEqual([]);
    expect(week.week.map((j) => j.id)).toEqual([later.id]);
  });

  it("shows the team's internal note and the access notes, but another team's job is not found", async () => {
    const job = await createJob({ teamId: team.id, internalNote: "Clé chez le gardien" });
    const theirs = await createJob({ teamId: otherTeam.id, internalNote: "Code 4521B" });
    const read = await getMyWorkOrder(actor(), job.id);
    expect(read?.internalNote).toBe("Clé chez le gardien");
    expect(await getMyWorkOrder(actor(), theirs.id)).toBeNull();
  });

  it("shows the employee's own time entry, never a colleague's", async () => {
    const job = await createJob({ teamId: team.id, status: "DONE" });
    await db.timeEntry.create({ data: { workOrderId: job.id, employeeId: colleague.employee.id, date: parisToday(), minutes: 95 } });
    expect((await getMyWorkOrder(actor(), job.id))?.myTime).toBeNull();
    await db.timeEntry.create({ data: { workOrderId: job.id, employeeId: me.employee.id, date: parisToday(), minutes: 30 } });
    expect((await getMyWorkOrder(actor(), job.id))?.myTime?.minutes).toBe(30);
  });

  it("names the employee and their team, or no team", async () => {
    expect(await findMyEmployee(actor())).toEqual({ id: me.employee.id, name: me.user.name, team: { name: "Équipe Nord" } });
    const loner = await createEmployee();
    expect(await findMyEmployee(actorOf({ ...loner.user, roles: ["EMPLOYEE"] }))).toEqual({ id: loner.employee.id, name: loner.user.name, team: null });
  });

  it("gives an archived employee, or an account without an employee record, nothing (no error)", async () => {
    await createJob({ teamId: team.id });
    const archived = await createEmployee({ teamId: team.id, archived: true });
    const without = await createUser({ roles: ["EMPLOYEE"] });
    for (const user of [archived.user, without]) {
      const who = actorOf({ ...user, roles: ["EMPLOYEE"] });
      expect(await findMyEmployee(who)).toBeNull();
      expect(await listMyWeek(who)).toMatchObject({ today: [], week: [] });
    }
  });
});

describe("start and finish", () => {
  it("starts a job of the team, with its timeline event and audit row", async () => {
    const job = await createJob({ teamId: team.id });
    const path = await redirectPathOf(callAction(startWorkOrderAction, { workOrderId: job.id, version: String(job.version) }));
    expect(path).toBe(`/interventions/${job.id}?fait=demarree`);
    const row = await db.workOrder.findUniqueOrThrow({ where: { id: job.id }, include: { events: true } });
    expect(row.status).toBe("IN_PROGRESS");
    expect(row.startedAt).not.toBeNull();
    expect(row.events.map((e) => [e.kind, e.toStatus, e.actorId])).toEqual([["STATUS_CHANGED", "IN_PROGRESS", me.user.id]]);
    expect(await db.auditLog.count({ where: { action: "work-order.start", entityId: job.id } })).toBe(1);
  });

  it("refuses another team's job as not found, changing nothing", async () => {
    const theirs = await createJob({ teamId: otherTeam.id });
    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(startWorkOrderAction, { workOrderId: theirs.id, version: "0" }))).formError).toBe(WORK_ORDER_NOT_FOUND);
    expect((await expectRefused(callAction(completeWorkOrderAction, { workOrderId: theirs.id, completionKey: newKey(), minutes: "60" }))).formError).toBe(WORK_ORDER_NOT_FOUND);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("finishes with a note and the employee's time: one entry, done, the key kept", async () => {
    const job = await createJob({ teamId: team.id, status: "IN_PROGRESS" });
    const key = newKey();
    const path = await redirectPathOf(callAction(completeWorkOrderAction, { workOrderId: job.id, completionKey: key, note: "Hall lavé, vitres faites.", minutes: "75" }));
    expect(path).toBe(`/interventions/${job.id}?fait=terminee`);
    const row = await db.workOrder.findUniqueOrThrow({ where: { id: job.id }, include: { timeEntries: true } });
    expect(row).toMatchObject({ status: "DONE", completionKey: key, completionNote: "Hall lavé, vitres faites." });
    expect(row.doneAt).not.toBeNull();
    expect(row.timeEntries.map((t) => [t.employeeId, t.minutes, t.enteredById])).toEqual([[me.employee.id, 75, me.user.id]]);
  });

  it("applies a completion replayed with the same key once, and refuses another key on a job done", async () => {
    const job = await createJob({ teamId: team.id });
    const key = newKey();
    const first = await completeWorkOrder({ actor: actor() }, { workOrderId: job.id, completionKey: key, note: null, minutes: 60 });
    const again = await completeWorkOrder({ actor: actor() }, { workOrderId: job.id, completionKey: key, note: null, minutes: 60 });
    expect(first).toMatchObject({ status: "DONE", replayed: false });
    expect(again).toMatchObject({ status: "DONE", replayed: true, workOrderId: job.id });
    expect(await db.workOrderEvent.count({ where: { workOrderId: job.id, toStatus: "DONE" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "work-order.complete", entityId: job.id } })).toBe(1);
    // A colleague's phone sends its own completion afterwards.
    await signInAs(colleague.user);
    expect((await expectRefused(callAction(completeWorkOrderAction, { workOrderId: job.id, completionKey: newKey(), minutes: "30" }))).formError).toBe(ALREADY_DONE);
    expect(await db.timeEntry.count({ where: { workOrderId: job.id } })).toBe(1);
  });

  it("applies the same completion sent twice at once only once", async () => {
    const job = await createJob({ teamId: team.id });
    const key = newKey();
    const results = await Promise.all([1, 2].map(() => completeWorkOrder({ actor: actor() }, { workOrderId: job.id, completionKey: key, note: null, minutes: 45 })));
    expect(results.map((r) => r.status)).toEqual(["DONE", "DONE"]);
    expect(results.filter((r) => r.replayed)).toHaveLength(1);
    expect(await db.workOrderEvent.count({ where: { workOrderId: job.id, toStatus: "DONE" } })).toBe(1);
  });

  it.each([["0"], ["-15"], ["1441"], ["90.5"], ["beaucoup"], [""]])("refuses %j minutes, changing nothing", async (minutes) => {
    const job = await createJob({ teamId: team.id });
    const before = await databaseSnapshot();
    const refusal = await expectRefused(callAction(completeWorkOrderAction, { workOrderId: job.id, completionKey: newKey(), minutes }));
    expect(refusal.fieldErrors?.minutes?.length).toBe(1);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a malformed completion key", async () => {
    const job = await createJob({ teamId: team.id });
    const refusal = await expectRefused(callAction(completeWorkOrderAction, { workOrderId: job.id, completionKey: "pas-une-cle", minutes: "30" }));
    expect(refusal.fieldErrors?.completionKey).toBeDefined();
  });
});

describe("problème constaté", () => {
  it("creates a private report at the job's building, in the employee's own name", async () => {
    const job = await createJob({ teamId: team.id });
    const category = await createCategory();
    const path = await redirectPathOf(
      callAction(reportProblemAction, { workOrderId: job.id, categoryId: category.id, description: "Fuite d'eau au plafond du local vélos.", idempotencyKey: newKey() }),
    );
    const report = await db.report.findFirstOrThrow({ include: { photos: true } });
    expect(path).toBe(`/interventions/${job.id}?fait=signale&n=${report.number}`);
    const place = await db.workOrder.findUniqueOrThrow({ where: { id: job.id }, select: { siteId: true, buildingId: true } });
    expect(report).toMatchObject({ authorId: me.user.id, enteredById: me.user.id, buildingId: place.buildingId, siteId: place.siteId, visibility: "PRIVATE", status: "NEW" });
  });

  it("does not report at another team's job", async () => {
    const theirs = await createJob({ teamId: otherTeam.id });
    const category = await createCategory();
    const before = await databaseSnapshot();
    const refusal = await expectRefused(callAction(reportProblemAction, { workOrderId: theirs.id, categoryId: category.id, description: "Fuite d'eau au plafond du local vélos.", idempotencyKey: newKey() }));
    expect(refusal.formError).toBe(WORK_ORDER_NOT_FOUND);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

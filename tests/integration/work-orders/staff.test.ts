/**
 * Staff's commands on jobs, through their actions (zod → session → policy → command): creating
 * one (under a line, outside any contract, from a report), assigning, rescheduling, cancelling,
 * validating; the refusals (who may not, bad input that changes nothing, a stale version).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  assignWorkOrderAction,
  cancelWorkOrderAction,
  createWorkOrderAction,
  moveWorkOrderAction,
  rescheduleWorkOrderAction,
} from "@/app/gestion/interventions/actions";
import { ConflictError } from "@/lib/core/errors";
import { assignWorkOrder, CANNOT_RESCHEDULE, dateOutsideContract, PARTNER_VALIDATES, rescheduleWorkOrder, SITE_OUTSIDE_CONTRACT, UNKNOWN_EMPLOYEE, UNKNOWN_TEAM } from "@/lib/work-orders/commands/staff";
import { WORK_ORDER_CONFLICT } from "@/lib/work-orders/lifecycle";
import { CANCEL_REASON_REQUIRED } from "@/lib/work-orders/schemas";
import { countWorkToHandle, getWorkOrderForStaff, listJobsOfReport, listWorkOrders } from "@/lib/work-orders/queries/staff";
import { workOrderFilterSchema } from "@/lib/work-orders/schemas";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { lastMailTo } from "../../helpers/mail";
import { createCategory, createReportRow, redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";
import { createContractWithLine, createEmployee, createJob, createTeam, jobKey } from "../../helpers/work-orders";

let staff: TestUser;
let partnerId: string;
let territory: Awaited<ReturnType<typeof createTerritory>>;
let otherSite: { id: string };
let team: { id: string; name: string };

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  partnerId = (await createPartner({ name: "Habitat Sud" })).id;
  territory = await createTerritory({ ownerPartnerId: partnerId });
  otherSite = (await createTerritory()).site;
  team = await createTeam({ name: "Équipe Nord" });
  await signInAs(staff);
});

const load = (id: string) => db.workOrder.findUniqueOrThrow({ where: { id }, include: { assignees: true, events: { orderBy: { createdAt: "asc" } } } });

const jobInput = (extra: Record<string, string> = {}) => ({
  task: "Débarras d'encombrants",
  date: "2026-12-10",
  startTime: "09:30",
  durationMinutes: "90",
  idempotencyKey: jobKey(),
  ...extra,
});

describe("createWorkOrder", () => {
  it("under a contract line: copies the contract and the partner, writes the event and the audit row", async () => {
    const { contract, line } = await createContractWithLine({ partnerId, siteIds: [territory.site.id] });
    const path = await redirectPathOf(callAction(createWorkOrderAction, jobInput({ contractLineId: line.id, siteId: territory.site.id, teamId: team.id, internalNote: "Clé au local gardien" })));
    const job = await db.workOrder.findFirstOrThrow({ where: { contractLineId: line.id } });
    expect(path).toBe(`/gestion/interventions/${job.id}?fait=creee`);
    expect(job).toMatchObject({
      origin: "STAFF",
      status: "PLANNED",
      contractId: contract.id,
      partnerId,
      siteId: territory.site.id,
      startMinutes: 9 * 60 + 30,
      durationMinutes: 90,
      teamId: team.id,
      internalNote: "Clé au local gardien",
      createdById: staff.id,
    });
    expect((await load(job.id)).events).toMatchObject([{ kind: "CREATED", toStatus: "PLANNED", visibility: "INTERNAL" }]);
    expect(await auditRows({ action: "work-order.created", entityId: job.id })).toHaveLength(1);
  });

  it("is created once for a form sent twice (idempotency key)", async () => {
    const input = jobInput({ siteId: territory.site.id });
    await redirectPathOf(callAction(createWorkOrderAction, input));
    const first = await db.workOrder.findFirstOrThrow({});
    await expectRedirect(callAction(createWorkOrderAction, input), `/gestion/interventions/${first.id}?fait=deja-creee`);
    expect(await db.workOrder.count()).toBe(1);
  });

  it("outside any contract, with an address only", async () => {
    await redirectPathOf(callAction(createWorkOrderAction, jobInput({ address: "12 rue des Lilas, cour arrière" })));
    expect(await db.workOrder.findFirstOrThrow({})).toMatchObject({ contractId: null, partnerId: null, siteId: null, address: "12 rue des Lilas, cour arrière" });
  });

  it("refuses a site outside the contract, a date outside it, a negative duration, no place; nothing written", async () => {
    const { line } = await createContractWithLine({ partnerId, siteIds: [territory.site.id], startsOn: "2026-01-01", endsOn: "2026-12-31" });
    const before = await databaseSnapshot();
    const outside = await expectRefused(callAction(createWorkOrderAction, jobInput({ contractLineId: line.id, siteId: otherSite.id })));
    expect(outside.fieldErrors?.siteId).toEqual([SITE_OUTSIDE_CONTRACT]);
    const late = await expectRefused(callAction(createWorkOrderAction, jobInput({ contractLineId: line.id, siteId: territory.site.id, date: "2027-01-04" })));
    expect(late.fieldErrors?.date?.[0]).toMatch(/en dehors du contrat/);
    const negative = await expectRefused(callAction(createWorkOrderAction, jobInput({ siteId: territory.site.id, durationMinutes: "-30" })));
    expect(negative.fieldErrors?.durationMinutes).toBeDefined();
    const nowhere = await expectRefused(callAction(createWorkOrderAction, jobInput()));
    expect(nowhere.fieldErrors?.siteId).toBeDefined();
    const archivedTeam = await createTeam({ archived: true });
    const snapshot = await databaseSnapshot();
    const badTeam = await expectRefused(callAction(createWorkOrderAction, jobInput({ siteId: territory.site.id, teamId: archivedTeam.id })));
    expect(badTeam.fieldErrors?.teamId).toEqual([UNKNOWN_TEAM]);
    expect(await databaseSnapshot()).toEqual(snapshot);
    expect(before.WorkOrder).toEqual([]);
    expect(await db.workOrder.count()).toBe(0);
  });

  it("refuses a partner's id or a status sent with the form (strict schema)", async () => {
    const refused = await expectRefused(callAction(createWorkOrderAction, jobInput({ siteId: territory.site.id, partnerId, status: "VALIDATED" })));
    expect(refused.formError).toMatch(/champs inattendus/);
    expect(await db.workOrder.count()).toBe(0);
  });

  it.each([
    ["an employee", ["EMPLOYEE"]],
    ["a partner", ["PARTNER"]],
    ["a board member", ["BOARD_MEMBER"]],
    ["a resident", ["RESIDENT"]],
  ] as const)("refuses %s", async (_who, roles) => {
    await signInAs(await createUser({ roles: [...roles] }));
    const refused = await expectRefused(callAction(createWorkOrderAction, jobInput({ siteId: territory.site.id })));
    expect(refused.formError).toBe("Accès refusé.");
    expect(await db.workOrder.count()).toBe(0);
  });
});

describe("a job made from a report", () => {
  it("plans the report (followers told), and staff validating it resolves the report, its author notified", async () => {
    const author = await createUser({ name: "Amina Benali", email: "amina@exemple.test" });
    const category = await createCategory();
    const report = await createReportRow({ authorId: author.id, categoryId: category.id, siteId: otherSite.id, status: "ACKNOWLEDGED" });
    await redirectPathOf(callAction(createWorkOrderAction, jobInput({ reportId: report.id, siteId: otherSite.id })));
    const job = await db.workOrder.findFirstOrThrow({ where: { reportId: report.id } });
    expect(job).toMatchObject({ origin: "REPORT", partnerId: null });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "PLANNED" });
    expect(await db.notification.findFirst({ where: { userId: author.id, reportId: report.id } })).toMatchObject({ kind: "REPORT_STATUS" });
    expect((await listJobsOfReport(actorOf(staff), report.id)).map((j) => j.id)).toEqual([job.id]);

    // Done by the team, then validated by staff (no partner): the report is resolved in the same transaction.
    await db.workOrder.update({ where: { id: job.id }, data: { status: "DONE", doneAt: new Date() } });
    await expectSuccess(callAction(moveWorkOrderAction, { workOrderId: job.id, version: String(job.version), move: "validate" }));
    expect(await load(job.id)).toMatchObject({ status: "VALIDATED" });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "RESOLVED" });
    const notices = await db.notification.findMany({ where: { userId: author.id, reportId: report.id }, orderBy: { createdAt: "asc" } });
    expect(notices.at(-1)?.text).toMatch(/réalisés et validés/);
    expect(lastMailTo("amina@exemple.test")?.text).toMatch(/réalisés et validés/);
  });

  it("staff may not validate a job its partner validates", async () => {
    const job = await createJob({ status: "DONE", partnerId });
    const refused = await expectRefused(callAction(moveWorkOrderAction, { workOrderId: job.id, version: "0", move: "validate" }));
    expect(refused.formError).toBe(PARTNER_VALIDATES);
    expect(await load(job.id)).toMatchObject({ status: "DONE", version: 0 });
  });
});

describe("assignment", () => {
  it("assigns a planned job (move), then reassigns it (change), unassigns it", async () => {
    const [a, b] = [await createEmployee({ teamId: team.id, name: "Karim B." }), await createEmployee({ teamId: team.id, name: "Lina M." })];
    const job = await createJob({});
    await expectSuccess(callAction(assignWorkOrderAction, { workOrderId: job.id, version: "0", teamId: team.id, employeeIds: [a.id, b.id] }));
    let after = await load(job.id);
    expect(after).toMatchObject({ status: "ASSIGNED", teamId: team.id, version: 1 });
    expect(after.assignedAt).toBeInstanceOf(Date);
    expect(after.assignees.map((x) => x.employeeId).sort()).toEqual([a.id, b.id].sort());

    await expectSuccess(callAction(assignWorkOrderAction, { workOrderId: job.id, version: "1", teamId: "", employeeIds: b.id }));
    after = await load(job.id);
    expect(after).toMatchObject({ status: "ASSIGNED", teamId: null, version: 2 });
    expect(after.assignees.map((x) => x.employeeId)).toEqual([b.id]);
    expect(await auditRows({ action: "work-order.reassigned", entityId: job.id })).toHaveLength(1);

    await expectSuccess(callAction(moveWorkOrderAction, { workOrderId: job.id, version: "2", move: "unassign" }));
    after = await load(job.id);
    expect(after).toMatchObject({ status: "PLANNED", assignedAt: null });
    expect(after.assignees).toEqual([]);
  });

  it("refuses archived employees, nobody at all, a done job; nothing written", async () => {
    const gone = await createEmployee({ teamId: team.id, archived: true });
    const job = await createJob({});
    const done = await createJob({ status: "DONE" });
    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(assignWorkOrderAction, { workOrderId: job.id, version: "0", employeeIds: gone.id }))).fieldErrors?.employeeIds).toEqual([UNKNOWN_EMPLOYEE]);
    expect((await expectRefused(callAction(assignWorkOrderAction, { workOrderId: job.id, version: "0" }))).fieldErrors?.teamId).toBeDefined();
    expect((await expectRefused(callAction(assignWorkOrderAction, { workOrderId: done.id, version: "0", teamId: team.id }))).formError).toMatch(/ne peut plus être réaffectée/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("two people editing one job: the second is told, nothing of the first is lost", async () => {
    const [a, b] = [await createEmployee({ teamId: team.id }), await createEmployee({ teamId: team.id })];
    const job = await createJob({});
    await assignWorkOrder({ actor: actorOf(staff) }, { workOrderId: job.id, version: 0, teamId: null, employeeIds: [a.id] });
    await expect(assignWorkOrder({ actor: actorOf(staff) }, { workOrderId: job.id, version: 0, teamId: null, employeeIds: [b.id] })).rejects.toThrow(ConflictError);
    await expect(rescheduleWorkOrder({ actor: actorOf(staff) }, { workOrderId: job.id, version: 0, date: "2026-12-11", startTime: null })).rejects.toThrow(WORK_ORDER_CONFLICT);
    const refused = await expectRefused(callAction(cancelWorkOrderAction, { workOrderId: job.id, version: "0", reason: "Doublon" }));
    expect(refused.formError).toBe(WORK_ORDER_CONFLICT);
    const after = await load(job.id);
    expect(after).toMatchObject({ status: "ASSIGNED", version: 1, scheduledDate: new Date("2026-12-10T00:00:00Z") });
    expect(after.assignees.map((x) => x.employeeId)).toEqual([a.id]);
  });
});

describe("reschedule and cancel", () => {
  it("moves a job within its contract, keeping its occurrence; refuses outside the contract", async () => {
    const { contract, line } = await createContractWithLine({ partnerId, siteIds: [territory.site.id], endsOn: "2026-12-31" });
    const job = await db.workOrder.create({
      data: { origin: "SCHEDULE", contractId: contract.id, contractLineId: line.id, partnerId, siteId: territory.site.id, task: "Halls", scheduledDate: new Date("2026-12-10T00:00:00Z"), occurrenceDate: new Date("2026-12-10T00:00:00Z"), startMinutes: 480 },
    });
    await expectSuccess(callAction(rescheduleWorkOrderAction, { workOrderId: job.id, version: "0", date: "2026-12-11", keepTime: "on" }));
    expect(await load(job.id)).toMatchObject({ scheduledDate: new Date("2026-12-11T00:00:00Z"), occurrenceDate: new Date("2026-12-10T00:00:00Z"), startMinutes: 480, version: 1 });
    expect((await load(job.id)).events.at(-1)).toMatchObject({ kind: "RESCHEDULED", visibility: "INTERNAL" });

    const before = await databaseSnapshot();
    const refused = await expectRefused(callAction(rescheduleWorkOrderAction, { workOrderId: job.id, version: "1", date: "2027-01-05" }));
    expect(refused.fieldErrors?.date).toEqual([dateOutsideContract({ reference: (await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).reference, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") })]);
    const done = await createJob({ status: "DONE" });
    expect((await expectRefused(callAction(rescheduleWorkOrderAction, { workOrderId: done.id, version: "0", date: "2026-12-12" }))).formError).toBe(CANNOT_RESCHEDULE);
    expect(await db.workOrder.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ version: 1 });
    expect((await databaseSnapshot()).WorkOrderEvent).toEqual(before.WorkOrderEvent);
  });

  it("cancels with a reason (public, the partner told) and restores; refuses a cancel without reason", async () => {
    const partnerUser = await createUser({ roles: ["PARTNER"], partnerId, email: "gestion@habitat-sud.test" });
    const employee = await createEmployee({ teamId: team.id });
    const job = await createJob({ partnerId, status: "ASSIGNED", employeeIds: [employee.id] });
    const before = await databaseSnapshot();
    const refused = await expectRefused(callAction(cancelWorkOrderAction, { workOrderId: job.id, version: "0", reason: "" }));
    expect(refused.fieldErrors?.reason).toEqual([CANCEL_REASON_REQUIRED]);
    expect(await databaseSnapshot()).toEqual(before);

    await expectSuccess(callAction(cancelWorkOrderAction, { workOrderId: job.id, version: "0", reason: "Accès impossible : travaux du bailleur." }));
    expect(await load(job.id)).toMatchObject({ status: "CANCELLED", cancelReason: "Accès impossible : travaux du bailleur." });
    expect((await load(job.id)).events.at(-1)).toMatchObject({ toStatus: "CANCELLED", visibility: "PUBLIC" });
    expect(await db.notification.findFirst({ where: { userId: partnerUser.id, workOrderId: job.id } })).toMatchObject({ kind: "WORK_ORDER_STATUS" });

    await expectSuccess(callAction(moveWorkOrderAction, { workOrderId: job.id, version: "1", move: "restore" }));
    const restored = await load(job.id);
    expect(restored).toMatchObject({ status: "PLANNED", cancelReason: null, cancelledAt: null, assignedAt: null });
    expect(restored.assignees).toEqual([]);
  });
});

describe("queries", () => {
  it("lists with filters and search, and reads a job's page", async () => {
    const other = await createTeam();
    const a = await createJob({ teamId: team.id, scheduledDate: "2026-12-07" });
    await createJob({ teamId: other.id, scheduledDate: "2026-12-20", status: "CANCELLED" });
    const filter = (params: Record<string, string>) => workOrderFilterSchema.parse(params);
    expect((await listWorkOrders(actorOf(staff), filter({}))).total).toBe(2);
    expect((await listWorkOrders(actorOf(staff), filter({ equipe: team.id }))).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await listWorkOrders(actorOf(staff), filter({ statut: "CANCELLED" }))).total).toBe(1);
    expect((await listWorkOrders(actorOf(staff), filter({ du: "2026-12-01", au: "2026-12-10" }))).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await listWorkOrders(actorOf(staff), filter({ q: String(a.number) }))).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await listWorkOrders(actorOf(staff), filter({ q: "vélos" }))).total).toBe(2);
    expect((await listWorkOrders(actorOf(staff), filter({ statut: "nimporte", page: "x" }))).total).toBe(2);
    const page = await getWorkOrderForStaff(actorOf(staff), a.id);
    expect(page).toMatchObject({ id: a.id, team: { name: team.name }, events: [] });
  });

  it("counts and lists the work to handle: partners' orders to plan, open jobs sent back", async () => {
    const ordered = await createJob({ teamId: team.id });
    const orderedAssigned = await createJob({ teamId: team.id, status: "ASSIGNED" });
    await db.workOrder.updateMany({ where: { id: { in: [ordered.id, orderedAssigned.id] } }, data: { origin: "PARTNER_ORDER" } });
    const sentBack = await createJob({ teamId: team.id, status: "ASSIGNED" });
    const sentBackThenValidated = await createJob({ teamId: team.id, status: "VALIDATED" });
    await db.workOrder.updateMany({ where: { id: { in: [sentBack.id, sentBackThenValidated.id] } }, data: { sentBackAt: new Date() } });
    await createJob({ teamId: team.id });

    expect(await countWorkToHandle(actorOf(staff))).toEqual({ ordersToPlan: 1, sentBack: 1 });
    const filter = (params: Record<string, string>) => workOrderFilterSchema.parse(params);
    expect((await listWorkOrders(actorOf(staff), filter({ statut: "PLANNED", origine: "PARTNER_ORDER" }))).rows.map((r) => r.id)).toEqual([ordered.id]);
    expect((await listWorkOrders(actorOf(staff), filter({ renvoi: "oui" }))).rows.map((r) => r.id)).toEqual([sentBack.id]);
    // With a status as well, both hold; an odd value is ignored.
    expect((await listWorkOrders(actorOf(staff), filter({ renvoi: "oui", statut: "VALIDATED" }))).total).toBe(0);
    expect((await listWorkOrders(actorOf(staff), filter({ renvoi: "non" }))).total).toBe(5);
  });
});

/**
 * Time totals (an employee's week and month, a team's week) and the work figures, read from
 * work orders and time entries written straight to the database.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { periodOf } from "@/lib/employees/periods";
import { employeeTime, teamTime } from "@/lib/employees/queries/staff";
import { workFigures } from "@/lib/work-orders/queries/figures";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createPartner, createUser } from "../../helpers/factories";
import { createEmployeeRow, createTeamRow } from "../../helpers/employees";
import { createContractRow, createTimeEntryRow, createWorkOrderRow } from "../../helpers/work";
import type { Actor } from "@/lib/authz/policy";

let staff: Actor;

beforeEach(async () => {
  await resetDatabase();
  const user = await createUser({ roles: ["STAFF"] });
  staff = actorOf({ ...user, roles: ["STAFF"] });
});

describe("time totals", () => {
  it("sum an employee's minutes by day over a week and by week over a month, bounds included and excluded", async () => {
    const team = await createTeamRow();
    const awa = await createEmployeeRow({ teamId: team.id });
    const job = async (date: string) => (await createWorkOrderRow({ scheduledDate: date })).id;
    // Sunday 29 Nov ends week 48; Monday 30 Nov starts week 49; 1 Dec is in December.
    await createTimeEntryRow({ employeeId: awa.id, workOrderId: await job("2026-11-29"), date: "2026-11-29", minutes: 60 });
    await createTimeEntryRow({ employeeId: awa.id, workOrderId: await job("2026-11-30"), date: "2026-11-30", minutes: 270 });
    const twice = await job("2026-11-30");
    await createTimeEntryRow({ employeeId: awa.id, workOrderId: twice, date: "2026-11-30", minutes: 180 });
    await createTimeEntryRow({ employeeId: awa.id, workOrderId: await job("2026-12-06"), date: "2026-12-06", minutes: 45 });
    await createTimeEntryRow({ employeeId: awa.id, workOrderId: await job("2026-12-07"), date: "2026-12-07", minutes: 30 });
    const other = await createEmployeeRow({ teamId: team.id });
    await createTimeEntryRow({ employeeId: other.id, workOrderId: twice, date: "2026-11-30", minutes: 400 });

    const week = await employeeTime(staff, awa.id, periodOf("week", "2026-W49")!);
    expect(week.total).toBe(270 + 180 + 45);
    expect(week.breakdown.map((d) => [d.key, d.minutes])).toEqual([
      ["2026-11-30", 450],
      ["2026-12-01", 0],
      ["2026-12-02", 0],
      ["2026-12-03", 0],
      ["2026-12-04", 0],
      ["2026-12-05", 0],
      ["2026-12-06", 45],
    ]);

    const november = await employeeTime(staff, awa.id, periodOf("month", "2026-11")!);
    expect(november.total).toBe(60 + 450);
    expect(november.breakdown.filter((w) => w.minutes > 0).map((w) => [w.key, w.minutes])).toEqual([
      ["2026-W48", 60],
      ["2026-W49", 450],
    ]);
    expect(november.breakdown[0].key).toBe("2026-W44");

    const teamWeek = await teamTime(staff, team.id, periodOf("week", "2026-W49")!);
    expect(Object.fromEntries(teamWeek)).toEqual({ [awa.id]: 495, [other.id]: 400 });
  });

  it("leave out archived members and other teams from a team's week", async () => {
    const team = await createTeamRow();
    const elsewhere = await createEmployeeRow();
    const gone = await createEmployeeRow({ teamId: team.id, archived: true });
    const job = (await createWorkOrderRow({ scheduledDate: "2026-11-30" })).id;
    await createTimeEntryRow({ employeeId: elsewhere.id, workOrderId: job, date: "2026-11-30", minutes: 60 });
    await createTimeEntryRow({ employeeId: gone.id, workOrderId: job, date: "2026-11-30", minutes: 60 });
    expect((await teamTime(staff, team.id, periodOf("week", "2026-W49")!)).size).toBe(0);
  });
});

describe("the work figures", () => {
  it("count jobs by status, contract and team, hours by contract and month, and jobs done on their day", async () => {
    const partner = await createPartner();
    const contract = await createContractRow(partner.id, "M2026-014");
    const team = await createTeamRow({ name: "Espaces verts" });
    const worker = await createEmployeeRow({ teamId: team.id });
    const base = { contractId: contract.id, partnerId: partner.id, teamId: team.id };
    // Done at 23:30 Paris time on its day (22:30 UTC in November): on time.
    const onTime = await createWorkOrderRow({ ...base, scheduledDate: "2026-11-10", status: "VALIDATED", doneAt: new Date("2026-11-10T22:30:00Z") });
    // Done at 00:30 Paris time the next day: late.
    const late = await createWorkOrderRow({ ...base, scheduledDate: "2026-11-10", status: "DONE", doneAt: new Date("2026-11-10T23:30:00Z") });
    // Done the day before: on time.
    await createWorkOrderRow({ ...base, scheduledDate: "2026-11-12", status: "DONE", doneAt: new Date("2026-11-11T09:00:00Z") });
    await createWorkOrderRow({ scheduledDate: "2026-11-12", status: "PLANNED" });
    await createWorkOrderRow({ ...base, scheduledDate: "2026-11-13", status: "CANCELLED" });
    // Outside the month.
    await createWorkOrderRow({ ...base, scheduledDate: "2026-12-01", status: "PLANNED" });
    await createTimeEntryRow({ employeeId: worker.id, workOrderId: onTime.id, date: "2026-11-10", minutes: 90 });
    await createTimeEntryRow({ employeeId: worker.id, workOrderId: late.id, date: "2026-11-11", minutes: 45 });
    const loose = await createWorkOrderRow({ scheduledDate: "2026-10-30", status: "DONE", doneAt: new Date("2026-10-30T10:00:00Z") });
    await createTimeEntryRow({ employeeId: worker.id, workOrderId: loose.id, date: "2026-10-30", minutes: 30 });

    const november = await workFigures(staff, { from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z") });
    expect(november.byStatus).toEqual([
      { status: "PLANNED", count: 1 },
      { status: "ASSIGNED", count: 0 },
      { status: "IN_PROGRESS", count: 0 },
      { status: "DONE", count: 2 },
      { status: "VALIDATED", count: 1 },
      { status: "CANCELLED", count: 1 },
    ]);
    expect(november.byContract).toEqual([
      { id: contract.id, label: "M2026-014", count: 3 },
      { id: null, label: null, count: 1 },
    ]);
    expect(november.byTeam).toEqual([
      { id: team.id, label: "Espaces verts", count: 3 },
      { id: null, label: null, count: 1 },
    ]);
    expect(november.hours).toEqual([{ contractId: contract.id, reference: "M2026-014", month: "2026-11", minutes: 135 }]);
    expect(november.punctuality).toEqual({ done: 3, onTime: 2 });

    const year = await workFigures(staff, { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") });
    expect(year.hours).toEqual([
      { contractId: null, reference: null, month: "2026-10", minutes: 30 },
      { contractId: contract.id, reference: "M2026-014", month: "2026-11", minutes: 135 },
    ]);
    expect(year.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(7);
  });

  it("are all zeros on an empty period", async () => {
    const figures = await workFigures(staff, { from: new Date("2030-01-01T00:00:00Z"), to: new Date("2030-02-01T00:00:00Z") });
    expect(figures.byStatus.every((s) => s.count === 0)).toBe(true);
    expect(figures).toMatchObject({ byContract: [], byTeam: [], hours: [], punctuality: { done: 0, onTime: 0 } });
  });
});

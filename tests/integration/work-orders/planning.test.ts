/** A team's week on the planning, and the conflicts it warns about (an employee on two overlapping jobs, or absent). */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { conflictsOf } from "@/lib/work-orders/conflicts";
import { getTeamWeek } from "@/lib/work-orders/queries/planning";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createUser } from "../../helpers/factories";
import { createEmployee, createJob, createTeam, day } from "../../helpers/work-orders";

let staff: ReturnType<typeof actorOf>;
beforeEach(async () => {
  await resetDatabase();
  staff = actorOf(await createUser({ roles: ["STAFF"] }));
});

describe("getTeamWeek", () => {
  it("reads the team's seven days only, with assignees and conflicts", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const karim = await createEmployee({ teamId: team.id, name: "Karim B." });
    const lina = await createEmployee({ teamId: team.id, name: "Lina M." });
    await createEmployee({ teamId: team.id, archived: true });
    // Monday 7 Dec 2026 – Sunday 13 Dec.
    const a = await createJob({ teamId: team.id, scheduledDate: "2026-12-08", startMinutes: 9 * 60, durationMinutes: 120, employeeIds: [karim.id], status: "ASSIGNED" });
    // Another team's job, Karim on it too, overlapping: a conflict on `a`.
    const b = await createJob({ teamId: other.id, scheduledDate: "2026-12-08", startMinutes: 10 * 60, employeeIds: [karim.id], status: "ASSIGNED" });
    // Same day, no start time: counts in the day, overlaps nothing.
    await createJob({ teamId: team.id, scheduledDate: "2026-12-08", startMinutes: null, employeeIds: [karim.id], status: "ASSIGNED" });
    const c = await createJob({ teamId: team.id, scheduledDate: "2026-12-10", employeeIds: [lina.id], status: "ASSIGNED" });
    await db.absence.create({ data: { employeeId: lina.id, kind: "SICKNESS", startsOn: day("2026-12-09"), endsOn: day("2026-12-11") } });
    await createJob({ teamId: team.id, scheduledDate: "2026-12-14" });
    await createJob({ teamId: team.id, scheduledDate: "2026-12-06" });

    const week = await getTeamWeek(staff, team.id, day("2026-12-07"));
    expect(week.jobs).toHaveLength(3);
    expect(week.employees.map((e) => e.name)).toEqual(["Karim B.", "Lina M."]);
    expect(week.conflicts.get(a.id)).toEqual([{ kind: "overlap", employeeId: karim.id, otherId: b.id, otherNumber: b.number }]);
    expect(week.conflicts.get(c.id)).toEqual([{ kind: "absent", employeeId: lina.id, absence: "SICKNESS" }]);
    expect(week.conflicts.size).toBe(2);
  });

  it("conflictsOf ignores done and cancelled jobs, and jobs without people", async () => {
    const team = await createTeam();
    const karim = await createEmployee({ teamId: team.id });
    const a = await createJob({ teamId: team.id, employeeIds: [karim.id], status: "ASSIGNED" });
    await createJob({ teamId: team.id, employeeIds: [karim.id], status: "CANCELLED" });
    await createJob({ teamId: team.id, employeeIds: [karim.id], status: "DONE" });
    const job = await db.workOrder.findUniqueOrThrow({ where: { id: a.id } });
    expect((await conflictsOf([{ ...job, employeeIds: [karim.id] }])).size).toBe(0);
    expect((await conflictsOf([{ ...job, employeeIds: [] }])).size).toBe(0);
  });
});

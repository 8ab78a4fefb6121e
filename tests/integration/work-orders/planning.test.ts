/** A team's week on the planning, and the conflicts it warns about (an employee on two overlapping jobs, or absent). */
import pg from "pg";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { listActiveTeams } from "@/lib/employees/queries/active-teams";
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

  it("reads the week, the team's people and the conflicts in one statement, with the warnings conflictsOf gives for the same jobs", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const karim = await createEmployee({ teamId: team.id, name: "Karim B." });
    const lina = await createEmployee({ teamId: team.id, name: "Lina M." });
    const nadia = await createEmployee({ teamId: other.id, name: "Nadia K." });
    await db.absence.create({ data: { employeeId: lina.id, kind: "TRAINING", startsOn: day("2026-12-09"), endsOn: day("2026-12-09") } });
    await db.absence.create({ data: { employeeId: karim.id, kind: "LEAVE", startsOn: day("2026-12-11"), endsOn: day("2026-12-11") } });
    // Karim on two jobs at once (one of another team), Nadia too; Lina absent on her job's day.
    await createJob({ teamId: team.id, scheduledDate: "2026-12-08", startMinutes: 9 * 60, employeeIds: [karim.id, nadia.id], status: "ASSIGNED" });
    await createJob({ teamId: other.id, scheduledDate: "2026-12-08", startMinutes: 9 * 60 + 30, employeeIds: [karim.id, nadia.id], status: "IN_PROGRESS" });
    await createJob({ teamId: team.id, scheduledDate: "2026-12-09", employeeIds: [lina.id], status: "ASSIGNED" });
    // Done: no warning, and not counted against the open job of the same hour.
    await createJob({ teamId: team.id, scheduledDate: "2026-12-10", startMinutes: 9 * 60, employeeIds: [lina.id], status: "DONE" });
    await createJob({ teamId: team.id, scheduledDate: "2026-12-10", startMinutes: 9 * 60, employeeIds: [lina.id], status: "PLANNED" });
    // Team-only jobs: Karim away on Friday and Lina there; nobody of the team away on Thursday.
    await createJob({ teamId: team.id, scheduledDate: "2026-12-10" });
    await createJob({ teamId: team.id, scheduledDate: "2026-12-11" });
    // Another week's job of Karim's at the same hour: not this week's.
    await createJob({ teamId: other.id, scheduledDate: "2026-12-15", startMinutes: 9 * 60, employeeIds: [karim.id], status: "ASSIGNED" });
    await createJob({ teamId: team.id, scheduledDate: "2026-12-15", startMinutes: 9 * 60, employeeIds: [karim.id], status: "ASSIGNED" });

    const queries = vi.spyOn(pg.Pool.prototype, "query");
    let week: Awaited<ReturnType<typeof getTeamWeek>>;
    try {
      week = await getTeamWeek(staff, team.id, day("2026-12-07"));
      expect(queries).toHaveBeenCalledTimes(1);
    } finally {
      queries.mockRestore();
    }
    expect(week.jobs).toHaveLength(6);
    expect(week.employees.map((e) => e.name)).toEqual(["Karim B.", "Lina M."]);
    expect(week.jobs[0].assignees.map((a) => a.employee.name)).toEqual(["Karim B.", "Nadia K."]);
    const open = week.jobs.filter((job) => job.status !== "DONE").map((job) => ({ ...job, teamId: team.id, employeeIds: job.assignees.map((a) => a.employee.id) }));
    expect(week.conflicts).toEqual(await conflictsOf(open));
    expect([...week.conflicts.values()].flat().map((conflict) => conflict.kind)).toEqual(["overlap", "overlap", "absent"]);
  });

  it("lists the active teams as listActiveTeams does, and shows the one asked for if active, else the first by name", async () => {
    const second = await createTeam({ name: "Second œuvre" });
    const first = await createTeam({ name: "Espaces verts" });
    const archived = await createTeam({ name: "Ancienne équipe", archived: true });
    await createJob({ teamId: second.id, scheduledDate: "2026-12-08" });
    await createJob({ teamId: archived.id, scheduledDate: "2026-12-08" });
    const monday = day("2026-12-07");

    const asked = await getTeamWeek(staff, second.id, monday);
    expect(asked.teams).toEqual(await listActiveTeams());
    expect(asked.team).toEqual({ id: second.id, name: "Second œuvre" });
    expect(asked.jobs).toHaveLength(1);
    for (const other of [undefined, archived.id, "inconnue"]) {
      const week = await getTeamWeek(staff, other, monday);
      expect(week.team, String(other)).toEqual({ id: first.id, name: "Espaces verts" });
      expect(week.jobs).toEqual([]);
    }
    await resetDatabase();
    expect(await getTeamWeek(staff, undefined, monday)).toMatchObject({ teams: [], team: null, jobs: [], employees: [] });
  });

  it("conflictsOf reads, in one statement, an employee on two jobs at once who is also absent, and a team with everyone absent", async () => {
    const team = await createTeam();
    const karim = await createEmployee({ teamId: team.id });
    const lina = await createEmployee({ teamId: team.id });
    const away = await createTeam();
    const nadia = await createEmployee({ teamId: away.id });
    await db.absence.create({ data: { employeeId: karim.id, kind: "TRAINING", startsOn: day("2026-12-08"), endsOn: day("2026-12-08") } });
    await db.absence.create({ data: { employeeId: nadia.id, kind: "LEAVE", startsOn: day("2026-12-07"), endsOn: day("2026-12-13") } });
    // Lina absent another week: not read.
    await db.absence.create({ data: { employeeId: lina.id, kind: "LEAVE", startsOn: day("2026-11-02"), endsOn: day("2026-11-06") } });
    const a = await createJob({ teamId: team.id, scheduledDate: "2026-12-08", startMinutes: 9 * 60, durationMinutes: 60, employeeIds: [karim.id, lina.id], status: "ASSIGNED" });
    const b = await createJob({ teamId: team.id, scheduledDate: "2026-12-08", startMinutes: 9 * 60 + 30, employeeIds: [karim.id], status: "ASSIGNED" });
    const lone = await createJob({ teamId: away.id, scheduledDate: "2026-12-10" });
    const rows = await db.workOrder.findMany({ where: { id: { in: [a.id, lone.id] } } });
    const employeesOf = new Map([[a.id, [karim.id, lina.id]]]);
    const queries = vi.spyOn(pg.Client.prototype, "query");
    try {
      const conflicts = await conflictsOf(rows.map((row) => ({ ...row, employeeIds: employeesOf.get(row.id) ?? [] })));
      expect(queries).toHaveBeenCalledTimes(1);
      expect(conflicts.get(a.id)).toEqual([
        { kind: "overlap", employeeId: karim.id, otherId: b.id, otherNumber: b.number },
        { kind: "absent", employeeId: karim.id, absence: "TRAINING" },
      ]);
      expect(conflicts.get(lone.id)).toEqual([{ kind: "teamAbsent", teamId: away.id, members: 1 }]);
      expect(conflicts.size).toBe(2);
    } finally {
      queries.mockRestore();
    }
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

describe("team-only jobs (\"Toute l'équipe\")", () => {
  it("warn on the planning when every member employed that day is absent, not while one is there", async () => {
    const team = await createTeam();
    const karim = await createEmployee({ teamId: team.id, name: "Karim B." });
    const lina = await createEmployee({ teamId: team.id, name: "Lina M." });
    // Archived: not a member any more, neither present nor absent.
    await createEmployee({ teamId: team.id, archived: true });
    // Another team's member, present: does not make up for the team.
    await createEmployee({ teamId: (await createTeam()).id });
    await db.absence.create({ data: { employeeId: karim.id, kind: "LEAVE", startsOn: day("2026-12-07"), endsOn: day("2026-12-11") } });
    await db.absence.create({ data: { employeeId: lina.id, kind: "TRAINING", startsOn: day("2026-12-09"), endsOn: day("2026-12-09") } });
    const tuesday = await createJob({ teamId: team.id, scheduledDate: "2026-12-08" });
    const wednesday = await createJob({ teamId: team.id, scheduledDate: "2026-12-09" });

    const week = await getTeamWeek(staff, team.id, day("2026-12-07"));
    expect(week.conflicts.get(wednesday.id)).toEqual([{ kind: "teamAbsent", teamId: team.id, members: 2 }]);
    expect(week.conflicts.has(tuesday.id)).toBe(false);
  });

  it("warn when the team has nobody employed that day; a member named on a job at the same hour is no conflict", async () => {
    const empty = await createTeam();
    const team = await createTeam();
    const karim = await createEmployee({ teamId: team.id });
    const lone = await createJob({ teamId: empty.id, scheduledDate: "2026-12-08" });
    const shared = await createJob({ teamId: team.id, scheduledDate: "2026-12-08", startMinutes: 9 * 60, status: "ASSIGNED" });
    const named = await createJob({ teamId: team.id, scheduledDate: "2026-12-08", startMinutes: 9 * 60, employeeIds: [karim.id], status: "ASSIGNED" });
    const jobs = await db.workOrder.findMany({ where: { id: { in: [lone.id, shared.id, named.id] } } });
    const employeesOf = new Map([[named.id, [karim.id]]]);
    const conflicts = await conflictsOf(jobs.map((job) => ({ ...job, employeeIds: employeesOf.get(job.id) ?? [] })));
    expect([...conflicts]).toEqual([[lone.id, [{ kind: "teamAbsent", teamId: empty.id, members: 0 }]]]);
  });

  it("are read in a fixed number of queries, whatever the number of jobs and teams", async () => {
    const queries = vi.spyOn(pg.Client.prototype, "query");
    async function count(size: number) {
      const jobs = [];
      for (let i = 0; i < size; i++) {
        const team = await createTeam();
        const member = await createEmployee({ teamId: team.id });
        await db.absence.create({ data: { employeeId: member.id, kind: "LEAVE", startsOn: day("2026-12-01"), endsOn: day("2026-12-31") } });
        const named = await createEmployee({ teamId: team.id });
        jobs.push({ ...(await createJob({ teamId: team.id, scheduledDate: "2026-12-08" })), employeeIds: [] as string[] });
        jobs.push({ ...(await createJob({ teamId: team.id, scheduledDate: "2026-12-09", employeeIds: [named.id] })), employeeIds: [named.id] });
      }
      const rows = await db.workOrder.findMany({ where: { id: { in: jobs.map((job) => job.id) } } });
      const employeesOf = new Map(jobs.map((job) => [job.id, job.employeeIds]));
      queries.mockClear();
      const conflicts = await conflictsOf(rows.map((row) => ({ ...row, employeeIds: employeesOf.get(row.id) ?? [] })));
      return { queries: queries.mock.calls.length, conflicts };
    }
    try {
      const one = await count(1);
      await resetDatabase();
      const ten = await count(10);
      expect(ten.conflicts.size).toBe(0);
      expect(one.queries).toBeGreaterThan(0);
      expect(ten.queries).toBe(one.queries);
    } finally {
      queries.mockRestore();
    }
  });
});

describe("listActiveTeams", () => {
  it("lists the teams not archived, by name", async () => {
    await createTeam({ name: "Second œuvre" });
    await createTeam({ name: "Espaces verts" });
    await createTeam({ name: "Ancienne équipe", archived: true });
    expect((await listActiveTeams()).map((team) => team.name)).toEqual(["Espaces verts", "Second œuvre"]);
  });
});

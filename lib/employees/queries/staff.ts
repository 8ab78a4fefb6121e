import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/authz/policy";
import { daysOf, type Period } from "@/lib/employees/periods";
import { listActiveTeams } from "@/lib/employees/queries/active-teams";
import { isoDay, isoWeek } from "@/lib/core/calendar";
import type { ArchivedFilter, ListEmployeesFilter, ListTeamsFilter } from "@/lib/employees/schemas";

/**
 * The staff's reads of teams, employees, absences and time totals. Employees' records are behind
 * a privacy wall (DOMAIN.md): every read checks `employees:view` itself, so that a page, an action
 * or a route handler that forgot to ask still cannot hand them to a partner, the board or the
 * employees themselves. Small DTOs through `select`; never the account's secrets.
 */

export const EMPLOYEES_PAGE_SIZE = 25;
export const TEAMS_PAGE_SIZE = 25;

const archivedWhere = (archived: ArchivedFilter) => (archived === "all" ? {} : { archivedAt: archived === "active" ? null : { not: null } });
const pageOf = (page: number, size: number) => ({ skip: (page - 1) * size, take: size });

// ─── Teams ──────────────────────────────────────────────────────────────────────────────────────

export async function listTeams(actor: Actor | null, filter: ListTeamsFilter) {
  authorize(actor, "employees:view");
  const where: Prisma.TeamWhereInput = {
    ...archivedWhere(filter.archived),
    ...(filter.q ? { name: { contains: filter.q, mode: "insensitive" } } : {}),
  };
  const [total, teams] = await Promise.all([
    db.team.count({ where }),
    db.team.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageOf(filter.page, TEAMS_PAGE_SIZE),
      select: { id: true, name: true, description: true, archivedAt: true, _count: { select: { employees: { where: { archivedAt: null } } } } },
    }),
  ]);
  return {
    total,
    pageSize: TEAMS_PAGE_SIZE,
    teams: teams.map(({ _count, ...team }) => ({ ...team, memberCount: _count.employees })),
  };
}

/** The teams an employee may be put in, and the list's filter: the active ones, by name. */
export async function teamOptions(actor: Actor | null) {
  authorize(actor, "employees:view");
  const teams = await listActiveTeams();
  return teams.map((team) => ({ value: team.id, label: team.name }));
}

export async function getTeam(actor: Actor | null, teamId: string) {
  authorize(actor, "employees:view");
  return db.team.findUnique({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      version: true,
      employees: {
        where: { archivedAt: null },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, contractType: true, weeklyHours: true, phone: true },
      },
    },
  });
}

// ─── Employees ──────────────────────────────────────────────────────────────────────────────────

export async function listEmployees(actor: Actor | null, filter: ListEmployeesFilter) {
  authorize(actor, "employees:view");
  const where: Prisma.EmployeeWhereInput = {
    ...archivedWhere(filter.archived),
    ...(filter.q ? { name: { contains: filter.q, mode: "insensitive" } } : {}),
    ...(filter.teamId ? { teamId: filter.teamId } : {}),
    ...(filter.contractType ? { contractType: filter.contractType } : {}),
  };
  const [total, employees] = await Promise.all([
    db.employee.count({ where }),
    db.employee.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageOf(filter.page, EMPLOYEES_PAGE_SIZE),
      select: {
        id: true,
        name: true,
        contractType: true,
        weeklyHours: true,
        startsOn: true,
        endsOn: true,
        archivedAt: true,
        userId: true,
        team: { select: { id: true, name: true } },
      },
    }),
  ]);
  return { total, pageSize: EMPLOYEES_PAGE_SIZE, employees };
}

export async function getEmployee(actor: Actor | null, employeeId: string) {
  authorize(actor, "employees:view");
  return db.employee.findUnique({
    where: { id: employeeId },
    select: {
      id: true,
      name: true,
      phone: true,
      contractType: true,
      startsOn: true,
      endsOn: true,
      weeklyHours: true,
      skills: true,
      archivedAt: true,
      version: true,
      team: { select: { id: true, name: true, archivedAt: true } },
      user: { select: { id: true, name: true, email: true } },
      absences: {
        orderBy: [{ startsOn: "desc" }, { id: "asc" }],
        select: { id: true, kind: true, startsOn: true, endsOn: true, note: true },
      },
    },
  });
}

/** The skills active employees have, to tick on the form: each once, in alphabetical order. */
export async function skillsInUse(actor: Actor | null): Promise<string[]> {
  authorize(actor, "employees:view");
  const rows = await db.$queryRaw<{ skill: string }[]>(Prisma.sql`
    SELECT DISTINCT unnest("skills") AS skill FROM "Employee" WHERE "archivedAt" IS NULL ORDER BY skill`);
  return rows.map((row) => row.skill);
}

// ─── Time totals ────────────────────────────────────────────────────────────────────────────────

/**
 * An employee's time over a period, from their time entries: the total in minutes, and its
 * breakdown (by day for a week, by ISO week for a month), every day or week listed, even at zero.
 * One grouped query.
 */
export async function employeeTime(actor: Actor | null, employeeId: string, period: Period) {
  authorize(actor, "employees:view");
  const rows = await db.timeEntry.groupBy({
    by: ["date"],
    where: { employeeId, date: { gte: period.from, lt: period.to } },
    _sum: { minutes: true },
  });
  const byDay = new Map(rows.map((row) => [isoDay(row.date), row._sum.minutes ?? 0]));
  const days = daysOf(period);
  const parts = new Map<string, { key: string; from: Date; minutes: number }>();
  for (const day of days) {
    const key = period.kind === "week" ? isoDay(day) : isoWeek(day);
    const part = parts.get(key) ?? { key, from: day, minutes: 0 };
    part.minutes += byDay.get(isoDay(day)) ?? 0;
    parts.set(key, part);
  }
  const breakdown = [...parts.values()];
  return { total: breakdown.reduce((sum, part) => sum + part.minutes, 0), breakdown };
}

/** Each active member's time over a period (a team's week), in the team's order: one grouped query. */
export async function teamTime(actor: Actor | null, teamId: string, period: Period) {
  authorize(actor, "employees:view");
  const rows = await db.timeEntry.groupBy({
    by: ["employeeId"],
    where: { employee: { teamId, archivedAt: null }, date: { gte: period.from, lt: period.to } },
    _sum: { minutes: true },
  });
  return new Map(rows.map((row) => [row.employeeId, row._sum.minutes ?? 0]));
}

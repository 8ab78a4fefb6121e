import "server-only";
import { readRows } from "@/lib/db";
import { activeTeamsSql } from "@/lib/employees/queries/active-teams";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/authz/policy";
import { workOrderScope } from "@/lib/authz/scopes";
import { conflictRowsSql, conflictsFromRows, type ConflictRows, type Conflicts } from "@/lib/work-orders/conflicts";
import { isOpenWorkOrder, OPEN_WORK_ORDER_STATUSES } from "@/lib/work-orders/model";
import { addDays, isoDay } from "@/lib/core/calendar";
import { dayReader } from "@/lib/work-orders/day-reader";

/**
 * The planning: the teams to choose from and one team's week, its jobs of the seven days read by
 * the index (teamId, scheduledDate) with their site and assignees, the conflicts of their
 * employees, the team's people for the cards' reassignment. One statement, whatever the data
 * size. Staff only (`work-orders:manage`), checked here as well as by the page.
 */

/** At most this many jobs on one team's week: past it, the page says the week is cut. */
export const PLANNING_WEEK_LIMIT = 500;

type Team = { id: string; name: string };

type WeekJob = {
  id: string;
  number: number;
  status: WorkOrderStatus;
  version: number;
  task: string;
  scheduledDate: string;
  startMinutes: number | null;
  durationMinutes: number;
  address: string | null;
  siteName: string | null;
  assignees: { id: string; name: string }[];
};

/**
 * The teams, the team shown (the one asked for if it is active, else the first by name), its
 * week's jobs, its people and what the jobs' conflicts need, in one statement: raw SQL on
 * Prisma's pool (lib/db.ts `readRows`), as the planning is a staff page read on every visit and
 * each round trip costs the server more than the rows it brings (it was four statements). The
 * teams are the active ones `listActiveTeams` lists (the same `activeTeamsSql`). One row of JSON columns:
 * the jobs (the site's name by a scalar subquery, the assignees aggregated once for the week), the
 * team's people, and `conflictRowsSql`'s three lists for the open jobs' employees and the team
 * over the seven days (a wider range than those jobs' own days only reads a few more rows, and
 * the rule compares jobs of the same day). Days come back as text ("2026-12-07") and are turned
 * into the `@db.Date` values (00:00 UTC) the rest of the code compares.
 */
export async function getTeamWeek(actor: Actor | null, askedTeamId: string | undefined, monday: Date) {
  authorize(actor, "work-orders:manage");
  const scope = workOrderScope(actor, "staff").sql;
  const [firstDay, lastDay] = [Prisma.sql`${isoDay(monday)}::date`, Prisma.sql`${isoDay(addDays(monday, 6))}::date`];
  const [row] = await readRows<{ teams: Team[]; teamId: string | null; jobs: WeekJob[]; employees: { id: string; name: string }[] } & ConflictRows>(Prisma.sql`
    WITH teams AS (${activeTeamsSql}),
    team AS (
      SELECT t.id FROM teams t ORDER BY t.id = ${askedTeamId ?? null}::text DESC NULLS LAST, t.name, t.id LIMIT 1),
    week AS (
      SELECT w.id, w.number, w.status, w.version, w.task, w."scheduledDate", w."startMinutes", w."durationMinutes", w.address, w."siteId"
        FROM "WorkOrder" w
       WHERE w."teamId" = (SELECT id FROM team) AND w."scheduledDate" BETWEEN ${firstDay} AND ${lastDay} AND ${scope}
       ORDER BY w."scheduledDate", w."startMinutes" NULLS LAST, w.number
       LIMIT ${PLANNING_WEEK_LIMIT + 1}),
    assigned AS (
      SELECT a."workOrderId", json_agg(json_build_object('id', e.id, 'name', e.name) ORDER BY a."createdAt", e.id) AS people
        FROM week JOIN "WorkOrderAssignee" a ON a."workOrderId" = week.id JOIN "Employee" e ON e.id = a."employeeId"
       GROUP BY a."workOrderId")
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name, t.id), '[]') FROM teams t) AS teams,
      (SELECT id FROM team) AS "teamId",
      (SELECT coalesce(json_agg(json_build_object('id', w.id, 'number', w.number, 'status', w.status, 'version', w.version, 'task', w.task,
                                                  'scheduledDate', w."scheduledDate", 'startMinutes', w."startMinutes", 'durationMinutes', w."durationMinutes",
                                                  'address', w.address, 'siteName', (SELECT s.name FROM "Site" s WHERE s.id = w."siteId"),
                                                  'assignees', coalesce(p.people, '[]'))
                                ORDER BY w."scheduledDate", w."startMinutes" NULLS LAST, w.number), '[]')
         FROM week w LEFT JOIN assigned p ON p."workOrderId" = w.id) AS jobs,
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'name', e.name) ORDER BY e.name), '[]')
         FROM "Employee" e WHERE e."teamId" = (SELECT id FROM team) AND e."archivedAt" IS NULL) AS employees,
      conflicts.*
      FROM (${conflictRowsSql({
        employeeIds: Prisma.sql`ARRAY(SELECT DISTINCT a."employeeId" FROM week JOIN "WorkOrderAssignee" a ON a."workOrderId" = week.id
                                       WHERE week.status::text = ANY(${[...OPEN_WORK_ORDER_STATUSES]}::text[]))`,
        teamIds: Prisma.sql`ARRAY(SELECT id FROM team)`,
        fromDay: firstDay,
        toDay: lastDay,
      })}) conflicts`);
  const team = row.teams.find((t) => t.id === row.teamId) ?? null;
  const day = dayReader();
  const jobs = row.jobs.slice(0, PLANNING_WEEK_LIMIT).map(({ siteName, assignees, scheduledDate, ...job }) => ({
    ...job,
    scheduledDate: day(scheduledDate),
    site: siteName === null ? null : { name: siteName },
    assignees: assignees.map((employee) => ({ employee })),
  }));
  const open = jobs.filter((job) => isOpenWorkOrder(job.status)).map((job) => ({ ...job, teamId: row.teamId, employeeIds: job.assignees.map((a) => a.employee.id) }));
  const conflicts: Conflicts = conflictsFromRows(open, row);
  return { teams: row.teams, team, jobs, truncated: row.jobs.length > PLANNING_WEEK_LIMIT, employees: row.employees, conflicts };
}
export type Planning = Awaited<ReturnType<typeof getTeamWeek>>;
export type PlanningJob = Planning["jobs"][number];

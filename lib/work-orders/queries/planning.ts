import "server-only";
import { readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { listActiveTeams } from "@/lib/employees/queries/active-teams";
import { authorize, type Actor } from "@/lib/authz/policy";
import { workOrderScope } from "@/lib/authz/scopes";
import { conflictsOf, type Conflicts } from "@/lib/work-orders/conflicts";
import { addDays, isoDay, toDay } from "@/lib/core/calendar";

/**
 * A team's week on the planning: its jobs of the seven days, read by the index (teamId,
 * scheduledDate), with their site and assignees joined; the conflicts of their employees; the
 * team's people for the cards' reassignment. A fixed number of queries, whatever the data size.
 * Staff only (`work-orders:manage`), checked here as well as by the page.
 */

export async function listPlanningTeams(actor: Actor | null) {
  authorize(actor, "work-orders:manage");
  return listActiveTeams();
}

/** At most this many jobs on one team's week: past it, the page says the week is cut. */
export const PLANNING_WEEK_LIMIT = 500;

type WeekRow = {
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
 * The week's jobs and the team's people, as raw SQL on Prisma's pool (lib/db.ts `readRows`): the
 * planning is a staff page read on every visit, and Prisma 6's client engine compiled each of its
 * reads anew (about a fifth of the page's CPU). The site's name by a scalar subquery and the
 * assignees as JSON, so each job is one row; days come back as text ("2026-12-07") and are turned
 * into the `@db.Date` values (00:00 UTC) the rest of the code compares.
 */
export async function getTeamWeek(actor: Actor | null, teamId: string, monday: Date) {
  authorize(actor, "work-orders:manage");
  const scope = workOrderScope(actor, "staff").sql;
  const [rows, employees] = await Promise.all([
    readRows<WeekRow>(Prisma.sql`
      SELECT w.id, w.number, w.status::text AS status, w.version, w.task, w."scheduledDate"::text AS "scheduledDate",
             w."startMinutes", w."durationMinutes", w.address,
             (SELECT s.name FROM "Site" s WHERE s.id = w."siteId") AS "siteName",
             coalesce((SELECT json_agg(json_build_object('id', e.id, 'name', e.name) ORDER BY a."createdAt", e.id)
                         FROM "WorkOrderAssignee" a JOIN "Employee" e ON e.id = a."employeeId" WHERE a."workOrderId" = w.id), '[]') AS assignees
        FROM "WorkOrder" w
       WHERE w."teamId" = ${teamId} AND w."scheduledDate" BETWEEN ${isoDay(monday)}::date AND ${isoDay(addDays(monday, 6))}::date AND ${scope}
       ORDER BY w."scheduledDate", w."startMinutes" NULLS LAST, w.number
       LIMIT ${PLANNING_WEEK_LIMIT + 1}`),
    readRows<{ id: string; name: string }>(Prisma.sql`
      SELECT e.id, e.name FROM "Employee" e WHERE e."teamId" = ${teamId} AND e."archivedAt" IS NULL ORDER BY e.name`),
  ]);
  const jobs = rows.slice(0, PLANNING_WEEK_LIMIT).map(({ siteName, assignees, scheduledDate, ...job }) => ({
    ...job,
    scheduledDate: toDay(scheduledDate),
    site: siteName === null ? null : { name: siteName },
    assignees: assignees.map((employee) => ({ employee })),
  }));
  const conflicts: Conflicts = await conflictsOf(
    jobs
      .filter((job) => job.status !== "CANCELLED" && job.status !== "DONE" && job.status !== "VALIDATED")
      .map((job) => ({ ...job, teamId, employeeIds: job.assignees.map((a) => a.employee.id) })),
  );
  return { jobs, truncated: rows.length > PLANNING_WEEK_LIMIT, employees, conflicts };
}
export type PlanningWeek = Awaited<ReturnType<typeof getTeamWeek>>;
export type PlanningJob = PlanningWeek["jobs"][number];

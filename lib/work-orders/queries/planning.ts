import "server-only";
import { db } from "@/lib/db";
import { listActiveTeams } from "@/lib/employees/queries/active-teams";
import { authorize, type Actor } from "@/lib/authz/policy";
import { workOrderScope, withinScope } from "@/lib/authz/scopes";
import { conflictsOf, type Conflicts } from "@/lib/work-orders/conflicts";
import { addDays } from "@/lib/core/calendar";

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

export async function getTeamWeek(actor: Actor | null, teamId: string, monday: Date) {
  authorize(actor, "work-orders:manage");
  const [jobs, employees] = await Promise.all([
    db.workOrder.findMany({
      where: withinScope(workOrderScope(actor, "staff"), { teamId, scheduledDate: { gte: monday, lte: addDays(monday, 6) } }),
      select: {
        id: true,
        number: true,
        status: true,
        version: true,
        task: true,
        scheduledDate: true,
        startMinutes: true,
        durationMinutes: true,
        address: true,
        site: { select: { name: true } },
        assignees: { select: { employee: { select: { id: true, name: true } } } },
      },
      orderBy: [{ scheduledDate: "asc" }, { startMinutes: { sort: "asc", nulls: "last" } }, { number: "asc" }],
      take: PLANNING_WEEK_LIMIT + 1,
    }),
    db.employee.findMany({ where: { teamId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const shown = jobs.slice(0, PLANNING_WEEK_LIMIT);
  const conflicts: Conflicts = await conflictsOf(
    shown
      .filter((job) => job.status !== "CANCELLED" && job.status !== "DONE" && job.status !== "VALIDATED")
      .map((job) => ({ ...job, teamId, employeeIds: job.assignees.map((a) => a.employee.id) })),
  );
  return { jobs: shown, truncated: jobs.length > PLANNING_WEEK_LIMIT, employees, conflicts };
}
export type PlanningWeek = Awaited<ReturnType<typeof getTeamWeek>>;
export type PlanningJob = PlanningWeek["jobs"][number];

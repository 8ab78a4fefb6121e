import "server-only";
import { readRows } from "@/lib/db";
import { isoDay } from "@/lib/core/calendar";
import { dayReader } from "@/lib/work-orders/day-reader";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_WORK_ORDER_STATUSES } from "@/lib/work-orders/model";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";

/**
 * The warnings of the planning and of a job's page, never a refusal (staff may have good reasons
 * to put someone on two jobs): an employee on two jobs of the same day whose times overlap (start
 * and duration; a job without a start time overlaps nothing, it only counts in the day), or absent
 * that day (an absence covers its first and last days). `findConflicts` is the rule, pure;
 * `conflictsOf` reads what it needs in one statement whatever the number of jobs, and
 * `conflictRowsSql` is that read, for a page (the planning) to make it part of its own statement.
 *
 * A job given to a team with nobody named ("Toute l'équipe") is the team's to share out on the
 * day: whoever of the team is there takes it. So:
 * - it is no one's overlap: an employee named on a job is not in conflict with their own team's
 *   team-only jobs of the same hour (someone else of the team takes it), and a team-only job is
 *   not counted against any one member;
 * - it warns when nobody of the team can take it that day (`teamAbsent`): every member employed
 *   that day (not archived, within their contract's dates) is absent, or the team has no such
 *   member at all (`members: 0`). One member present is enough: the planner decides the rest.
 * Members busy on other named jobs are not counted as missing: a team-only job has no fixed
 * person, and the planner sees the named overlaps on those jobs.
 */
export type ConflictJob = {
  id: string;
  number: number;
  scheduledDate: Date;
  startMinutes: number | null;
  durationMinutes: number;
  employeeIds: string[];
};
export type ConflictAbsence = { employeeId: string; startsOn: Date; endsOn: Date; kind: AbsenceKind };
/** A member of a team-only job's team, with the dates of their employment (`endsOn` null: open-ended). */
export type ConflictMember = { employeeId: string; teamId: string; startsOn: Date; endsOn: Date | null };
/** The team of each team-only job (by job id), and those teams' members: what `teamAbsent` needs. */
export type ConflictTeams = { jobTeams: ReadonlyMap<string, string>; members: readonly ConflictMember[] };

export type Conflict =
  | { kind: "overlap"; employeeId: string; otherId: string; otherNumber: number }
  | { kind: "absent"; employeeId: string; absence: AbsenceKind }
  /** A team-only job whose team has nobody to take it that day: `members` employed, all absent (0: none employed). */
  | { kind: "teamAbsent"; teamId: string; members: number };

type OtherRow = { employeeId: string; id: string; number: number; scheduledDate: string; startMinutes: number | null; durationMinutes: number };
type AbsenceRow = { employeeId: string; startsOn: string; endsOn: string; kind: AbsenceKind };
type MemberRow = { employeeId: string; teamId: string; startsOn: string; endsOn: string | null };

/** Each job's warnings, by job id; a job with none is absent from the map. */
export type Conflicts = Map<string, Conflict[]>;

function overlaps(a: ConflictJob, b: ConflictJob): boolean {
  if (a.scheduledDate.getTime() !== b.scheduledDate.getTime()) return false;
  if (a.startMinutes === null || b.startMinutes === null) return false;
  return a.startMinutes < b.startMinutes + b.durationMinutes && b.startMinutes < a.startMinutes + a.durationMinutes;
}

const covers = (from: Date, to: Date | null, day: number) => from.getTime() <= day && (to === null || day <= to.getTime());

export function findConflicts(jobs: readonly ConflictJob[], absences: readonly ConflictAbsence[], teams: ConflictTeams = { jobTeams: new Map(), members: [] }): Conflicts {
  const result: Conflicts = new Map();
  const add = (id: string, conflict: Conflict) => result.set(id, [...(result.get(id) ?? []), conflict]);
  // Jobs by employee and day: only those are compared (a week of a team, not every pair).
  const byEmployeeDay = new Map<string, ConflictJob[]>();
  for (const job of jobs) {
    for (const employeeId of job.employeeIds) {
      const key = `${employeeId}|${job.scheduledDate.getTime()}`;
      byEmployeeDay.set(key, [...(byEmployeeDay.get(key) ?? []), job]);
    }
  }
  for (const [key, dayJobs] of byEmployeeDay) {
    const employeeId = key.slice(0, key.indexOf("|"));
    for (const job of dayJobs) {
      for (const other of dayJobs) {
        if (other.id !== job.id && overlaps(job, other)) add(job.id, { kind: "overlap", employeeId, otherId: other.id, otherNumber: other.number });
      }
    }
  }
  for (const job of jobs) {
    const day = job.scheduledDate.getTime();
    for (const absence of absences) {
      if (job.employeeIds.includes(absence.employeeId) && absence.startsOn.getTime() <= day && day <= absence.endsOn.getTime()) {
        add(job.id, { kind: "absent", employeeId: absence.employeeId, absence: absence.kind });
      }
    }
  }
  for (const job of jobs) {
    const teamId = teams.jobTeams.get(job.id);
    if (job.employeeIds.length > 0 || teamId === undefined) continue;
    const day = job.scheduledDate.getTime();
    const members = teams.members.filter((member) => member.teamId === teamId && covers(member.startsOn, member.endsOn, day));
    const present = members.filter((member) => !absences.some((absence) => absence.employeeId === member.employeeId && covers(absence.startsOn, absence.endsOn, day)));
    if (present.length === 0) add(job.id, { kind: "teamAbsent", teamId, members: members.length });
  }
  return result;
}

/** What `conflictsOf`'s statement reads, days as text: see `conflictRowsSql`. */
export type ConflictRows = { others: OtherRow[]; absences: AbsenceRow[]; members: MemberRow[] };

/**
 * The rows `findConflicts` needs besides the asked-for jobs, as one SELECT of one row and three
 * JSON columns (`others`, `absences`, `members`), to run alone or as a subquery of a page's own
 * statement: the open jobs of `employeeIds` (text[]) between `fromDay` and `toDay` (dates), those
 * employees' absences, and the members of `teamIds` (the team-only jobs' teams, text[]) employed at
 * some point of those days, with their absences. Each argument is an SQL expression: parameters,
 * or subqueries of the caller's statement.
 */
export function conflictRowsSql({ employeeIds, teamIds, fromDay, toDay }: { employeeIds: Prisma.Sql; teamIds: Prisma.Sql; fromDay: Prisma.Sql; toDay: Prisma.Sql }): Prisma.Sql {
  // The members of the team-only jobs' teams are read once and serve both the absences and the
  // members. Days travel as text ("2026-12-07").
  return Prisma.sql`
    WITH members AS (
      SELECT e.id, e."teamId", e."startsOn", e."endsOn" FROM "Employee" e
       WHERE e."archivedAt" IS NULL AND e."startsOn" <= ${toDay} AND (e."endsOn" IS NULL OR e."endsOn" >= ${fromDay})
         AND e."teamId" = ANY(${teamIds}))
    SELECT
      (SELECT coalesce(json_agg(json_build_object('employeeId', a."employeeId", 'id', w.id, 'number', w.number, 'scheduledDate', w."scheduledDate",
                                                  'startMinutes', w."startMinutes", 'durationMinutes', w."durationMinutes")), '[]')
         FROM "WorkOrderAssignee" a JOIN "WorkOrder" w ON w.id = a."workOrderId"
        WHERE a."employeeId" = ANY(${employeeIds}) AND w."scheduledDate" BETWEEN ${fromDay} AND ${toDay}
          AND w.status::text = ANY(${[...OPEN_WORK_ORDER_STATUSES]}::text[])) AS others,
      (SELECT coalesce(json_agg(json_build_object('employeeId', ab."employeeId", 'startsOn', ab."startsOn", 'endsOn', ab."endsOn", 'kind', ab.kind)), '[]')
         FROM "Absence" ab
        WHERE ab."startsOn" <= ${toDay} AND ab."endsOn" >= ${fromDay}
          AND (ab."employeeId" = ANY(${employeeIds}) OR ab."employeeId" IN (SELECT m.id FROM members m))) AS absences,
      (SELECT coalesce(json_agg(json_build_object('employeeId', m.id, 'teamId', m."teamId", 'startsOn', m."startsOn", 'endsOn', m."endsOn")), '[]')
         FROM members m) AS members`;
}

/**
 * The warnings of `jobs` (each with its team, which the callers' reads already hold), given the
 * rows of `conflictRowsSql` read for their employees, their team-only jobs' teams and their days.
 */
export function conflictsFromRows(jobs: readonly (ConflictJob & { teamId: string | null })[], rows: ConflictRows): Conflicts {
  const jobTeams = teamOnlyJobs(jobs);
  const day = dayReader();
  const absences: ConflictAbsence[] = rows.absences.map((absence) => ({ ...absence, startsOn: day(absence.startsOn), endsOn: day(absence.endsOn) }));
  const members: ConflictMember[] = rows.members.map((member) => ({ ...member, startsOn: day(member.startsOn), endsOn: member.endsOn === null ? null : day(member.endsOn) }));
  // Every open job of these employees those days, the given ones included (once each).
  const byId = new Map<string, ConflictJob>();
  for (const job of jobs) byId.set(job.id, { ...job });
  for (const { employeeId, scheduledDate, ...workOrder } of rows.others) {
    const known = byId.get(workOrder.id);
    if (known) {
      if (!known.employeeIds.includes(employeeId)) known.employeeIds = [...known.employeeIds, employeeId];
    } else {
      byId.set(workOrder.id, { ...workOrder, scheduledDate: day(scheduledDate), employeeIds: [employeeId] });
    }
  }
  const all = findConflicts([...byId.values()], absences, { jobTeams, members });
  // Only the asked-for jobs' warnings.
  const asked = new Set(jobs.map((job) => job.id));
  return new Map([...all].filter(([id]) => asked.has(id)));
}

/** The team of each job given to a team with nobody named: the jobs `teamAbsent` is about. */
function teamOnlyJobs(jobs: readonly (ConflictJob & { teamId: string | null })[]): Map<string, string> {
  return new Map(jobs.flatMap((job) => (job.employeeIds.length === 0 && job.teamId ? [[job.id, job.teamId] as const] : [])));
}

/**
 * The warnings of `jobs`, with their employees' other open jobs of those days and their absences,
 * and for team-only jobs their team's members and absences. One statement whatever the number of
 * jobs (raw SQL on Prisma's pool, lib/db.ts `readRows`): a job's page runs it on every visit.
 */
export async function conflictsOf(jobs: readonly (ConflictJob & { teamId: string | null })[]): Promise<Conflicts> {
  const employeeIds = [...new Set(jobs.flatMap((job) => job.employeeIds))];
  const teamIds = [...new Set(teamOnlyJobs(jobs).values())];
  if (employeeIds.length === 0 && teamIds.length === 0) return new Map();
  const days = jobs.map((job) => job.scheduledDate.getTime());
  const [fromDay, toDayIso] = [isoDay(new Date(Math.min(...days))), isoDay(new Date(Math.max(...days)))];
  const [rows] = await readRows<ConflictRows>(
    conflictRowsSql({
      employeeIds: Prisma.sql`${employeeIds}::text[]`,
      teamIds: Prisma.sql`${teamIds}::text[]`,
      fromDay: Prisma.sql`${fromDay}::date`,
      toDay: Prisma.sql`${toDayIso}::date`,
    }),
  );
  return conflictsFromRows(jobs, rows);
}

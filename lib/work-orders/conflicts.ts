import "server-only";
import { db } from "@/lib/db";
import { OPEN_WORK_ORDER_STATUSES } from "@/lib/work-orders/model";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";

/**
 * The warnings of the planning and of a job's page, never a refusal (staff may have good reasons
 * to put someone on two jobs): an employee on two jobs of the same day whose times overlap (start
 * and duration; a job without a start time overlaps nothing, it only counts in the day), or absent
 * that day (an absence covers its first and last days). `findConflicts` is the rule, pure;
 * `conflictsOf` reads what it needs in two queries whatever the number of jobs.
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

export type Conflict =
  | { kind: "overlap"; employeeId: string; otherId: string; otherNumber: number }
  | { kind: "absent"; employeeId: string; absence: AbsenceKind };

/** Each job's warnings, by job id; a job with none is absent from the map. */
export type Conflicts = Map<string, Conflict[]>;

function overlaps(a: ConflictJob, b: ConflictJob): boolean {
  if (a.scheduledDate.getTime() !== b.scheduledDate.getTime()) return false;
  if (a.startMinutes === null || b.startMinutes === null) return false;
  return a.startMinutes < b.startMinutes + b.durationMinutes && b.startMinutes < a.startMinutes + a.durationMinutes;
}

export function findConflicts(jobs: readonly ConflictJob[], absences: readonly ConflictAbsence[]): Conflicts {
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
  return result;
}

/** The warnings of `jobs`, with their employees' other open jobs of those days and their absences. */
export async function conflictsOf(jobs: readonly ConflictJob[]): Promise<Conflicts> {
  const employeeIds = [...new Set(jobs.flatMap((job) => job.employeeIds))];
  if (employeeIds.length === 0) return new Map();
  const days = jobs.map((job) => job.scheduledDate.getTime());
  const from = new Date(Math.min(...days));
  const to = new Date(Math.max(...days));
  const [others, absences] = await Promise.all([
    db.workOrderAssignee.findMany({
      where: { employeeId: { in: employeeIds }, workOrder: { scheduledDate: { gte: from, lte: to }, status: { in: [...OPEN_WORK_ORDER_STATUSES] } } },
      select: { employeeId: true, workOrder: { select: { id: true, number: true, scheduledDate: true, startMinutes: true, durationMinutes: true } } },
    }),
    db.absence.findMany({
      where: { employeeId: { in: employeeIds }, startsOn: { lte: to }, endsOn: { gte: from } },
      select: { employeeId: true, startsOn: true, endsOn: true, kind: true },
    }),
  ]);
  // Every open job of these employees those days, the given ones included (once each).
  const byId = new Map<string, ConflictJob>();
  for (const job of jobs) byId.set(job.id, { ...job });
  for (const { employeeId, workOrder } of others) {
    const known = byId.get(workOrder.id);
    if (known) {
      if (!known.employeeIds.includes(employeeId)) known.employeeIds = [...known.employeeIds, employeeId];
    } else {
      byId.set(workOrder.id, { ...workOrder, employeeIds: [employeeId] });
    }
  }
  const all = findConflicts([...byId.values()], absences satisfies ConflictAbsence[]);
  // Only the asked-for jobs' warnings.
  return new Map([...all].filter(([id]) => jobs.some((job) => job.id === id)));
}

/**
 * Demo jobs: the contract lines' schedules generated over the last two weeks and the coming four
 * (lib/work-orders/generation.ts, the same rule as the "Générer" button), some given to employees
 * of the line's team, the past ones done and mostly validated with their time entries. Called at
 * the end of seed.ts; with no contract or no team yet, it writes nothing.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { addDays, toDay } from "../lib/core/calendar";
import { generationLineSelect, jobsOfLines } from "../lib/work-orders/generation";

export async function seedWorkOrders(db: PrismaClient, options: { staffId: string | null; today?: Date }) {
  const today = toDay(options.today ?? new Date());
  const lines = await db.contractLine.findMany({
    where: { archivedAt: null, recurrence: { not: null }, contract: { status: "ACTIVE" } },
    select: generationLineSelect,
  });
  if (lines.length === 0) return;
  // Two weeks back (the done work of the demo) and four ahead.
  const window = { from: addDays(today, -14), to: addDays(today, 4 * 7 - 1) };
  const { rows, reached } = jobsOfLines(lines, window, options.staffId);
  if (rows.length === 0) return;
  const jobs = await db.workOrder.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { id: true, teamId: true, scheduledDate: true, durationMinutes: true },
  });
  for (const [lineId, day] of reached) await db.contractLine.update({ where: { id: lineId }, data: { generatedUntil: day } });
  await db.workOrderEvent.createMany({
    data: jobs.map((job) => ({ workOrderId: job.id, kind: "CREATED" as const, toStatus: "PLANNED" as const, comment: "Générée depuis le planning du contrat", visibility: "INTERNAL" as const, actorId: options.staffId })),
  });

  const employees = await db.employee.findMany({ where: { archivedAt: null, teamId: { not: null } }, select: { id: true, teamId: true }, orderBy: { name: "asc" } });
  const byTeam = new Map<string, string[]>();
  for (const e of employees) byTeam.set(e.teamId as string, [...(byTeam.get(e.teamId as string) ?? []), e.id]);

  const now = new Date();
  for (const [index, job] of jobs.entries()) {
    const people = job.teamId ? (byTeam.get(job.teamId) ?? []) : [];
    const past = job.scheduledDate < today;
    // Every past job and one future job in three get their people; the rest wait on the planning.
    if (people.length === 0 || (!past && index % 3 !== 0)) continue;
    const crew = people.length > 1 ? [people[index % people.length], people[(index + 1) % people.length]] : [people[0]];
    await db.workOrderAssignee.createMany({ data: crew.map((employeeId) => ({ workOrderId: job.id, employeeId })) });
    if (!past) {
      await db.workOrder.update({ where: { id: job.id }, data: { status: "ASSIGNED", assignedAt: now } });
      continue;
    }
    const done = new Date(job.scheduledDate.getTime() + 11 * 60 * 60 * 1000);
    const validated = index % 5 !== 0;
    await db.workOrder.update({
      where: { id: job.id },
      data: {
        status: validated ? "VALIDATED" : "DONE",
        assignedAt: addDays(job.scheduledDate, -3),
        startedAt: new Date(done.getTime() - job.durationMinutes * 60_000),
        doneAt: done,
        validatedAt: validated ? addDays(done, 1) : null,
        completionNote: index % 4 === 0 ? "Fait. Sacs d'encombrants laissés près du local, à signaler au bailleur." : null,
      },
    });
    await db.timeEntry.createMany({
      data: crew.map((employeeId) => ({ employeeId, workOrderId: job.id, date: job.scheduledDate, minutes: job.durationMinutes + (index % 3) * 15, enteredById: options.staffId })),
    });
    await db.workOrderEvent.createMany({
      data: [
        { workOrderId: job.id, kind: "STATUS_CHANGED" as const, fromStatus: "IN_PROGRESS" as const, toStatus: "DONE" as const, visibility: "PUBLIC" as const, createdAt: done },
        ...(validated ? [{ workOrderId: job.id, kind: "STATUS_CHANGED" as const, fromStatus: "DONE" as const, toStatus: "VALIDATED" as const, visibility: "PUBLIC" as const, createdAt: addDays(done, 1) }] : []),
      ],
    });
  }
}

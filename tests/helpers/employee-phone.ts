import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { parisToday } from "@/lib/core/calendar";
import { createTerritory, createUser, type TestUser } from "./factories";

/** Teams, employees and jobs for the employee's phone, built directly through Prisma. */

let sequence = 0;
const next = () => ++sequence;

export async function createTeam(name = `Équipe ${next()}`) {
  return db.team.create({ data: { name }, select: { id: true, name: true } });
}

/** An EMPLOYEE account with its employee record in `teamId` (archived if asked). */
export async function createEmployee(options: { teamId?: string | null; archived?: boolean; user?: TestUser } = {}) {
  const user = options.user ?? (await createUser({ roles: ["EMPLOYEE"] }));
  const employee = await createEmployeeRecord(user, options);
  return { user, employee };
}

/** The employee record of an existing account. */
export async function createEmployeeRecord(user: { id: string; name: string }, options: { teamId?: string | null; archived?: boolean } = {}) {
  return db.employee.create({
    data: {
      userId: user.id,
      name: user.name,
      contractType: "CDDI",
      startsOn: new Date("2026-01-05T00:00:00Z"),
      weeklyHours: 26,
      teamId: options.teamId ?? null,
      archivedAt: options.archived ? new Date() : null,
    },
    select: { id: true },
  });
}

export async function createJob(
  options: {
    teamId?: string | null;
    assigneeIds?: string[];
    status?: WorkOrderStatus;
    scheduledDate?: Date;
    task?: string;
    internalNote?: string;
    partnerId?: string | null;
    place?: { siteId: string | null; buildingId: string | null };
    startMinutes?: number | null;
  } = {},
) {
  const place = options.place ?? (await createTerritory().then((t) => ({ siteId: t.site.id, buildingId: t.building.id })));
  const status = options.status ?? "ASSIGNED";
  return db.workOrder.create({
    data: {
      origin: "STAFF",
      task: options.task ?? `Nettoyage des parties communes ${next()}`,
      scheduledDate: options.scheduledDate ?? parisToday(),
      startMinutes: options.startMinutes === undefined ? 8 * 60 + 30 : options.startMinutes,
      status,
      assignedAt: status === "PLANNED" ? null : new Date(),
      teamId: options.teamId ?? null,
      partnerId: options.partnerId ?? null,
      internalNote: options.internalNote ?? null,
      ...place,
      assignees: options.assigneeIds ? { create: options.assigneeIds.map((employeeId) => ({ employeeId })) } : undefined,
    },
    select: { id: true, number: true, version: true, status: true },
  });
}

export const newKey = () => randomUUID();

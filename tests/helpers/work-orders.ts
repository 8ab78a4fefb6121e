import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { toDay } from "@/lib/core/calendar";
import type { ContractStatus, WorkOrderStatus } from "@/lib/generated/prisma/enums";

/** Work order fixtures written directly with Prisma: teams, employees, contracts with lines, jobs. */

let sequence = 0;
const next = () => ++sequence;

export const day = (text: string) => toDay(text);

export async function createTeam(options: { name?: string; archived?: boolean } = {}) {
  const n = next();
  return db.team.create({ data: { name: options.name ?? `Équipe ${n}-${randomUUID().slice(0, 6)}`, archivedAt: options.archived ? new Date() : null }, select: { id: true, name: true } });
}

export async function createEmployee(options: { teamId?: string | null; userId?: string; name?: string; archived?: boolean } = {}) {
  const n = next();
  return db.employee.create({
    data: {
      name: options.name ?? `Salarié ${n}`,
      contractType: "CDDI",
      startsOn: day("2026-01-05"),
      weeklyHours: 26,
      teamId: options.teamId ?? null,
      userId: options.userId ?? null,
      archivedAt: options.archived ? new Date() : null,
    },
    select: { id: true, name: true },
  });
}

/** A contract of `partnerId` with one line at `siteIds` (weekly on Monday and Thursday unless told). */
export async function createContractWithLine(options: {
  partnerId: string;
  siteIds: string[];
  startsOn?: string;
  endsOn?: string;
  status?: ContractStatus;
  recurrence?: string | null;
  teamId?: string | null;
  startMinutes?: number | null;
}) {
  const n = next();
  const contract = await db.contract.create({
    data: {
      reference: `M2026-T${n}-${randomUUID().slice(0, 6)}`,
      partnerId: options.partnerId,
      object: "Entretien des parties communes",
      kind: "PUBLIC_PROCUREMENT",
      startsOn: day(options.startsOn ?? "2026-01-01"),
      endsOn: day(options.endsOn ?? "2027-12-31"),
      status: options.status ?? "ACTIVE",
    },
    select: { id: true, reference: true, partnerId: true },
  });
  const line = await db.contractLine.create({
    data: {
      contractId: contract.id,
      task: "Nettoyage des halls",
      unit: "PER_VISIT",
      unitPriceCents: 4500,
      recurrence: options.recurrence === undefined ? "FREQ=WEEKLY;BYDAY=MO,TH" : options.recurrence,
      startMinutes: options.startMinutes === undefined ? 8 * 60 : options.startMinutes,
      durationMinutes: 90,
      teamId: options.teamId ?? null,
      sites: { create: options.siteIds.map((siteId) => ({ siteId })) },
    },
    select: { id: true },
  });
  return { contract, line };
}

/** A job in the state a test needs (not through the commands). */
export async function createJob(options: {
  status?: WorkOrderStatus;
  partnerId?: string | null;
  contractId?: string | null;
  contractLineId?: string | null;
  siteId?: string | null;
  reportId?: string | null;
  teamId?: string | null;
  scheduledDate?: string;
  startMinutes?: number | null;
  durationMinutes?: number;
  employeeIds?: string[];
}) {
  return db.workOrder.create({
    data: {
      origin: options.reportId ? "REPORT" : "STAFF",
      status: options.status ?? "PLANNED",
      partnerId: options.partnerId ?? null,
      contractId: options.contractId ?? null,
      contractLineId: options.contractLineId ?? null,
      siteId: options.siteId ?? null,
      reportId: options.reportId ?? null,
      teamId: options.teamId ?? null,
      task: "Débarras du local vélos",
      scheduledDate: day(options.scheduledDate ?? "2026-12-10"),
      startMinutes: options.startMinutes === undefined ? 9 * 60 : options.startMinutes,
      durationMinutes: options.durationMinutes ?? 60,
      assignees: options.employeeIds?.length ? { create: options.employeeIds.map((employeeId) => ({ employeeId })) } : undefined,
    },
    select: { id: true, number: true, version: true },
  });
}

export const jobKey = () => randomUUID();

import { db } from "@/lib/db";
import type { ContractStatus, ServiceUnit, WorkOrderOrigin, WorkOrderPhotoKind, WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { newStorageKey, putObject } from "@/lib/storage/file-storage";
import { imageBuffer } from "./reports";

/** The partner's work, written directly with Prisma: contracts and lines, jobs, time entries, photos. */

let sequence = 0;
const next = () => ++sequence;

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A day `offset` days from today (UTC), as "YYYY-MM-DD". */
export function isoDayFromToday(offset: number) {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

export async function createContract(options: {
  partnerId: string;
  status?: ContractStatus;
  startsOn?: string;
  endsOn?: string;
  internalNote?: string;
  reference?: string;
}) {
  const n = next();
  return db.contract.create({
    data: {
      reference: options.reference ?? `M2026-${String(n).padStart(3, "0")}`,
      partnerId: options.partnerId,
      object: `Entretien des parties communes ${n}`,
      kind: "PUBLIC_PROCUREMENT",
      startsOn: day(options.startsOn ?? "2026-01-01"),
      endsOn: day(options.endsOn ?? "2027-12-31"),
      status: options.status ?? "ACTIVE",
      internalNote: options.internalNote ?? null,
    },
    select: { id: true, reference: true, partnerId: true },
  });
}

export async function createLine(options: { contractId: string; siteIds: string[]; unit?: ServiceUnit; unitPriceCents?: number; task?: string; recurrence?: string }) {
  const n = next();
  return db.contractLine.create({
    data: {
      contractId: options.contractId,
      task: options.task ?? `Nettoyage des halls ${n}`,
      unit: options.unit ?? "PER_VISIT",
      unitPriceCents: options.unitPriceCents ?? 4500,
      recurrence: options.recurrence ?? null,
      sortOrder: n,
      sites: { create: options.siteIds.map((siteId) => ({ siteId })) },
    },
    select: { id: true, task: true },
  });
}

export async function createJob(options: {
  contract: { id: string; partnerId: string };
  lineId?: string | null;
  siteId?: string | null;
  status?: WorkOrderStatus;
  scheduledDate?: string;
  doneAt?: Date | null;
  reportId?: string | null;
  origin?: WorkOrderOrigin;
  internalNote?: string;
}) {
  const status = options.status ?? "DONE";
  const doneAt = options.doneAt !== undefined ? options.doneAt : status === "DONE" || status === "VALIDATED" ? new Date() : null;
  return db.workOrder.create({
    data: {
      origin: options.origin ?? (options.reportId ? "REPORT" : "SCHEDULE"),
      contractId: options.contract.id,
      contractLineId: options.lineId ?? null,
      partnerId: options.contract.partnerId,
      siteId: options.siteId ?? null,
      reportId: options.reportId ?? null,
      task: "Nettoyage du hall",
      scheduledDate: day(options.scheduledDate ?? "2026-11-10"),
      status,
      doneAt,
      validatedAt: status === "VALIDATED" ? (doneAt ?? new Date()) : null,
      internalNote: options.internalNote ?? null,
    },
    select: { id: true, number: true, version: true },
  });
}

/** An employee (with a team-less file) and the minutes they entered on each job. */
export async function createEmployee(name = `Salarié ${next()}`) {
  return db.employee.create({ data: { name, contractType: "CDDI", startsOn: day("2026-01-01"), weeklyHours: 26 }, select: { id: true, name: true } });
}

export async function addTime(workOrderId: string, employeeId: string, minutes: number) {
  return db.timeEntry.create({ data: { workOrderId, employeeId, minutes, date: day("2026-11-10") } });
}

/** A photo row and its file in the storage (the test's UPLOAD_DIR). */
export async function addPhoto(workOrderId: string, kind: WorkOrderPhotoKind = "AFTER") {
  const storageKey = newStorageKey("jpg");
  const data = await imageBuffer();
  await putObject(storageKey, data);
  return db.workOrderPhoto.create({
    data: { workOrderId, kind, storageKey, mime: "image/jpeg", width: 64, height: 48, bytes: data.length },
    select: { id: true, storageKey: true },
  });
}

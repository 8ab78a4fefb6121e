import { db } from "@/lib/db";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";

/**
 * Work orders, contracts and time entries written straight through Prisma: the rows the figures
 * and time totals read, without the commands that make them (other domains' work).
 */

let sequence = 0;
const next = () => ++sequence;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createContractRow(partnerId: string, reference = `M-TEST-${next()}`) {
  return db.contract.create({
    data: { reference, partnerId, object: "Entretien des parties communes", kind: "PUBLIC_PROCUREMENT", startsOn: day("2026-01-01"), endsOn: day("2026-12-31"), status: "ACTIVE" },
    select: { id: true, reference: true },
  });
}

/** A job planned on `scheduledDate` ("2026-11-26"); `doneAt` for one that is done. */
export async function createWorkOrderRow(options: {
  scheduledDate: string;
  status?: WorkOrderStatus;
  contractId?: string | null;
  partnerId?: string | null;
  teamId?: string | null;
  doneAt?: Date | null;
  task?: string;
}) {
  return db.workOrder.create({
    data: {
      origin: "STAFF",
      task: options.task ?? "Nettoyage du hall",
      scheduledDate: day(options.scheduledDate),
      status: options.status ?? "PLANNED",
      contractId: options.contractId ?? null,
      partnerId: options.partnerId ?? null,
      teamId: options.teamId ?? null,
      doneAt: options.doneAt ?? null,
    },
    select: { id: true, number: true },
  });
}

/** Time an employee spent on a job, on `date` ("2026-11-26"). */
export async function createTimeEntryRow(options: { employeeId: string; workOrderId: string; date: string; minutes: number }) {
  return db.timeEntry.create({
    data: { employeeId: options.employeeId, workOrderId: options.workOrderId, date: day(options.date), minutes: options.minutes },
    select: { id: true },
  });
}

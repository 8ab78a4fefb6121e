import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { WORK_ORDER_STATUS_LABELS } from "@/lib/work-orders/model";

const TONES: Record<WorkOrderStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-900 ring-slate-500",
  ASSIGNED: "bg-sky-50 text-sky-900 ring-sky-700",
  IN_PROGRESS: "bg-amber-50 text-amber-900 ring-amber-700",
  DONE: "bg-green-50 text-green-900 ring-green-700",
  VALIDATED: "bg-green-100 text-green-900 ring-green-800",
  CANCELLED: "bg-red-50 text-red-900 ring-red-700",
};

/** A job's state as a label (the word says it; the colour only helps). Its shape is app/globals.css `.badge`. */
export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatus }) {
  return <span className={`badge ${TONES[status]}`}>{WORK_ORDER_STATUS_LABELS[status]}</span>;
}

/**
 * A work order (intervention): its states, labels and the one table of moves every audience's
 * commands go through (lib/core/lifecycle.ts). Pure: no database, shared by pages and tests.
 *
 * planned → assigned → in progress → done → validated by the partner; done work sent back goes to
 * assigned again with the partner's comment; staff cancel with a reason, and may take a cancelled
 * job up again. A job with no partner (a report's job outside any contract) is validated by staff.
 */
import { defineMoves, targetsFrom } from "@/lib/core/moves";
import type { WorkOrderOrigin, WorkOrderStatus } from "@/lib/generated/prisma/enums";

export const WORK_ORDER_STATUSES = ["PLANNED", "ASSIGNED", "IN_PROGRESS", "DONE", "VALIDATED", "CANCELLED"] as const satisfies readonly WorkOrderStatus[];

export const WORK_ORDER_STATUS_LABELS: Record<WorkOrderStatus, string> = {
  PLANNED: "Planifiée",
  ASSIGNED: "Affectée",
  IN_PROGRESS: "En cours",
  DONE: "Terminée",
  VALIDATED: "Validée",
  CANCELLED: "Annulée",
};

export const WORK_ORDER_ORIGIN_LABELS: Record<WorkOrderOrigin, string> = {
  SCHEDULE: "Planning du contrat",
  PARTNER_ORDER: "Commande du partenaire",
  STAFF: "Ponctuelle",
  REPORT: "Signalement",
};

/** Still to be done: shown on the planning, the phone, and as a conflict when two overlap. */
export const OPEN_WORK_ORDER_STATUSES = ["PLANNED", "ASSIGNED", "IN_PROGRESS"] as const satisfies readonly WorkOrderStatus[];

export function isOpenWorkOrder(status: WorkOrderStatus): boolean {
  return (OPEN_WORK_ORDER_STATUSES as readonly WorkOrderStatus[]).includes(status);
}

/**
 * Who makes a move: the Régie's staff; the employee doing the job (assigned to it, or in its team);
 * the partner it is done for.
 */
export type WorkOrderActorKind = "staff" | "employee" | "partner";

export const workOrderMoves = defineMoves<WorkOrderStatus, WorkOrderActorKind>()({
  /** Staff give the job to a team and/or employees (the assignees are written by the command). */
  assign: { from: ["PLANNED"], to: "ASSIGNED", by: ["staff"], sets: ["assignedAt"] },
  /** Back to the pool: nobody is on it any more. */
  unassign: { from: ["ASSIGNED"], to: "PLANNED", by: ["staff"], clears: ["assignedAt"] },
  start: { from: ["ASSIGNED"], to: "IN_PROGRESS", by: ["employee", "staff"], setsOnce: ["startedAt"] },
  /** Finished, from the phone or by staff; a job done without pressing "start" first is done too. */
  complete: { from: ["ASSIGNED", "IN_PROGRESS"], to: "DONE", by: ["employee", "staff"], sets: ["doneAt"], setsOnce: ["startedAt"] },
  /** The partner signs the work off; staff do it for a job no partner ordered. */
  validate: { from: ["DONE"], to: "VALIDATED", by: ["partner", "staff"], sets: ["validatedAt"] },
  /** The partner sends the work back with a comment: to be done again by the same people. */
  sendBack: { from: ["DONE"], to: "ASSIGNED", by: ["partner", "staff"], sets: ["sentBackAt"], clears: ["doneAt"] },
  cancel: { from: ["PLANNED", "ASSIGNED", "IN_PROGRESS"], to: "CANCELLED", by: ["staff"], sets: ["cancelledAt"] },
  /** Staff take a cancelled job up again. */
  restore: { from: ["CANCELLED"], to: "PLANNED", by: ["staff"], clears: ["cancelledAt", "cancelReason", "assignedAt"] },
});

export type WorkOrderMove = keyof typeof workOrderMoves;

/** The states staff may move a job to from `from` (the job page's choices). */
export function staffTargets(from: WorkOrderStatus): WorkOrderStatus[] {
  return targetsFrom(workOrderMoves, "staff", from);
}

/** "Planifiée → Affectée", as the job's timeline shows it. */
export function workOrderStatusChange(from: WorkOrderStatus | null, to: WorkOrderStatus): string {
  return `${from ? `${WORK_ORDER_STATUS_LABELS[from]} → ` : ""}${WORK_ORDER_STATUS_LABELS[to]}`;
}

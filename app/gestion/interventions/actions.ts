"use server";

import { defineAction } from "@/lib/actions/define-action";
import { generateWorkOrders } from "@/lib/work-orders/commands/generate";
import { assignWorkOrder, cancelWorkOrder, createWorkOrder, moveWorkOrder, rescheduleWorkOrder } from "@/lib/work-orders/commands/staff";
import {
  assignWorkOrderSchema,
  cancelWorkOrderSchema,
  createWorkOrderSchema,
  generateWorkOrdersSchema,
  moveWorkOrderSchema,
  rescheduleWorkOrderSchema,
} from "@/lib/work-orders/schemas";
import { routes } from "@/lib/routes";

// ─── Staff's work orders ─────────────────────────────────────────────────────────────────────
// Changes carry the job's `version` (a stale one is refused with the kernel's message) and stay
// on the page they were made from (the job page, or the planning), which is rendered again.

const permission = "work-orders:manage";

export const createWorkOrderAction = defineAction({
  name: "createWorkOrder",
  permission,
  schema: createWorkOrderSchema,
  handler: ({ input, actor }) => createWorkOrder({ actor }, input),
  redirectTo: (result) => routes.staff.workOrder(result.workOrderId, result.existing ? "deja-creee" : "creee"),
});

export const generateWorkOrdersAction = defineAction({
  name: "generateWorkOrders",
  permission,
  schema: generateWorkOrdersSchema,
  handler: ({ input, actor }) => generateWorkOrders({ actor }, input),
});

export const assignWorkOrderAction = defineAction({
  name: "assignWorkOrder",
  permission,
  schema: assignWorkOrderSchema,
  handler: ({ input, actor }) => assignWorkOrder({ actor }, input),
  successMessage: "Affectation enregistrée.",
});

export const rescheduleWorkOrderAction = defineAction({
  name: "rescheduleWorkOrder",
  permission,
  schema: rescheduleWorkOrderSchema,
  handler: ({ input, actor }) => rescheduleWorkOrder({ actor }, input),
  successMessage: "Intervention déplacée.",
});

export const cancelWorkOrderAction = defineAction({
  name: "cancelWorkOrder",
  permission,
  schema: cancelWorkOrderSchema,
  handler: ({ input, actor }) => cancelWorkOrder({ actor }, input),
  successMessage: "Intervention annulée.",
});

export const moveWorkOrderAction = defineAction({
  name: "moveWorkOrder",
  permission,
  schema: moveWorkOrderSchema,
  handler: ({ input, actor }) => moveWorkOrder({ actor }, input),
  successMessage: "Statut mis à jour.",
});

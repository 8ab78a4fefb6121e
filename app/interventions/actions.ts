"use server";

import { defineAction } from "@/lib/actions/define-action";
import { routes } from "@/lib/routes";
import { completeWorkOrder, reportProblem, startWorkOrder } from "@/lib/work-orders/commands/employee";
import { completeWorkOrderSchema, reportProblemSchema, startWorkOrderSchema } from "@/lib/work-orders/employee-schemas";

/**
 * The employee's phone, without JavaScript or online. With JavaScript, a completion and a photo
 * go through the offline queue instead (app/api/interventions), which keeps them on the phone
 * until the network answers.
 */

export const startWorkOrderAction = defineAction({
  name: "startWorkOrder",
  permission: "work-orders:work",
  schema: startWorkOrderSchema,
  handler: ({ input, actor }) => startWorkOrder({ actor }, input),
  redirectTo: (job) => routes.employee.job(job.workOrderId, "demarree"),
});

export const completeWorkOrderAction = defineAction({
  name: "completeWorkOrder",
  permission: "work-orders:work",
  schema: completeWorkOrderSchema,
  handler: ({ input, actor }) => completeWorkOrder({ actor }, input),
  redirectTo: (job) => routes.employee.job(job.workOrderId, "terminee"),
});

export const reportProblemAction = defineAction({
  name: "reportProblem",
  permission: "work-orders:work",
  schema: reportProblemSchema,
  handler: ({ input, actor }) => reportProblem({ actor }, input),
  redirectTo: (report) => routes.employee.job(report.workOrderId, "signale", report.number),
});

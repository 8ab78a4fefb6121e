"use server";

import { defineAction } from "@/lib/actions/define-action";
import { orderJobAsPartner, sendBackJobAsPartner, validateJobAsPartner } from "@/lib/work-orders/commands/partner";
import { orderJobSchema, sendBackJobSchema, validateJobSchema } from "@/lib/work-orders/partner-schemas";
import { routes } from "@/lib/routes";

export const validateJobAsPartnerAction = defineAction({
  name: "validateJobAsPartner",
  permission: "partner-work:validate",
  schema: validateJobSchema,
  handler: ({ input, actor }) => validateJobAsPartner({ actor }, input),
  redirectTo: (result) => routes.partner.job(result.workOrderId, "validee"),
});

export const sendBackJobAsPartnerAction = defineAction({
  name: "sendBackJobAsPartner",
  permission: "partner-work:validate",
  schema: sendBackJobSchema,
  handler: ({ input, actor }) => sendBackJobAsPartner({ actor }, input),
  redirectTo: (result) => routes.partner.job(result.workOrderId, "renvoyee"),
});

export const orderJobAsPartnerAction = defineAction({
  name: "orderJobAsPartner",
  permission: "partner-work:order",
  schema: orderJobSchema,
  handler: ({ input, actor }) => orderJobAsPartner({ actor }, input),
  redirectTo: (result) => routes.partner.job(result.workOrderId, "commandee"),
});

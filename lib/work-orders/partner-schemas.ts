/**
 * The partner's inputs on its jobs (lib/work-orders/commands/partner.ts), shared by its forms and
 * actions: strict, French messages. Never a partnerId, a status or a price: those come from the
 * job or the contract line loaded within the partner's scope.
 */
import { z } from "zod";
import { calendarDaySchema, idempotencyKeySchema, idSchema, versionSchema } from "@/lib/core/schemas";

export const SEND_BACK_COMMENT_MAX = 2000;
export const ORDER_DESCRIPTION_MAX = 2000;

export const validateJobSchema = z.strictObject({ workOrderId: idSchema, version: versionSchema });
export type ValidateJobInput = z.output<typeof validateJobSchema>;

export const sendBackJobSchema = z.strictObject({
  workOrderId: idSchema,
  version: versionSchema,
  comment: z
    .string({ error: "Dites ce qui reste à reprendre." })
    .trim()
    .min(1, "Dites ce qui reste à reprendre.")
    .max(SEND_BACK_COMMENT_MAX, `${SEND_BACK_COMMENT_MAX} caractères au plus.`),
});
export type SendBackJobInput = z.output<typeof sendBackJobSchema>;

export const orderJobSchema = z.strictObject({
  lineId: idSchema,
  siteId: idSchema,
  date: calendarDaySchema({ missing: "Indiquez une date.", format: "Indiquez une date (jj/mm/aaaa).", impossible: "Cette date n'existe pas." }),
  description: z
    .string({ error: "Décrivez ce qui est à faire." })
    .trim()
    .min(5, "Décrivez ce qui est à faire (5 caractères au moins).")
    .max(ORDER_DESCRIPTION_MAX, `${ORDER_DESCRIPTION_MAX} caractères au plus.`),
  idempotencyKey: idempotencyKeySchema,
});
export type OrderJobInput = z.output<typeof orderJobSchema>;

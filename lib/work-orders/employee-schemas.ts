import { z } from "zod";
import { idempotencyKeySchema, idSchema, optionalText, versionSchema } from "@/lib/core/schemas";
import { DESCRIPTION_MAX, DESCRIPTION_MIN, MAX_PHOTO_BYTES } from "@/lib/reports/schemas";

/**
 * The employee's phone (app/interventions): the inputs of its forms, its server actions and the
 * route handlers its offline queue sends to (app/api/interventions). Shared by client and server.
 */

/** A day is the most one person can spend on one job; more is a typing mistake. */
export const MAX_MINUTES = 24 * 60;
export const COMPLETION_NOTE_MAX = 2000;
/** Before and after photos of one job, all kinds together. */
export const MAX_WORK_ORDER_PHOTOS = 12;

/** A key the phone makes (crypto.randomUUID) when a form is submitted: sent again, it is recognised. */
export const clientKeySchema = z
  .string({ error: "Clé d'envoi manquante : rechargez la page." })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "Clé d'envoi invalide : rechargez la page.")
  .transform((value) => value.toLowerCase());

export const minutesSchema = z.coerce
  .number({ error: "Indiquez le temps passé, en minutes." })
  .int("Indiquez un nombre entier de minutes.")
  .min(1, "Le temps passé doit être d'au moins une minute.")
  .max(MAX_MINUTES, "Le temps passé ne peut pas dépasser 24 heures (1440 minutes).");

export const startWorkOrderSchema = z.strictObject({ workOrderId: idSchema, version: versionSchema });
export type StartWorkOrderInput = z.output<typeof startWorkOrderSchema>;

/**
 * No version: a completion typed in a basement is sent when the network returns, after the job may
 * have moved (a colleague started it). The move's own guard on the state and the completion key
 * make the replay safe.
 */
export const completeWorkOrderSchema = z.strictObject({
  workOrderId: idSchema,
  completionKey: clientKeySchema,
  note: optionalText(COMPLETION_NOTE_MAX, `${COMPLETION_NOTE_MAX} caractères au maximum.`),
  minutes: minutesSchema,
});
export type CompleteWorkOrderInput = z.output<typeof completeWorkOrderSchema>;

export const PHOTO_KINDS = ["BEFORE", "AFTER"] as const;
export const PHOTO_KIND_LABELS: Record<(typeof PHOTO_KINDS)[number], string> = { BEFORE: "Avant", AFTER: "Après" };

export const addWorkOrderPhotoSchema = z.strictObject({
  workOrderId: idSchema,
  kind: z.enum(PHOTO_KINDS, { error: "Choisissez « avant » ou « après »." }),
  clientKey: clientKeySchema,
  photo: z
    .instanceof(File, { error: "Choisissez une photo." })
    .refine((file) => file.size > 0, "Choisissez une photo.")
    .refine((file) => file.size <= MAX_PHOTO_BYTES, "La photo dépasse 10 Mo."),
});
export type AddWorkOrderPhotoInput = z.output<typeof addWorkOrderPhotoSchema>;

export const reportProblemSchema = z.strictObject({
  workOrderId: idSchema,
  categoryId: z
    .string({ error: "Choisissez une catégorie." })
    .min(1, "Choisissez une catégorie.")
    .max(40, "Catégorie inconnue.")
    .regex(/^[a-z0-9]+$/i, "Catégorie inconnue."),
  description: z
    .string({ error: "Décrivez le problème." })
    .trim()
    .min(DESCRIPTION_MIN, `Décrivez le problème en ${DESCRIPTION_MIN} caractères au moins.`)
    .max(DESCRIPTION_MAX, `${DESCRIPTION_MAX} caractères au maximum.`),
  idempotencyKey: idempotencyKeySchema,
});
export type ReportProblemInput = z.output<typeof reportProblemSchema>;

import { z } from "zod";
import { daySchema, idempotencyKeySchema, idSchema, optionalIdParam, optionalText, pageParam, versionSchema } from "@/lib/core/schemas";
import { WORK_ORDER_STATUSES } from "@/lib/work-orders/model";
import { parseTimeOfDay } from "@/lib/work-orders/time";

/** Staff's inputs on work orders, shared by the forms and the actions (lib/work-orders/commands/staff.ts). */

export const TASK_MAX = 200;
export const TEXT_MAX = 2000;
export const MAX_DURATION_MINUTES = 12 * 60;
/** How far ahead one click of "Générer" goes. */
export const MAX_GENERATION_WEEKS = 12;
export const DEFAULT_GENERATION_WEEKS = 4;

/** "08:30" from <input type="time">; blank: any time of the day (null). */
const startTime = z
  .string()
  .trim()
  .max(5, "Heure invalide.")
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const minutes = parseTimeOfDay(v);
    if (minutes === null) {
      ctx.addIssue({ code: "custom", message: "Heure invalide (exemple : 08:30)." });
      return z.NEVER;
    }
    return minutes;
  });

const duration = z.coerce
  .number({ error: "Indiquez la durée en minutes." })
  .int("La durée est un nombre entier de minutes.")
  .min(5, "La durée est d'au moins 5 minutes.")
  .max(MAX_DURATION_MINUTES, "Une intervention dure au plus 12 heures : découpez-la.");

/** An optional id from a select whose first option is "none". */
const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(idSchema.nullable());

export const SITE_OR_ADDRESS = "Choisissez le site, ou écrivez l'adresse de l'intervention.";
export const LINE_NEEDS_SITE = "Choisissez le site de l'intervention parmi ceux de la prestation.";

export const createWorkOrderSchema = z
  .strictObject({
    contractLineId: optionalId,
    reportId: optionalId,
    siteId: optionalId,
    address: optionalText(300, "L'adresse fait au plus 300 caractères."),
    task: z.string({ error: "Indiquez la tâche." }).trim().min(3, "Indiquez la tâche (3 caractères au moins).").max(TASK_MAX, "La tâche fait au plus 200 caractères."),
    description: optionalText(TEXT_MAX, "La description fait au plus 2000 caractères."),
    date: daySchema,
    startTime,
    durationMinutes: duration,
    teamId: optionalId,
    internalNote: optionalText(TEXT_MAX, "La note interne fait au plus 2000 caractères."),
    idempotencyKey: idempotencyKeySchema,
  })
  .superRefine((input, ctx) => {
    if (input.contractLineId && !input.siteId) ctx.addIssue({ code: "custom", path: ["siteId"], message: LINE_NEEDS_SITE });
    if (!input.contractLineId && !input.siteId && !input.address) ctx.addIssue({ code: "custom", path: ["siteId"], message: SITE_OR_ADDRESS });
  });
export type CreateWorkOrderInput = z.output<typeof createWorkOrderSchema>;

const weeks = z.coerce
  .number({ error: "Indiquez le nombre de semaines." })
  .int("Un nombre entier de semaines.")
  .min(1, "Au moins une semaine.")
  .max(MAX_GENERATION_WEEKS, `Au plus ${MAX_GENERATION_WEEKS} semaines d'un coup.`);

export const generateWorkOrdersSchema = z.strictObject({
  weeks: z.preprocess((v) => (v === "" || v === undefined ? DEFAULT_GENERATION_WEEKS : v), weeks),
  contractId: optionalId,
  contractLineId: optionalId,
});
export type GenerateWorkOrdersInput = z.output<typeof generateWorkOrdersSchema>;

const target = { workOrderId: idSchema, version: versionSchema };

/** Employees ticked in the form: one value per box (none ticked: an empty list). */
const employeeIds = z
  .preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((id) => id !== ""),
    z.array(idSchema).max(20, "Au plus 20 personnes sur une intervention."),
  )
  .transform((ids) => [...new Set(ids)]);

export const NOBODY = "Choisissez une équipe ou au moins une personne.";

export const assignWorkOrderSchema = z
  .strictObject({ ...target, teamId: optionalId, employeeIds })
  .refine((input) => input.teamId || input.employeeIds.length > 0, { path: ["teamId"], message: NOBODY });
export type AssignWorkOrderInput = z.output<typeof assignWorkOrderSchema>;

export const rescheduleWorkOrderSchema = z.strictObject({
  ...target,
  date: daySchema,
  startTime,
  /** The planning's "move to another day": the start time stays as it was. */
  keepTime: z.literal("on").optional(),
});
export type RescheduleWorkOrderInput = z.output<typeof rescheduleWorkOrderSchema>;

export const CANCEL_REASON_REQUIRED = "Indiquez pourquoi l'intervention est annulée.";

export const cancelWorkOrderSchema = z.strictObject({
  ...target,
  reason: z.string({ error: CANCEL_REASON_REQUIRED }).trim().min(3, CANCEL_REASON_REQUIRED).max(TEXT_MAX, "La raison fait au plus 2000 caractères."),
});
export type CancelWorkOrderInput = z.output<typeof cancelWorkOrderSchema>;

/** The moves of the job page's buttons that need nothing but the job (assign and cancel have their forms). */
export const STAFF_BUTTON_MOVES = ["unassign", "start", "complete", "validate", "sendBack", "restore"] as const;
export type StaffButtonMove = (typeof STAFF_BUTTON_MOVES)[number];

export const moveWorkOrderSchema = z.strictObject({
  ...target,
  move: z.enum(STAFF_BUTTON_MOVES, { error: "Action inconnue." }),
  comment: optionalText(TEXT_MAX, "Le commentaire fait au plus 2000 caractères."),
});
export type MoveWorkOrderInput = z.output<typeof moveWorkOrderSchema>;

// ─── The list's filter, from the URL (French names translated here; anything odd is ignored) ───

const optionalDay = daySchema.optional().catch(undefined);

export const workOrderFilterSchema = z.object({
  statut: z.enum(WORK_ORDER_STATUSES).optional().catch(undefined),
  origine: z.enum(["SCHEDULE", "PARTNER_ORDER", "STAFF", "REPORT"]).optional().catch(undefined),
  /** "oui": the open jobs a partner sent back, to take up again. */
  renvoi: z.literal("oui").optional().catch(undefined),
  contrat: optionalIdParam,
  equipe: optionalIdParam,
  du: optionalDay,
  au: optionalDay,
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam(),
});
export type WorkOrderFilterParams = z.output<typeof workOrderFilterSchema>;

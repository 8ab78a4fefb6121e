import { z } from "zod";
import { PLACE_PATTERN, checkbox, parsePlace, type PlaceRef } from "@/lib/reports/schemas";

/** Inputs of the staff triage: each triage action (POST, strict). The queue's filters are in filter-params.ts. */

const id = z.string().min(1, "Identifiant manquant.").max(40, "Identifiant invalide.").regex(/^[a-z0-9]+$/i, "Identifiant invalide.");
const version = z.coerce.number({ error: "Version manquante : rechargez la page." }).int().min(0);
const optionalComment = z
  .string()
  .trim()
  .max(2000, "2000 caractères au maximum.")
  .transform((v) => v || null)
  .optional()
  .transform((v) => v ?? null);

export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;

const target = { reportId: id, version };

/** Status moves made with this form; routing and duplicates have their own, with their target. */
export const SETTABLE_STATUSES = ["ACKNOWLEDGED", "PLANNED", "RESOLVED", "CLOSED", "REJECTED"] as const;

export const setReportStatusSchema = z
  .strictObject({
    ...target,
    status: z.enum(SETTABLE_STATUSES, { error: "Statut inconnu." }),
    comment: optionalComment,
  })
  .superRefine((value, ctx) => {
    if (value.status === "REJECTED" && !value.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "Indiquez la raison du refus : elle sera communiquée à l'habitant." });
    }
  });
export type SetReportStatusInput = z.output<typeof setReportStatusSchema>;

export const setReportPrioritySchema = z.strictObject({ ...target, priority: z.enum(PRIORITIES, { error: "Priorité inconnue." }) });
export type SetReportPriorityInput = z.output<typeof setReportPrioritySchema>;

export const updateReportDetailsSchema = z.strictObject({
  ...target,
  categoryId: id,
  place: z
    .string()
    .max(60)
    .transform((v, ctx): PlaceRef | null => {
      if (!v) return null;
      if (!PLACE_PATTERN.test(v)) {
        ctx.addIssue({ code: "custom", message: "Lieu inconnu : choisissez-le dans la liste." });
        return z.NEVER;
      }
      return parsePlace(v);
    }),
});
export type UpdateReportDetailsInput = z.output<typeof updateReportDetailsSchema>;

export const markDuplicateSchema = z.strictObject({
  ...target,
  duplicateOfNumber: z.coerce
    .number({ error: "Indiquez le numéro du signalement d'origine." })
    .int("Numéro invalide.")
    .min(1, "Numéro invalide.")
    .max(999_999_999, "Numéro invalide."),
});
export type MarkDuplicateInput = z.output<typeof markDuplicateSchema>;

/** `shareContact`: the partner also gets the person's name and contact (they must have agreed). */
export const routeReportSchema = z.strictObject({ ...target, partnerId: id, comment: optionalComment, shareContact: checkbox });
export type RouteReportInput = z.output<typeof routeReportSchema>;

export const addReportCommentSchema = z.strictObject({
  ...target,
  comment: z.string({ error: "Écrivez un commentaire." }).trim().min(1, "Écrivez un commentaire.").max(2000, "2000 caractères au maximum."),
  visibility: z.enum(["PUBLIC", "INTERNAL"], { error: "Choisissez qui voit ce commentaire." }),
  /** The template the text started from, if any: checked against the database. */
  templateId: id.optional().or(z.literal("").transform(() => undefined)),
});
export type AddReportCommentInput = z.output<typeof addReportCommentSchema>;

export const moderateReportSchema = z
  .strictObject({
    ...target,
    publicDescription: z
      .string()
      .trim()
      .max(2000, "2000 caractères au maximum.")
      .transform((v) => v || null),
    moderationStatus: z.enum(["APPROVED", "REJECTED", "PENDING"], { error: "Décision inconnue." }),
  })
  .superRefine((value, ctx) => {
    if (value.moderationStatus === "APPROVED" && !value.publicDescription) {
      ctx.addIssue({ code: "custom", path: ["publicDescription"], message: "Écrivez le texte public avant de l'approuver." });
    }
  });
export type ModerateReportInput = z.output<typeof moderateReportSchema>;

export const setPhotoPublicSchema = z.strictObject({ ...target, photoId: id, approved: z.enum(["true", "false"]).transform((v) => v === "true") });
export type SetPhotoPublicInput = z.output<typeof setPhotoPublicSchema>;

export const BULK_OPERATIONS = ["acknowledge", "route", "resolve"] as const;

/** Checked rows of the queue: each "id:version", so every report keeps its own version check. */
export const bulkTriageSchema = z
  .strictObject({
    operation: z.enum(BULK_OPERATIONS, { error: "Action groupée inconnue." }),
    selected: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z
        .array(
          z
            .string()
            .regex(/^[a-z0-9]{1,40}:\d{1,9}$/i, "Sélection invalide : rechargez la page.")
            .transform((s) => {
              const [reportId, v] = s.split(":");
              return { reportId, version: Number(v) };
            }),
        )
        .min(1, "Cochez au moins un signalement.")
        .max(100, "100 signalements au plus à la fois."),
    ),
    partnerId: id.optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine((value, ctx) => {
    if (value.operation === "route" && !value.partnerId) {
      ctx.addIssue({ code: "custom", path: ["partnerId"], message: "Choisissez le partenaire." });
    }
  });
export type BulkTriageInput = z.output<typeof bulkTriageSchema>;

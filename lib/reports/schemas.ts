import { z } from "zod";
import { checkbox, idempotencyKeySchema, idSchema, optionalText, pageParam, versionSchema } from "@/lib/core/schemas";
import { PRIORITIES } from "@/lib/reports/model";
import { MAP_POINT_PLACE, PLACE_PATTERN, parsePlace, type PlaceRef } from "@/lib/reports/place-ref";

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 2000;

const place = z
  .string()
  .max(60)
  .transform((v, ctx) => {
    if (!v) return null;
    const ref = parsePlace(v);
    if (!ref) {
      ctx.addIssue({ code: "custom", message: "Lieu inconnu : choisissez-le dans la liste." });
      return z.NEVER;
    }
    return ref;
  });

const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .max(20)
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "Coordonnée invalide." });
        return z.NEVER;
      }
      return n;
    });

/**
 * An empty file input still sends one empty File: drop it, and make one file a list of one. Sent
 * with JavaScript (React's server action decoder, through busboy), its empty file name arrives as
 * the word "undefined".
 */
const photos = z.preprocess(
  (value) => {
    const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
    return list.filter((f) => !(f instanceof File && f.size === 0 && (!f.name || f.name === "undefined")));
  },
  z
    .array(z.instanceof(File, { error: "Fichier invalide." }))
    .max(MAX_PHOTOS, `${MAX_PHOTOS} photos au maximum.`)
    .superRefine((files, ctx) => {
      for (const file of files) {
        if (file.size > MAX_PHOTO_BYTES) {
          ctx.addIssue({ code: "custom", message: `La photo « ${file.name || "sans nom"} » dépasse 10 Mo.` });
        }
      }
    }),
);

const reportFields = {
  categoryId: z
    .string({ error: "Choisissez une catégorie." })
    .min(1, "Choisissez une catégorie.")
    .max(40, "Catégorie inconnue.")
    .regex(/^[a-z0-9]+$/i, "Catégorie inconnue."),
  place,
  latitude: coordinate(-90, 90).optional(),
  longitude: coordinate(-180, 180).optional(),
  address: z
    .string()
    .trim()
    .max(200, "200 caractères au maximum.")
    .transform((v) => v || null)
    .optional(),
  description: z
    .string({ error: "Décrivez le problème." })
    .trim()
    .min(DESCRIPTION_MIN, `Décrivez le problème en ${DESCRIPTION_MIN} caractères au moins.`)
    .max(DESCRIPTION_MAX, `${DESCRIPTION_MAX} caractères au maximum.`),
  visibility: z.enum(["PUBLIC", "PRIVATE"], { error: "Choisissez si le signalement est public ou privé." }),
  /** The person may be contacted by the partner handling the report (staff still decide to share). */
  contactConsent: checkbox,
  photos: photos.optional().transform((v) => v ?? []),
  idempotencyKey: idempotencyKeySchema,
};

export const PLACE_REQUIRED = "Choisissez le lieu du problème dans la liste, ou placez un point sur la carte.";

/**
 * Where: a place of the list (site, building or entrance), a point on the map, or both (the point
 * then refines the place). A point alone is for what the list lacks (a spot in the street): the
 * report then has no site, so no partner sees it and « moi aussi » cannot find it until staff,
 * who see it in their queue as « Point sur la carte », give it its place. No site is guessed from
 * the point: the nearest one may be the neighbouring residence of another landlord. The list
 * stays the accessible way to say where, with or without JavaScript.
 */
function requirePlace(value: { place: PlaceRef | null; latitude?: number | null; longitude?: number | null }, ctx: z.RefinementCtx) {
  const hasPoint = value.latitude != null && value.longitude != null;
  if (!value.place && !hasPoint) ctx.addIssue({ code: "custom", path: ["place"], message: PLACE_REQUIRED });
  if ((value.latitude == null) !== (value.longitude == null)) {
    ctx.addIssue({ code: "custom", path: ["latitude"], message: "Indiquez la latitude et la longitude, ou aucune des deux." });
  }
}

export const createReportSchema = z.strictObject(reportFields).superRefine(requirePlace);
export type CreateReportInput = z.output<typeof createReportSchema>;

const phone = z
  .string()
  .trim()
  .max(100, "100 caractères au maximum.")
  .transform((v) => v || null)
  .optional();

/** Staff at the counter: the same report, plus who reported it (kept private). */
export const createReportOnBehalfSchema = z
  .strictObject({
    ...reportFields,
    reporterName: z.string({ error: "Indiquez le nom de la personne." }).trim().min(2, "Indiquez le nom de la personne.").max(100, "100 caractères au maximum."),
    reporterContact: phone,
  })
  .superRefine(requirePlace);
export type CreateReportOnBehalfInput = z.output<typeof createReportOnBehalfSchema>;

export const supportReportSchema = z.strictObject({ reportId: idSchema });
export type SupportReportInput = z.output<typeof supportReportSchema>;

export const respondToResolutionSchema = z.strictObject({
  reportId: idSchema,
  version: versionSchema,
  decision: z.enum(["fixed", "not-fixed"], { error: "Réponse inconnue." }),
  comment: optionalText(1000, "1000 caractères au maximum."),
});
export type RespondToResolutionInput = z.output<typeof respondToResolutionSchema>;

/** The author's agreement that the partner handling their report may contact them. */
export const setContactConsentSchema = z.strictObject({
  reportId: z.string().min(1, "Identifiant manquant.").max(40, "Identifiant invalide."),
  consent: z.enum(["yes", "no"], { error: "Choix invalide." }).transform((v) => v === "yes"),
});
export type SetContactConsentInput = z.output<typeof setContactConsentSchema>;


/**
 * The GET "Vérifier" step of the form: category and place, parsed leniently from the URL's French
 * names (`?categorie=…&lieu=…`) into the form's own.
 */
export const reportDraftSearchSchema = z
  .object({
    categorie: idSchema.optional().catch(undefined),
    lieu: z.union([z.string().max(60).regex(PLACE_PATTERN), z.literal(MAP_POINT_PLACE)]).optional().catch(undefined),
  })
  .transform(({ categorie, lieu }) => ({ categoryId: categorie, place: lieu }));

export const listMyReportsSchema = z.object({ page: pageParam() });

// ─── Staff triage: each triage action (POST, strict). The queue's filters are in filter-params.ts. ───

const optionalComment = optionalText(2000, "2000 caractères au maximum.");

const target = { reportId: idSchema, version: versionSchema };

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
  categoryId: idSchema,
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
export const routeReportSchema = z.strictObject({ ...target, partnerId: idSchema, comment: optionalComment, shareContact: checkbox });
export type RouteReportInput = z.output<typeof routeReportSchema>;

export const addReportCommentSchema = z.strictObject({
  ...target,
  comment: z.string({ error: "Écrivez un commentaire." }).trim().min(1, "Écrivez un commentaire.").max(2000, "2000 caractères au maximum."),
  visibility: z.enum(["PUBLIC", "INTERNAL"], { error: "Choisissez qui voit ce commentaire." }),
  /** The template the text started from, if any: checked against the database. */
  templateId: idSchema.optional().or(z.literal("").transform(() => undefined)),
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

export const setPhotoPublicSchema = z.strictObject({ ...target, photoId: idSchema, approved: z.enum(["true", "false"]).transform((v) => v === "true") });
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
    partnerId: idSchema.optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine((value, ctx) => {
    if (value.operation === "route" && !value.partnerId) {
      ctx.addIssue({ code: "custom", path: ["partnerId"], message: "Choisissez le partenaire." });
    }
  });
export type BulkTriageInput = z.output<typeof bulkTriageSchema>;

// ─── A partner of the report: a comment, a status move ───

const partnerComment = z
  .string({ error: "Écrivez votre commentaire." })
  .trim()
  .min(2, "Écrivez votre commentaire.")
  .max(2000, "2000 caractères au maximum.");

export const partnerCommentSchema = z.strictObject({ reportId: idSchema, comment: partnerComment });
export type PartnerCommentInput = z.output<typeof partnerCommentSchema>;

export const partnerStatusSchema = z.strictObject({
  reportId: idSchema,
  version: versionSchema,
  action: z.enum(["take-in-hand", "resolve"], { error: "Action inconnue." }),
  comment: optionalText(1000, "1000 caractères au maximum."),
});
export type PartnerStatusInput = z.output<typeof partnerStatusSchema>;

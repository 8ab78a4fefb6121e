import { z } from "zod";
import { checkbox } from "@/lib/reports/schemas";
import { REPORT_STATUSES } from "@/lib/reports/model";
import { foldText } from "@/lib/format/text";

/**
 * Inputs of the staff screens that manage the report catalog: categories and response templates.
 * Shared by the forms (limits shown as hints and maxLength) and the actions (strict).
 */

export const CATEGORY_NAME_MAX = 60;
export const CATEGORY_GUIDANCE_MAX = 300;
export const TEMPLATE_TITLE_MAX = 80;
/** A template fills the triage comment, which takes at most 2000 characters. */
export const TEMPLATE_BODY_MAX = 2000;

/**
 * The comparable form of a category name: no case, no accents, no punctuation
 * ("Sécurité / danger" → "securite-danger"). Stored as the category's unique slug.
 */
export function categorySlug(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const id = z.string({ error: "Identifiant manquant." }).min(1, "Identifiant manquant.").max(40, "Identifiant invalide.").regex(/^[a-z0-9]+$/i, "Identifiant invalide.");
const version = z.coerce.number({ error: "Version manquante : rechargez la page." }).int("Version invalide : rechargez la page.").min(0, "Version invalide : rechargez la page.");
/** Spaces at both ends dropped, runs of spaces (and line breaks) made one. */
const oneLine = (value: string) => value.trim().replace(/\s+/g, " ");

const categoryName = z
  .string({ error: "Indiquez le nom de la catégorie." })
  .transform(oneLine)
  .pipe(
    z
      .string()
      .min(2, { error: "Indiquez le nom de la catégorie (2 caractères au moins).", abort: true })
      .max(CATEGORY_NAME_MAX, `Le nom fait au plus ${CATEGORY_NAME_MAX} caractères.`)
      .refine((v) => categorySlug(v).length > 0, "Le nom doit contenir au moins une lettre ou un chiffre."),
  );

const guidance = z
  .string({ error: "Écrivez le texte d'aide." })
  .trim()
  .min(1, "Écrivez le texte d'aide : il aide les habitants à choisir la catégorie.")
  .max(CATEGORY_GUIDANCE_MAX, `Le texte d'aide fait au plus ${CATEGORY_GUIDANCE_MAX} caractères.`);

const categoryFields = { name: categoryName, guidance, isDanger: checkbox, active: checkbox };

export const createReportCategorySchema = z.strictObject(categoryFields);
export type CreateReportCategoryInput = z.output<typeof createReportCategorySchema>;

export const updateReportCategorySchema = z.strictObject({ categoryId: id, version, ...categoryFields });
export type UpdateReportCategoryInput = z.output<typeof updateReportCategorySchema>;

export const MOVE_DIRECTIONS = ["up", "down"] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];

/** `position` is where the list showed it (0 = first): a stale list or a second click changes nothing. */
const move = {
  direction: z.enum(MOVE_DIRECTIONS, { error: "Sens de déplacement inconnu." }),
  position: z.coerce.number({ error: "Position manquante : rechargez la page." }).int("Position invalide.").min(0, "Position invalide.").max(10_000, "Position invalide."),
};

export const moveReportCategorySchema = z.strictObject({ categoryId: id, ...move });
export type MoveReportCategoryInput = z.output<typeof moveReportCategorySchema>;

const activeFlag = z.enum(["true", "false"], { error: "État inconnu." }).transform((v) => v === "true");

export const setReportCategoryActiveSchema = z.strictObject({ categoryId: id, version, active: activeFlag });
export type SetReportCategoryActiveInput = z.output<typeof setReportCategoryActiveSchema>;

const confirm = z.literal("on", { error: "Cochez la case pour confirmer la suppression." });

export const deleteReportCategorySchema = z.strictObject({ categoryId: id, version, confirm });
export type DeleteReportCategoryInput = z.output<typeof deleteReportCategorySchema>;

// ─── Response templates ────────────────────────────────────────────────────────────────────────

const templateFields = {
  status: z.enum(REPORT_STATUSES, { error: "Choisissez le statut du signalement." }),
  title: z
    .string({ error: "Indiquez le titre du modèle." })
    .transform(oneLine)
    .pipe(z.string().min(2, "Indiquez le titre du modèle (2 caractères au moins).").max(TEMPLATE_TITLE_MAX, `Le titre fait au plus ${TEMPLATE_TITLE_MAX} caractères.`)),
  body: z
    .string({ error: "Écrivez le texte du modèle." })
    .trim()
    .min(10, "Écrivez le texte du modèle (10 caractères au moins).")
    .max(TEMPLATE_BODY_MAX, `Le texte fait au plus ${TEMPLATE_BODY_MAX} caractères.`),
  active: checkbox,
};

export const createResponseTemplateSchema = z.strictObject(templateFields);
export type CreateResponseTemplateInput = z.output<typeof createResponseTemplateSchema>;

export const updateResponseTemplateSchema = z.strictObject({ templateId: id, version, ...templateFields });
export type UpdateResponseTemplateInput = z.output<typeof updateResponseTemplateSchema>;

export const moveResponseTemplateSchema = z.strictObject({ templateId: id, ...move });
export type MoveResponseTemplateInput = z.output<typeof moveResponseTemplateSchema>;

export const setResponseTemplateActiveSchema = z.strictObject({ templateId: id, version, active: activeFlag });
export type SetResponseTemplateActiveInput = z.output<typeof setResponseTemplateActiveSchema>;

export const deleteResponseTemplateSchema = z.strictObject({ templateId: id, version, confirm });
export type DeleteResponseTemplateInput = z.output<typeof deleteResponseTemplateSchema>;

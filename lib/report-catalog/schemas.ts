import { z } from "zod";
import { checkbox, idSchema, versionSchema } from "@/lib/core/schemas";
import { REPORT_STATUSES } from "@/lib/reports/model";
import {
  CATEGORY_GUIDANCE_MAX,
  CATEGORY_NAME_MAX,
  MOVE_DIRECTIONS,
  TEMPLATE_BODY_MAX,
  TEMPLATE_TITLE_MAX,
  categorySlug,
} from "@/lib/report-catalog/model";

/**
 * Inputs of the staff screens that manage the report catalog: categories and response templates.
 * Each catalog has the same five inputs (create, update, set active, move, delete); the forms show
 * the limits of lib/report-catalog/model.ts as hints and maxLength, the actions parse strictly.
 */

/** Spaces at both ends dropped, runs of spaces (and line breaks) made one. */
const oneLine = (value: string) => value.trim().replace(/\s+/g, " ");

/** `position` is where the list showed it (0 = first): a stale list or a second click changes nothing. */
const move = {
  direction: z.enum(MOVE_DIRECTIONS, { error: "Sens de déplacement inconnu." }),
  position: z.coerce.number({ error: "Position manquante : rechargez la page." }).int("Position invalide.").min(0, "Position invalide.").max(10_000, "Position invalide."),
};
const activeFlag = z.enum(["true", "false"], { error: "État inconnu." }).transform((v) => v === "true");
const confirm = z.literal("on", { error: "Cochez la case pour confirmer la suppression." });

/** The five inputs of one catalog, from its editable fields and the name of its id field. */
function catalogSchemas<K extends string, F extends z.ZodRawShape>(idField: K, fields: F) {
  const target = { [idField]: idSchema } as { [P in K]: typeof idSchema };
  return {
    create: z.strictObject(fields),
    update: z.strictObject({ ...target, version: versionSchema, ...fields }),
    move: z.strictObject({ ...target, ...move }),
    setActive: z.strictObject({ ...target, version: versionSchema, active: activeFlag }),
    delete: z.strictObject({ ...target, version: versionSchema, confirm }),
  };
}

/** What each of a catalog's commands takes: `CategoryInput["update"]`… */
type CatalogInputs<S extends Record<string, z.ZodType>> = { [K in keyof S]: z.output<S[K]> };

// ─── Categories ────────────────────────────────────────────────────────────────────────────────

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

export const categorySchemas = catalogSchemas("categoryId", { name: categoryName, guidance, isDanger: checkbox, active: checkbox });
export type CategoryInput = CatalogInputs<typeof categorySchemas>;

// ─── Response templates ────────────────────────────────────────────────────────────────────────

export const templateSchemas = catalogSchemas("templateId", {
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
});

export type TemplateInput = CatalogInputs<typeof templateSchemas>;

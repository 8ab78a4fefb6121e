/**
 * The inputs of the contracts screens, shared by forms and actions: strict (unknown keys refused),
 * French messages, amounts parsed the French way (parseEuros) and schedules built from the form's
 * presets (buildRecurrence), never typed as RRULE.
 */
import { z } from "zod";
import { checkbox, dayDateSchema, idSchema, optionalText, versionSchema } from "@/lib/core/schemas";
import {
  CONTRACT_KINDS,
  CONTRACT_NOTE_MAX,
  CONTRACT_OBJECT_MAX,
  CONTRACT_REFERENCE_MAX,
  LINE_DESCRIPTION_MAX,
  LINE_TASK_MAX,
  SERVICE_UNITS,
  parseEuros,
  type ContractMove,
} from "@/lib/contracts/model";
import { SCHEDULE_PRESETS, WEEKDAYS, buildRecurrence } from "@/lib/contracts/schedule";
import { documentTitleSchema, pdfFileSchema } from "@/lib/uploads/pdf-file";

const day = (missing: string) => dayDateSchema({ missing });

/** An amount in euros, as typed ("12 500,50"), to cents; `required` or blank → null. */
function euros(required: boolean) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) {
        if (required) ctx.addIssue({ code: "custom", message: "Indiquez le prix." });
        return null;
      }
      const parsed = parseEuros(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed.cents;
    });
}

const contractFields = {
  reference: z
    .string({ error: "Indiquez la référence." })
    .trim()
    .min(1, "Indiquez la référence.")
    .max(CONTRACT_REFERENCE_MAX, `${CONTRACT_REFERENCE_MAX} caractères au plus.`)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u, "Lettres, chiffres, espaces et . _ / - seulement."),
  partnerId: z.string({ error: "Choisissez le partenaire." }).min(1, "Choisissez le partenaire.").pipe(idSchema),
  object: z.string({ error: "Indiquez l'objet du contrat." }).trim().min(1, "Indiquez l'objet du contrat.").max(CONTRACT_OBJECT_MAX, `${CONTRACT_OBJECT_MAX} caractères au plus.`),
  kind: z.enum(CONTRACT_KINDS, { error: "Choisissez le type de contrat." }),
  startsOn: day("Indiquez la date de début."),
  endsOn: day("Indiquez la date de fin."),
  amount: euros(false),
  internalNote: optionalText(CONTRACT_NOTE_MAX, `${CONTRACT_NOTE_MAX} caractères au plus.`),
};

export const END_BEFORE_START = "La fin du contrat ne peut pas précéder son début.";

function datesInOrder<T extends { startsOn: Date; endsOn: Date }>(value: T, ctx: z.RefinementCtx) {
  if (value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: END_BEFORE_START });
}

export const createContractSchema = z.strictObject(contractFields).superRefine(datesInOrder);
export type CreateContractInput = z.output<typeof createContractSchema>;

export const updateContractSchema = z.strictObject({ contractId: idSchema, version: versionSchema, ...contractFields }).superRefine(datesInOrder);
export type UpdateContractInput = z.output<typeof updateContractSchema>;

export const CONFIRM_CLOSE = "Cochez la case pour confirmer la clôture.";

/** Closing ends the contract's work: it is confirmed with a ticked box. */
export const moveContractSchema = z
  .strictObject({
    contractId: idSchema,
    version: versionSchema,
    move: z.enum(["activate", "expire", "close", "reopen"] satisfies ContractMove[], { error: "Changement d'état inconnu." }),
    confirm: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.move === "close" && !value.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: CONFIRM_CLOSE });
  });
export type MoveContractInput = z.output<typeof moveContractSchema>;

/** A field sent once or several times (checkboxes), as a list; none → []. */
const list = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

const optionalInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

const lineFields = {
  task: z.string({ error: "Indiquez la prestation." }).trim().min(1, "Indiquez la prestation.").max(LINE_TASK_MAX, `${LINE_TASK_MAX} caractères au plus.`),
  description: optionalText(LINE_DESCRIPTION_MAX, `${LINE_DESCRIPTION_MAX} caractères au plus.`),
  unit: z.enum(SERVICE_UNITS, { error: "Choisissez l'unité." }),
  unitPrice: euros(true),
  siteIds: list(idSchema).pipe(z.array(idSchema).min(1, "Choisissez au moins un site.").max(200, "200 sites au plus.")),
  teamId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(idSchema.nullable()),
  startTime: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
      if (!match) {
        ctx.addIssue({ code: "custom", message: "Heure invalide : écrivez par exemple 07:30." });
        return z.NEVER;
      }
      return Number(match[1]) * 60 + Number(match[2]);
    }),
  durationMinutes: z.coerce
    .number({ error: "Indiquez la durée en minutes." })
    .int("Durée en minutes entières.")
    .min(5, "5 minutes au moins.")
    .max(720, "12 heures au plus."),
  preset: z.enum(SCHEDULE_PRESETS, { error: "Choisissez une fréquence." }),
  days: list(z.enum(WEEKDAYS.map((d) => d.code) as [string, ...string[]], { error: "Jour inconnu." })),
  interval: optionalInt(1, 52, "Indiquez un nombre de semaines entre 1 et 52."),
  monthDay: optionalInt(1, 28, "Indiquez un jour du mois entre 1 et 28."),
};

/** The line's fields with its schedule turned into the rule to store (`recurrence`, null: on demand). */
function withRecurrence<T extends { preset: (typeof SCHEDULE_PRESETS)[number]; days: string[]; interval: number | null; monthDay: number | null }>(value: T, ctx: z.RefinementCtx) {
  const built = buildRecurrence({ preset: value.preset, days: value.days, interval: value.interval, monthDay: value.monthDay });
  if (!built.ok) {
    ctx.addIssue({ code: "custom", path: [built.field], message: built.error });
    return z.NEVER;
  }
  const rest: Omit<T, "preset" | "days" | "interval" | "monthDay"> & { preset?: unknown; days?: unknown; interval?: unknown; monthDay?: unknown } = { ...value };
  delete rest.preset;
  delete rest.days;
  delete rest.interval;
  delete rest.monthDay;
  return { ...(rest as Omit<T, "preset" | "days" | "interval" | "monthDay">), recurrence: built.rule };
}

export const createLineSchema = z.strictObject({ contractId: idSchema, ...lineFields }).transform(withRecurrence);
export type CreateLineInput = z.output<typeof createLineSchema>;

export const updateLineSchema = z.strictObject({ lineId: idSchema, version: versionSchema, ...lineFields }).transform(withRecurrence);
export type UpdateLineInput = z.output<typeof updateLineSchema>;

const confirmed = checkbox.refine((v) => v, "Cochez la case pour confirmer.");

export const archiveLineSchema = z.strictObject({ lineId: idSchema, version: versionSchema, confirm: confirmed });
export type ArchiveLineInput = z.output<typeof archiveLineSchema>;

const pdfFile = pdfFileSchema("Choisissez un fichier PDF.");

export const uploadDocumentSchema = z.strictObject({
  contractId: idSchema,
  title: documentTitleSchema("Indiquez le titre du document."),
  file: pdfFile,
});
export type UploadDocumentInput = z.output<typeof uploadDocumentSchema>;

export const deleteDocumentSchema = z.strictObject({ documentId: idSchema, confirm: confirmed });
export type DeleteDocumentInput = z.output<typeof deleteDocumentSchema>;

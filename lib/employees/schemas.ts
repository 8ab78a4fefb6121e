import { z } from "zod";
import { dayDateSchema, idempotencyKeySchema, idSchema, optionalDayDateSchema, optionalIdParam, optionalText, pageParam, versionSchema } from "@/lib/core/schemas";
import {
  ABSENCE_KINDS,
  ABSENCE_NOTE_MAX,
  CONTRACT_TYPES,
  EMPLOYEE_NAME_MAX,
  END_BEFORE_START,
  PHONE_MAX,
  SKILLS_MAX,
  SKILL_MAX,
  TEAM_DESCRIPTION_MAX,
  TEAM_NAME_MAX,
  WEEKLY_HOURS_MAX,
  parseSkills,
} from "@/lib/employees/model";

/**
 * Inputs of the staff screens on teams, employees and absences (app/gestion/equipes,
 * app/gestion/salaries), shared by forms and actions, strict. French words for French people:
 * a decimal comma in the hours, dates as <input type="date"> sends them.
 */

const oneLine = (value: string) => value.trim().replace(/\s+/g, " ");

const archivedFlag = z.enum(["true", "false"], { error: "État inconnu." }).transform((v) => v === "true");

const DAY_MESSAGES = { format: "Date invalide : utilisez le format jj/mm/aaaa.", impossible: "Cette date n'existe pas." };
const day = (missing: string) => dayDateSchema({ missing, ...DAY_MESSAGES });
const optionalDay = optionalDayDateSchema(DAY_MESSAGES);

const endNotBeforeStart = <T extends { startsOn: Date; endsOn: Date | null }>(value: T, ctx: z.RefinementCtx) => {
  if (value.endsOn && value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: END_BEFORE_START });
};

// ─── Teams ──────────────────────────────────────────────────────────────────────────────────────

const teamFields = {
  name: z
    .string({ error: "Indiquez le nom de l'équipe." })
    .transform(oneLine)
    .pipe(z.string().min(2, "Indiquez le nom de l'équipe (2 caractères au moins).").max(TEAM_NAME_MAX, `Le nom fait au plus ${TEAM_NAME_MAX} caractères.`)),
  description: optionalText(TEAM_DESCRIPTION_MAX, `La description fait au plus ${TEAM_DESCRIPTION_MAX} caractères.`),
};

export const createTeamSchema = z.strictObject(teamFields);
export const updateTeamSchema = z.strictObject({ teamId: idSchema, version: versionSchema, ...teamFields });
export const setTeamArchivedSchema = z.strictObject({ teamId: idSchema, version: versionSchema, archived: archivedFlag });
export type CreateTeamInput = z.output<typeof createTeamSchema>;
export type UpdateTeamInput = z.output<typeof updateTeamSchema>;
export type SetTeamArchivedInput = z.output<typeof setTeamArchivedSchema>;

// ─── Employees ──────────────────────────────────────────────────────────────────────────────────

const HOURS_MESSAGE = `Indiquez les heures par semaine, plus de 0 et au plus ${WEEKLY_HOURS_MAX} (par exemple 26 ou 26,5).`;

/** "26,5" or "26.5" → 26.5; more than 0 and at most 48, two decimals at most. */
export const weeklyHoursSchema = z
  .string({ error: HOURS_MESSAGE })
  .trim()
  .regex(/^\d{1,3}([.,]\d{1,2})?$/, HOURS_MESSAGE)
  .transform((v) => Number(v.replace(",", ".")))
  .pipe(z.number().gt(0, HOURS_MESSAGE).max(WEEKLY_HOURS_MAX, HOURS_MESSAGE));

const SKILL_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u;
const stringList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const employeeFields = {
  name: z
    .string({ error: "Indiquez le nom et le prénom." })
    .transform(oneLine)
    .pipe(z.string().min(2, "Indiquez le nom et le prénom.").max(EMPLOYEE_NAME_MAX, `Le nom fait au plus ${EMPLOYEE_NAME_MAX} caractères.`)),
  phone: optionalText(PHONE_MAX, `Le téléphone fait au plus ${PHONE_MAX} caractères.`).refine(
    (v) => v === null || /^[+\d][\d .-]{5,}$/.test(v),
    "Numéro de téléphone invalide (par exemple 06 12 34 56 78).",
  ),
  contractType: z.enum(CONTRACT_TYPES, { error: "Choisissez le type de contrat." }),
  startsOn: day("Indiquez la date de début du contrat."),
  endsOn: optionalDay,
  weeklyHours: weeklyHoursSchema,
  /** Empty: no team. */
  teamId: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(idSchema.optional())
    .transform((v) => v ?? null),
  /** The free field, comma-separated. */
  skills: z.string().max(1000, "Trop de compétences.").optional(),
  /** The boxes ticked among the skills already in use. */
  skill: stringList,
};

/** The skills of the form: the ticked boxes and the typed ones, together, each once. */
function withSkills<T extends { skills?: string; skill: string[] }>({ skills, skill, ...rest }: T, ctx: z.RefinementCtx) {
  const merged = parseSkills([...skill, skills ?? ""].join(","));
  if (merged.length > SKILLS_MAX) ctx.addIssue({ code: "custom", path: ["skills"], message: `${SKILLS_MAX} compétences au plus.` });
  const wrong = merged.find((s) => s.length > SKILL_MAX || !SKILL_PATTERN.test(s));
  if (wrong) ctx.addIssue({ code: "custom", path: ["skills"], message: `« ${wrong.slice(0, 40)} » : une compétence est un mot ou deux (${SKILL_MAX} caractères au plus), séparées par des virgules.` });
  return { ...rest, skills: merged };
}

export const createEmployeeSchema = z
  .strictObject({ ...employeeFields, idempotencyKey: idempotencyKeySchema })
  .transform(withSkills)
  .superRefine(endNotBeforeStart);
export const updateEmployeeSchema = z
  .strictObject({ employeeId: idSchema, version: versionSchema, ...employeeFields })
  .transform(withSkills)
  .superRefine(endNotBeforeStart);
export const setEmployeeArchivedSchema = z.strictObject({ employeeId: idSchema, version: versionSchema, archived: archivedFlag });
export const linkEmployeeAccountSchema = z.strictObject({
  employeeId: idSchema,
  version: versionSchema,
  email: z.string({ error: "Indiquez l'adresse e-mail du compte." }).trim().toLowerCase().pipe(z.email("Adresse e-mail invalide.").max(254, "Adresse e-mail invalide.")),
});
export const unlinkEmployeeAccountSchema = z.strictObject({ employeeId: idSchema, version: versionSchema });
export type CreateEmployeeInput = z.output<typeof createEmployeeSchema>;
export type UpdateEmployeeInput = z.output<typeof updateEmployeeSchema>;
export type SetEmployeeArchivedInput = z.output<typeof setEmployeeArchivedSchema>;
export type LinkEmployeeAccountInput = z.output<typeof linkEmployeeAccountSchema>;
export type UnlinkEmployeeAccountInput = z.output<typeof unlinkEmployeeAccountSchema>;

// ─── Absences ───────────────────────────────────────────────────────────────────────────────────

export const addAbsenceSchema = z
  .strictObject({
    employeeId: idSchema,
    kind: z.enum(ABSENCE_KINDS, { error: "Choisissez le motif de l'absence." }),
    startsOn: day("Indiquez le premier jour d'absence."),
    endsOn: day("Indiquez le dernier jour d'absence."),
    note: optionalText(ABSENCE_NOTE_MAX, `La note fait au plus ${ABSENCE_NOTE_MAX} caractères.`),
  })
  .superRefine(endNotBeforeStart);
export const deleteAbsenceSchema = z.strictObject({
  absenceId: idSchema,
  confirm: z.literal("on", { error: "Cochez la case pour confirmer la suppression." }),
});
export type AddAbsenceInput = z.output<typeof addAbsenceSchema>;
export type DeleteAbsenceInput = z.output<typeof deleteAbsenceSchema>;

// ─── Lists (URL parameters, already translated from French at the page) ────────────────────────

export const ARCHIVED_FILTERS = ["active", "archived", "all"] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

export const listEmployeesSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  teamId: optionalIdParam,
  contractType: z.enum(CONTRACT_TYPES).optional().catch(undefined),
  archived: z.enum(ARCHIVED_FILTERS).catch("active"),
  page: pageParam(),
});
export type ListEmployeesFilter = z.output<typeof listEmployeesSchema>;

export const listTeamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  archived: z.enum(ARCHIVED_FILTERS).catch("active"),
  page: pageParam(),
});
export type ListTeamsFilter = z.output<typeof listTeamsSchema>;

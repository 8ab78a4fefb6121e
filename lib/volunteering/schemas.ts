/**
 * The inputs of the volunteering screens, shared by forms and actions: strict (unknown keys
 * refused), French messages; amounts the French way (parseEuros), mission times in Paris time,
 * time given as hours and minutes. The volunteering tables have no idempotency key column: a
 * creation sent twice is recognised by its twin (lib/volunteering/commands/twins.ts).
 */
import { z } from "zod";
import { checkbox, daySchema, idSchema, optionalText, versionSchema } from "@/lib/core/schemas";
import { parseEuros } from "@/lib/contracts/model";
import { parisInstant, toDay } from "@/lib/core/calendar";
import {
  ACTIVITY_NAME_MAX,
  AVAILABILITY_MAX,
  HOURS_NOTE_MAX,
  MAX_MINUTES_PER_DAY,
  MISSION_DESCRIPTION_MAX,
  MISSION_PLACE_MAX,
  MISSION_PLACES_MAX,
  MISSION_TITLE_MAX,
  REASON_MAX,
  SKILL_MAX,
  SKILLS_MAX_COUNT,
  VOLUNTEER_SKILLS,
  mergeSkills,
} from "@/lib/volunteering/model";

/** A destructive move's box, which must be ticked (a confirmation that works without JavaScript). */
const confirmed = checkbox.refine((v) => v, "Cochez la case pour confirmer.");
const tooLong = (max: number) => `${max} caractères au plus.`;
const required = (message: string, max: number) => z.string({ error: message }).trim().min(1, message).max(max, tooLong(max));
/** A field sent once or several times (checkboxes): always a list. */
const many = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const profileSchema = z
  .strictObject({
    // Checked as a whole, so that the error is the field's ("skills"), not one box's.
    skills: many(z.string()).refine((skills) => skills.every((skill) => (VOLUNTEER_SKILLS as readonly string[]).includes(skill)), "Choisissez les compétences dans la liste."),
    otherSkills: optionalText(SKILL_MAX * 5, tooLong(SKILL_MAX * 5)),
    availability: optionalText(AVAILABILITY_MAX, tooLong(AVAILABILITY_MAX)),
  })
  .transform(({ skills, otherSkills, availability }, ctx) => {
    const merged = mergeSkills(skills, otherSkills);
    if (merged.length > SKILLS_MAX_COUNT) ctx.addIssue({ code: "custom", path: ["otherSkills"], message: `${SKILLS_MAX_COUNT} compétences au plus.` });
    if (merged.some((skill) => skill.length > SKILL_MAX)) ctx.addIssue({ code: "custom", path: ["otherSkills"], message: `Une compétence fait ${SKILL_MAX} caractères au plus.` });
    return { skills: merged, availability };
  });
export type ProfileInput = z.output<typeof profileSchema>;

const hourlyRate = z
  .string({ error: "Indiquez la valeur d'une heure." })
  .trim()
  .min(1, "Indiquez la valeur d'une heure.")
  .transform((value, ctx) => {
    const parsed = parseEuros(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    if (parsed.cents < 1) {
      ctx.addIssue({ code: "custom", message: "La valeur d'une heure doit être supérieure à zéro." });
      return z.NEVER;
    }
    return parsed.cents;
  });

const activityFields = { name: required("Indiquez le nom de l'activité.", ACTIVITY_NAME_MAX), hourlyRate };
export const createActivitySchema = z.strictObject(activityFields);
export type CreateActivityInput = z.output<typeof createActivitySchema>;
export const updateActivitySchema = z.strictObject({ activityId: idSchema, ...activityFields });
export type UpdateActivityInput = z.output<typeof updateActivitySchema>;
export const archiveActivitySchema = z.strictObject({ activityId: idSchema });
export type ArchiveActivityInput = z.output<typeof archiveActivitySchema>;

const time = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure invalide : écrivez par exemple 09:30.");

export const END_NOT_AFTER_START = "La fin doit venir après le début.";

const missionFields = {
  title: required("Indiquez le titre de la mission.", MISSION_TITLE_MAX),
  description: optionalText(MISSION_DESCRIPTION_MAX, tooLong(MISSION_DESCRIPTION_MAX)),
  activityId: z.string({ error: "Choisissez l'activité." }).min(1, "Choisissez l'activité.").pipe(idSchema),
  day: daySchema,
  startTime: time("Indiquez l'heure de début."),
  endTime: time("Indiquez l'heure de fin."),
  place: required("Indiquez le lieu.", MISSION_PLACE_MAX),
  places: z.coerce
    .number({ error: "Indiquez le nombre de places." })
    .int("Un nombre entier de places.")
    .min(1, "Au moins une place.")
    .max(MISSION_PLACES_MAX, `${MISSION_PLACES_MAX} places au plus.`),
};

/** The mission's day and times (Paris) become its start and end instants; the end after the start. */
function missionTimes<T extends { day: string; startTime: string; endTime: string }>({ day, startTime, endTime, ...rest }: T, ctx: z.RefinementCtx) {
  const startsAt = parisInstant(day, startTime);
  const endsAt = parisInstant(day, endTime);
  if (endsAt <= startsAt) ctx.addIssue({ code: "custom", path: ["endTime"], message: END_NOT_AFTER_START });
  return { ...rest, startsAt, endsAt };
}

export const createMissionSchema = z.strictObject({ ...missionFields }).transform(missionTimes);
export type CreateMissionInput = z.output<typeof createMissionSchema>;
export const updateMissionSchema = z.strictObject({ missionId: idSchema, version: versionSchema, ...missionFields }).transform(missionTimes);
export type UpdateMissionInput = z.output<typeof updateMissionSchema>;
export const cancelMissionSchema = z.strictObject({
  missionId: idSchema,
  version: versionSchema,
  reason: required("Indiquez la raison de l'annulation.", REASON_MAX),
  confirm: confirmed,
});
export type CancelMissionInput = z.output<typeof cancelMissionSchema>;

export const signupSchema = z.strictObject({ missionId: idSchema });
export type SignupInput = z.output<typeof signupSchema>;
export const withdrawSchema = z.strictObject({ missionId: idSchema, confirm: confirmed });

const wholeNumber = (what: string, max: number) =>
  z.preprocess(
    (value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? 0 : value),
    z.coerce.number({ error: `Nombre de ${what} invalide.` }).int(`Nombre de ${what} invalide.`).min(0, `Nombre de ${what} invalide.`).max(max, `Nombre de ${what} invalide.`),
  );

export const DURATION_OUT_OF_RANGE = "Indiquez une durée entre 1 minute et 24 heures.";

const hoursFields = {
  day: daySchema.transform((value) => toDay(value)),
  hours: wholeNumber("heures", 24),
  minutes: wholeNumber("minutes", 59),
  activityId: z.string({ error: "Choisissez l'activité." }).min(1, "Choisissez l'activité.").pipe(idSchema),
  missionId: z.preprocess((value) => (value === "" ? undefined : value), idSchema.optional()).transform((value) => value ?? null),
  note: optionalText(HOURS_NOTE_MAX, tooLong(HOURS_NOTE_MAX)),
};

/** Hours and minutes become minutes, from 1 to a whole day. */
function duration<T extends { hours: number; minutes: number }>({ hours, minutes, ...rest }: T, ctx: z.RefinementCtx) {
  const total = hours * 60 + minutes;
  if (total < 1 || total > MAX_MINUTES_PER_DAY) ctx.addIssue({ code: "custom", path: ["hours"], message: DURATION_OUT_OF_RANGE });
  return { ...rest, minutes: total };
}

export const enterOwnHoursSchema = z.strictObject({ ...hoursFields }).transform(duration);
export type EnterOwnHoursInput = z.output<typeof enterOwnHoursSchema>;
export const enterHoursForSchema = z.strictObject({ ...hoursFields, userId: idSchema }).transform(duration);
export type EnterHoursForInput = z.output<typeof enterHoursForSchema>;
export const correctOwnHoursSchema = z.strictObject({ ...hoursFields, hoursId: idSchema, version: versionSchema }).transform(duration);
export type CorrectOwnHoursInput = z.output<typeof correctOwnHoursSchema>;
export const deleteOwnHoursSchema = z.strictObject({ hoursId: idSchema, version: versionSchema, confirm: confirmed });
export type DeleteOwnHoursInput = z.output<typeof deleteOwnHoursSchema>;

export const validateHoursSchema = z.strictObject({ hoursId: idSchema, version: versionSchema });
export type ValidateHoursInput = z.output<typeof validateHoursSchema>;
export const refuseHoursSchema = z.strictObject({ hoursId: idSchema, version: versionSchema, reason: required("Indiquez la raison du refus.", REASON_MAX) });
export type RefuseHoursInput = z.output<typeof refuseHoursSchema>;

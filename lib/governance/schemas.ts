/**
 * The inputs of the governance bodies, statutes and mandates screens, shared by forms and actions:
 * strict (unknown keys refused), French messages.
 */
import { z } from "zod";
import { checkbox, idSchema, idempotencyKeySchema, dayDateSchema, optionalDayDateSchema, optionalText, versionSchema } from "@/lib/core/schemas";
import { BODY_KINDS, MANDATE_POSITIONS } from "@/lib/governance/model";
import { COLLEGES } from "@/lib/membership/model";
import { MAX_PROXIES_PER_PERSON, MAX_SEATS_PER_COLLEGE, NO_SEATS, SHARE_NOT_KEPT, STATUTES_NOTE_MAX, keepsResidentsShare, totalSeats } from "@/lib/governance/statutes-rules";
import { END_BEFORE_START } from "@/lib/governance/mandate-rules";

const day = (missing: string) => dayDateSchema({ missing });
const optionalDay = optionalDayDateSchema();

const count = (label: string, max: number) =>
  z.coerce
    .number({ error: `Indiquez ${label}.` })
    .int(`${label[0].toUpperCase()}${label.slice(1)} : un nombre entier.`)
    .min(0, "Pas de nombre négatif.")
    .max(max, `${max} au plus.`);
const percent = z.coerce.number({ error: "Indiquez un pourcentage." }).int("Un pourcentage entier.").min(0, "Entre 0 et 100.").max(100, "Entre 0 et 100.");

export const BODY_NAME_MAX = 120;
export const BODY_DESCRIPTION_MAX = 1000;
export const BODY_NAME_TAKEN = "Une autre instance porte déjà ce nom.";

// ---- Statutes

export const createStatutesSchema = z
  .strictObject({
    effectiveFrom: day("Indiquez la date d'entrée en vigueur."),
    boardSeatsResidents: count("le nombre de sièges", MAX_SEATS_PER_COLLEGE),
    boardSeatsLocalAuthorities: count("le nombre de sièges", MAX_SEATS_PER_COLLEGE),
    boardSeatsSocialLandlords: count("le nombre de sièges", MAX_SEATS_PER_COLLEGE),
    boardSeatsSocioEconomic: count("le nombre de sièges", MAX_SEATS_PER_COLLEGE),
    residentsMinSharePercent: percent,
    quorumAssemblyPercent: percent,
    quorumBoardPercent: percent,
    quorumOtherPercent: percent,
    proxiesCountForQuorum: checkbox,
    proxiesPerPerson: count("le nombre de pouvoirs", MAX_PROXIES_PER_PERSON),
    flagEmployeeMandates: checkbox,
    note: optionalText(STATUTES_NOTE_MAX, `${STATUTES_NOTE_MAX} caractères au plus.`),
  })
  .superRefine((value, ctx) => {
    if (totalSeats(value) === 0) ctx.addIssue({ code: "custom", path: ["boardSeatsResidents"], message: NO_SEATS });
    else if (!keepsResidentsShare(value)) ctx.addIssue({ code: "custom", path: ["boardSeatsResidents"], message: SHARE_NOT_KEPT });
  });
export type CreateStatutesInput = z.output<typeof createStatutesSchema>;

// ---- Bodies

const bodyFields = {
  name: z.string({ error: "Indiquez le nom." }).trim().min(1, "Indiquez le nom.").max(BODY_NAME_MAX, `${BODY_NAME_MAX} caractères au plus.`),
  kind: z.enum(BODY_KINDS, { error: "Choisissez le type d'instance." }),
  description: optionalText(BODY_DESCRIPTION_MAX, `${BODY_DESCRIPTION_MAX} caractères au plus.`),
  sortOrder: z.coerce.number({ error: "Un nombre entier." }).int("Un nombre entier.").min(0, "Entre 0 et 999.").max(999, "Entre 0 et 999.").default(0),
};
export const createBodySchema = z.strictObject(bodyFields);
export type CreateBodyInput = z.output<typeof createBodySchema>;
export const updateBodySchema = z.strictObject({ bodyId: idSchema, version: versionSchema, ...bodyFields });
export type UpdateBodyInput = z.output<typeof updateBodySchema>;
export const archiveBodySchema = z.strictObject({
  bodyId: idSchema,
  version: versionSchema,
  confirm: z.literal("on", { error: "Cochez la case pour confirmer l'archivage." }),
});
export type ArchiveBodyInput = z.output<typeof archiveBodySchema>;

// ---- Mandates

function datesInOrder(value: { startsOn: Date; endsOn: Date | null }, ctx: z.RefinementCtx) {
  if (value.endsOn && value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: END_BEFORE_START });
}

const mandateTerms = {
  position: z.enum(MANDATE_POSITIONS, { error: "Choisissez le poste." }),
  startsOn: day("Indiquez le début du mandat."),
  endsOn: optionalDay,
  showNamePublicly: checkbox,
};

export const createMandateSchema = z
  .strictObject({
    bodyId: idSchema,
    memberId: z.string({ error: "Choisissez le ou la titulaire." }).min(1, "Choisissez le ou la titulaire.").pipe(idSchema),
    college: z.enum(COLLEGES, { error: "Choisissez le collège." }),
    idempotencyKey: idempotencyKeySchema,
    ...mandateTerms,
  })
  .superRefine(datesInOrder);
export type CreateMandateInput = z.output<typeof createMandateSchema>;

export const updateMandateSchema = z.strictObject({ mandateId: idSchema, version: versionSchema, ...mandateTerms }).superRefine(datesInOrder);
export type UpdateMandateInput = z.output<typeof updateMandateSchema>;

export const endMandateSchema = z.strictObject({
  mandateId: idSchema,
  version: versionSchema,
  endsOn: day("Indiquez le dernier jour du mandat."),
  confirm: z.literal("on", { error: "Cochez la case pour confirmer la fin du mandat." }),
});
export type EndMandateInput = z.output<typeof endMandateSchema>;

/**
 * The meetings forms' inputs, shared by forms and actions: strict, French messages, the start
 * read as Paris time (lib/core/calendar.ts).
 */
import { z } from "zod";
import { ATTENDANCE_STATUSES } from "@/lib/governance/model";
import { checkbox, idSchema, optionalText, versionSchema } from "@/lib/core/schemas";
import { parseParisDateTime } from "@/lib/core/calendar";
import { documentTitleSchema, pdfFileSchema } from "@/lib/uploads/pdf-file";
import { AGENDA_MAX, CANCEL_REASON_MAX, DECISION_TEXT_MAX, DECISION_TITLE_MAX, MINUTES_MAX, PLACE_MAX } from "@/lib/governance/meetings/moves";

const dateTime = (missing: string | null) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) {
        if (missing) ctx.addIssue({ code: "custom", message: missing });
        return null;
      }
      const instant = parseParisDateTime(value);
      if (!instant) {
        ctx.addIssue({ code: "custom", message: "Date et heure invalides : choisissez-les dans le champ, par exemple 10/12/2026 18:30." });
        return z.NEVER;
      }
      return instant;
    });

export const END_BEFORE_START = "La fin doit venir après le début.";

const meetingFields = {
  bodyId: z.string({ error: "Choisissez l'instance." }).min(1, "Choisissez l'instance.").pipe(idSchema),
  startsAt: dateTime("Indiquez la date et l'heure de début."),
  endsAt: dateTime(null),
  place: z.string({ error: "Indiquez le lieu." }).trim().min(1, "Indiquez le lieu.").max(PLACE_MAX, `${PLACE_MAX} caractères au plus.`),
  agenda: z.string({ error: "Indiquez l'ordre du jour." }).trim().min(1, "Indiquez l'ordre du jour, un point par ligne.").max(AGENDA_MAX, `${AGENDA_MAX} caractères au plus.`),
};

function endAfterStart(value: { startsAt: Date | null; endsAt: Date | null }, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: END_BEFORE_START });
}

export const createMeetingSchema = z
  .strictObject(meetingFields)
  .superRefine(endAfterStart)
  .transform((value) => ({ ...value, startsAt: value.startsAt as Date }));
export type CreateMeetingInput = z.output<typeof createMeetingSchema>;

export const updateMeetingSchema = z
  .strictObject({ meetingId: idSchema, version: versionSchema, ...meetingFields })
  .superRefine(endAfterStart)
  .transform((value) => ({ ...value, startsAt: value.startsAt as Date }));
export type UpdateMeetingInput = z.output<typeof updateMeetingSchema>;

export const CANCEL_REASON_MISSING = "Indiquez pourquoi la réunion est annulée : les membres convoqués le liront.";
export const CONFIRM_CANCEL = "Cochez la case pour confirmer l'annulation.";

export const moveMeetingSchema = z
  .strictObject({
    meetingId: idSchema,
    version: versionSchema,
    move: z.enum(["convene", "hold", "cancel"], { error: "Changement d'état inconnu." }),
    reason: optionalText(CANCEL_REASON_MAX, `${CANCEL_REASON_MAX} caractères au plus.`),
    confirm: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.move !== "cancel") return;
    if (!value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: CANCEL_REASON_MISSING });
    if (!value.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: CONFIRM_CANCEL });
  });
export type MoveMeetingInput = z.output<typeof moveMeetingSchema>;

/** A field sent once or several times, as a list (the attendance form's rows). */
const list = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

export const ROWS_MISMATCH = "Le formulaire de présence est incomplet : rechargez la page et réessayez.";

/**
 * The attendance form, as a whole: one row per member of the body, sent as three lists in the same
 * order (`memberId`, `status`, `proxyHolderId`, blank when none).
 */
export const saveAttendanceSchema = z
  .strictObject({
    meetingId: idSchema,
    version: versionSchema,
    memberId: list(idSchema).pipe(z.array(idSchema).max(2000, ROWS_MISMATCH)),
    status: list(z.enum(ATTENDANCE_STATUSES, { error: "Choisissez la présence." })),
    proxyHolderId: list(z.string().trim().max(40)),
  })
  .superRefine((value, ctx) => {
    const n = value.memberId.length;
    if (value.status.length !== n || value.proxyHolderId.length !== n || new Set(value.memberId).size !== n) ctx.addIssue({ code: "custom", message: ROWS_MISMATCH });
  })
  .transform((value) => ({
    meetingId: value.meetingId,
    version: value.version,
    rows: value.memberId.map((memberId, i) => ({ memberId, status: value.status[i], proxyHolderId: value.proxyHolderId[i] || null })),
  }));
export type SaveAttendanceInput = z.output<typeof saveAttendanceSchema>;

const voteCount = (label: string) =>
  z.coerce
    .number({ error: `Indiquez le nombre de voix ${label}.` })
    .int(`Un nombre entier de voix ${label}.`)
    .min(0, `Un nombre de voix ${label} positif ou nul.`)
    .max(100_000, `Nombre de voix ${label} trop grand.`);

export const addDecisionSchema = z.strictObject({
  meetingId: idSchema,
  title: z.string({ error: "Indiquez l'intitulé de la décision." }).trim().min(1, "Indiquez l'intitulé de la décision.").max(DECISION_TITLE_MAX, `${DECISION_TITLE_MAX} caractères au plus.`),
  text: z.string({ error: "Indiquez le texte de la décision." }).trim().min(1, "Indiquez le texte de la décision.").max(DECISION_TEXT_MAX, `${DECISION_TEXT_MAX} caractères au plus.`),
  votesFor: voteCount("pour"),
  votesAgainst: voteCount("contre"),
  votesAbstain: voteCount("d'abstention"),
});
export type AddDecisionInput = z.output<typeof addDecisionSchema>;

export const saveMinutesSchema = z.strictObject({
  meetingId: idSchema,
  version: versionSchema,
  minutes: z.string({ error: "Écrivez le compte rendu." }).trim().min(1, "Écrivez le compte rendu.").max(MINUTES_MAX, `${MINUTES_MAX.toLocaleString("fr-FR")} caractères au plus.`),
});
export type SaveMinutesInput = z.output<typeof saveMinutesSchema>;

/** Approving, at `meetingId`, the minutes of `approvedMeetingId` (loaded at `version`). */
export const approveMinutesSchema = z.strictObject({ meetingId: idSchema, approvedMeetingId: idSchema, version: versionSchema });
export type ApproveMinutesInput = z.output<typeof approveMinutesSchema>;

export const publishMinutesSchema = z.strictObject({ meetingId: idSchema, version: versionSchema, confirm: checkbox.refine((v) => v, "Cochez la case pour confirmer la publication.") });
export type PublishMinutesInput = z.output<typeof publishMinutesSchema>;

export const DOCUMENT_FILE_MISSING = "Choisissez un fichier PDF à envoyer.";
export const DOCUMENT_TITLE_MISSING = "Indiquez le titre du document (par exemple « Comptes 2026 » ou « Rapport d'activité »).";

const pdfFile = pdfFileSchema(DOCUMENT_FILE_MISSING);

export const uploadMeetingDocumentSchema = z.strictObject({
  meetingId: idSchema,
  title: documentTitleSchema(DOCUMENT_TITLE_MISSING),
  file: pdfFile,
});
export type UploadMeetingDocumentInput = z.output<typeof uploadMeetingDocumentSchema>;

export const deleteMeetingDocumentSchema = z.strictObject({
  documentId: idSchema,
  confirm: checkbox.refine((v) => v, "Cochez la case pour confirmer la suppression."),
});
export type DeleteMeetingDocumentInput = z.output<typeof deleteMeetingDocumentSchema>;

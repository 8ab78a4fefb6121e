/**
 * The inputs of the membership screens, shared by forms and actions: strict (unknown keys refused),
 * French messages; amounts typed the French way (parseEuros), days as <input type="date"> sends them.
 * Never a member's account, a status or a receipt number: those come from the session and the database.
 * The creation forms carry no idempotency key: Membership has no column for one, and its natural
 * key (one membership per member and year, unique) makes a second submission find the first.
 */
import { z } from "zod";
import { dayDateSchema, idSchema, isCalendarDay, optionalText, versionSchema } from "@/lib/core/schemas";
import { toDay } from "@/lib/core/calendar";
import { parseEuros } from "@/lib/contracts/model";
import {
  COLLEGES,
  MAX_MEMBERSHIP_YEAR,
  MEMBER_KINDS,
  MEMBER_NAME_MAX,
  MEMBER_TEXT_MAX,
  MIN_MEMBERSHIP_YEAR,
  ONLINE_COLLEGES,
  PAYMENT_METHODS,
} from "@/lib/membership/model";

const year = z.coerce
  .number({ error: "Indiquez l'année." })
  .int("Année invalide.")
  .min(MIN_MEMBERSHIP_YEAR, "Année invalide.")
  .max(MAX_MEMBERSHIP_YEAR, "Année invalide.");

const college = z.enum(COLLEGES, { error: "Choisissez le collège." });
const method = z.enum(PAYMENT_METHODS, { error: "Choisissez le moyen de paiement." });

const day = (missing: string) => dayDateSchema({ missing });

/** An amount in euros as typed ("25", "12,50") to cents, more than zero. */
function euros(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .transform((value, ctx) => {
      const parsed = parseEuros(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      if (parsed.cents <= 0) {
        ctx.addIssue({ code: "custom", message: "Le montant doit être supérieur à zéro." });
        return z.NEVER;
      }
      return parsed.cents;
    });
}

const name = (missing: string) => z.string({ error: missing }).trim().min(1, missing).max(MEMBER_NAME_MAX, `${MEMBER_NAME_MAX} caractères au plus.`);
const optional = optionalText(MEMBER_TEXT_MAX, `${MEMBER_TEXT_MAX} caractères au plus.`);
const email = z
  .string()
  .trim()
  .max(MEMBER_TEXT_MAX, `${MEMBER_TEXT_MAX} caractères au plus.`)
  .optional()
  .transform((value) => (value ? value.toLowerCase() : null))
  .refine((value) => value === null || z.email().safeParse(value).success, "Adresse e-mail invalide.");

/** Joining online, in one's own name, for the current year (the year is the server's, not the form's). */
export const joinMembershipSchema = z.strictObject({
  college: z.enum(ONLINE_COLLEGES, { error: "Choisissez votre collège." }),
});
export type JoinMembershipInput = z.output<typeof joinMembershipSchema>;

/** Cancelling a membership not paid yet (staff, or the member their own). */
export const cancelMembershipSchema = z.strictObject({
  membershipId: idSchema,
  version: versionSchema,
  confirm: z.literal("on", { error: "Cochez la case pour confirmer l'annulation." }),
});
export type CancelMembershipInput = z.output<typeof cancelMembershipSchema>;

/** Recording a membership's payment at the office: amount (the fee by default), method, day. */
export const recordPaymentSchema = z.strictObject({
  membershipId: idSchema,
  version: versionSchema,
  amount: euros("Indiquez le montant reçu."),
  method,
  paidOn: day("Indiquez la date du paiement."),
});
export type RecordPaymentInput = z.output<typeof recordPaymentSchema>;

/** The member's own details (staff edit them). */
const memberFields = {
  kind: z.enum(MEMBER_KINDS, { error: "Choisissez personne ou organisation." }),
  name: name("Indiquez le nom."),
  partnerId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(idSchema.nullable()),
  representativeName: optionalText(MEMBER_NAME_MAX, `${MEMBER_NAME_MAX} caractères au plus.`),
  email,
  phone: optionalText(40, "40 caractères au plus."),
  address: optional,
};

/**
 * An organisation always has its named representative (who sits for it); it is chosen in the
 * partners list when it is one, which most are. The partner stays optional, as the database's
 * check allows, for an organisation that is not a partner of the Régie's contracts (the
 * intercommunality, the Département, a local association). A person has neither.
 */
function checkOrganisation(value: { kind: string; partnerId: string | null; representativeName: string | null }, ctx: z.RefinementCtx) {
  if (value.kind !== "ORGANISATION") return;
  if (!value.representativeName) ctx.addIssue({ code: "custom", path: ["representativeName"], message: "Indiquez le représentant de l'organisation." });
}
const personOnly = <T extends { kind: string; partnerId: string | null; representativeName: string | null }>(value: T): T =>
  value.kind === "PERSON" ? { ...value, partnerId: null, representativeName: null } : value;

export const updateMemberSchema = z
  .strictObject({ memberId: idSchema, ...memberFields })
  .superRefine(checkOrganisation)
  .transform(personOnly);
export type UpdateMemberInput = z.output<typeof updateMemberSchema>;

/**
 * A paper form: a new member (its details) or an existing one (`memberId`), the year and college
 * (the fee comes from the table), and, if paid on the spot, the payment.
 */
export const recordPaperMembershipSchema = z
  .strictObject({
    memberId: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .pipe(idSchema.nullable()),
    kind: memberFields.kind.optional(),
    name: z.string().trim().max(MEMBER_NAME_MAX, `${MEMBER_NAME_MAX} caractères au plus.`).optional(),
    partnerId: memberFields.partnerId,
    representativeName: memberFields.representativeName,
    email: memberFields.email,
    phone: memberFields.phone,
    address: memberFields.address,
    year,
    college,
    paidNow: z
      .literal("on", { error: "Case à cocher invalide." })
      .optional()
      .transform((v) => v === "on"),
    method: method.optional().or(z.literal("").transform(() => undefined)),
    paidOn: z.string().trim().optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.memberId) {
      if (!value.kind) ctx.addIssue({ code: "custom", path: ["kind"], message: "Choisissez personne ou organisation." });
      if (!value.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Indiquez le nom." });
      if (value.kind) checkOrganisation({ kind: value.kind, partnerId: value.partnerId, representativeName: value.representativeName }, ctx);
    }
    if (value.paidNow) {
      if (!value.method) ctx.addIssue({ code: "custom", path: ["method"], message: "Choisissez le moyen de paiement." });
      if (!value.paidOn) ctx.addIssue({ code: "custom", path: ["paidOn"], message: "Indiquez la date du paiement." });
      else if (!isCalendarDay(value.paidOn)) ctx.addIssue({ code: "custom", path: ["paidOn"], message: "Date invalide." });
    }
  })
  .transform(({ paidNow, method, paidOn, memberId, kind, name, partnerId, representativeName, email, phone, address, ...rest }) => ({
    ...rest,
    member: memberId
      ? ({ existing: memberId } as const)
      : { new: personOnly({ kind: kind ?? "PERSON", name: name ?? "", partnerId, representativeName, email, phone, address }) },
    payment: paidNow && method && paidOn ? { method, paidOn: toDay(paidOn) } : null,
  }));
export type RecordPaperMembershipInput = z.output<typeof recordPaperMembershipSchema>;

/** A year's fee for a college (created or changed: one row per year and college). */
export const setFeeSchema = z.strictObject({
  year,
  college,
  amount: euros("Indiquez le montant de la cotisation."),
});
export type SetFeeInput = z.output<typeof setFeeSchema>;

/** Copies the previous year's fees to `year`, for the colleges that have none yet. */
export const copyFeesSchema = z.strictObject({ year });
export type CopyFeesInput = z.output<typeof copyFeesSchema>;

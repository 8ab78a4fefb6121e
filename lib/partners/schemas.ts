import { z } from "zod";
import { emailSchema } from "@/lib/auth/email";
import { passwordSchema } from "@/lib/auth/passwords";
import { idSchema, optionalIdParam, optionalText, pageParam, versionSchema } from "@/lib/core/schemas";
import {
  CONTACT_NAME_MAX,
  JOB_TITLE_MAX,
  PARTNER_ADDRESS_MAX,
  PARTNER_DESCRIPTION_MAX,
  PARTNER_KINDS,
  PARTNER_NAME_MAX,
  PHONE_MAX,
  SUBTYPE_NAME_MAX,
  URL_MAX,
} from "@/lib/partners/model";

/**
 * Inputs of the partners' screens (partners, sub-types, contacts, invitations) and of the public
 * invitation page. Strict: a partner's id comes from the record edited, a grant's partner from
 * the invitation, never from the form.
 */

/** Spaces at both ends dropped, runs of spaces made one. */
const oneLine = (value: string) => value.trim().replace(/\s+/g, " ");

function requiredName(max: number, missing: string) {
  return z
    .string({ error: missing })
    .transform(oneLine)
    .pipe(z.string().min(2, { error: missing, abort: true }).max(max, `${max} caractères au plus.`));
}

const optionalEmail = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .pipe(z.union([z.null(), emailSchema]));

const optionalPhone = z
  .string()
  .trim()
  .max(PHONE_MAX, "Numéro trop long.")
  .regex(/^[0-9+ .()-]*$/, "Numéro de téléphone invalide : chiffres, espaces, +, points et tirets seulement.")
  .optional()
  .transform((v) => v || null);

const optionalWebsite = z
  .string()
  .trim()
  .max(URL_MAX, `${URL_MAX} caractères au plus.`)
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "Adresse de site invalide : elle commence par https:// (ou http://).");

const kind = z.enum(PARTNER_KINDS, { error: "Choisissez le type de partenaire." });
const optionalSubtype = z
  .string()
  .max(40, "Précision invalide.")
  .optional()
  .transform((v) => v || null)
  .pipe(z.union([z.null(), idSchema]));

const partnerFields = {
  name: requiredName(PARTNER_NAME_MAX, "Indiquez le nom du partenaire (2 caractères au moins)."),
  kind,
  subtypeId: optionalSubtype,
  description: optionalText(PARTNER_DESCRIPTION_MAX, `La présentation fait au plus ${PARTNER_DESCRIPTION_MAX} caractères.`),
  website: optionalWebsite,
  email: optionalEmail,
  phone: optionalPhone,
  address: optionalText(PARTNER_ADDRESS_MAX, `L'adresse fait au plus ${PARTNER_ADDRESS_MAX} caractères.`),
};

const archived = z.enum(["true", "false"], { error: "État inconnu." }).transform((v) => v === "true");

export const createPartnerSchema = z.strictObject({ ...partnerFields, idempotencyKey: z.string().max(100).optional() });
export const updatePartnerSchema = z.strictObject({ partnerId: idSchema, version: versionSchema, ...partnerFields });
export const setPartnerArchivedSchema = z.strictObject({ partnerId: idSchema, version: versionSchema, archived });
export type CreatePartnerInput = z.output<typeof createPartnerSchema>;
export type UpdatePartnerInput = z.output<typeof updatePartnerSchema>;
export type SetPartnerArchivedInput = z.output<typeof setPartnerArchivedSchema>;

// ─── Sub-types ──────────────────────────────────────────────────────────────────────────────────

const subtypeName = requiredName(SUBTYPE_NAME_MAX, "Indiquez le nom de la précision (2 caractères au moins).");
const optionalKind = z
  .string()
  .optional()
  .transform((v) => v || null)
  .pipe(z.union([z.null(), kind]));

export const createSubtypeSchema = z.strictObject({ name: subtypeName, kind: optionalKind });
export const renameSubtypeSchema = z.strictObject({ subtypeId: idSchema, name: subtypeName });
export const setSubtypeActiveSchema = z.strictObject({
  subtypeId: idSchema,
  active: z.enum(["true", "false"], { error: "État inconnu." }).transform((v) => v === "true"),
});
export type CreateSubtypeInput = z.output<typeof createSubtypeSchema>;
export type RenameSubtypeInput = z.output<typeof renameSubtypeSchema>;
export type SetSubtypeActiveInput = z.output<typeof setSubtypeActiveSchema>;

// ─── Contacts and invitations ────────────────────────────────────────────────────────────────────

const contactFields = {
  name: requiredName(CONTACT_NAME_MAX, "Indiquez le nom du contact (2 caractères au moins)."),
  jobTitle: optionalText(JOB_TITLE_MAX, `La fonction fait au plus ${JOB_TITLE_MAX} caractères.`),
  phone: optionalPhone,
  email: optionalEmail,
};

export const createContactSchema = z.strictObject({ partnerId: idSchema, ...contactFields });
export const updateContactSchema = z.strictObject({ contactId: idSchema, version: versionSchema, ...contactFields });
export const setContactArchivedSchema = z.strictObject({ contactId: idSchema, version: versionSchema, archived });
export const inviteContactSchema = z.strictObject({ contactId: idSchema, version: versionSchema });
export const revokeInvitationSchema = z.strictObject({ invitationId: idSchema });
export type CreateContactInput = z.output<typeof createContactSchema>;
export type UpdateContactInput = z.output<typeof updateContactSchema>;
export type SetContactArchivedInput = z.output<typeof setContactArchivedSchema>;
export type InviteContactInput = z.output<typeof inviteContactSchema>;
export type RevokeInvitationInput = z.output<typeof revokeInvitationSchema>;

const token = z.string({ error: "Lien invalide." }).min(20, "Lien invalide.").max(200, "Lien invalide.");

/** Someone without an account opens the link: they choose their name and password (the sign-up rules). */
export const acceptInvitationNewAccountSchema = z.strictObject({
  token,
  name: requiredName(100, "Indiquez votre nom (2 caractères au moins)."),
  password: passwordSchema,
  consent: z.literal("on", { error: "Vous devez accepter la politique de confidentialité." }),
});
/** The owner of the invited address, signed in with it. */
export const acceptInvitationSchema = z.strictObject({ token });
export type AcceptInvitationNewAccountInput = z.output<typeof acceptInvitationNewAccountSchema>;
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;

// ─── The list's filters (French names in the URL) ───────────────────────────────────────────────

/** `?type=` values, in French, and the kinds they stand for. */
export const KIND_PARAMS = { collectivite: "LOCAL_AUTHORITY", bailleur: "SOCIAL_LANDLORD", "socio-economique": "SOCIO_ECONOMIC" } as const;
export const STATE_PARAMS = ["actifs", "archives", "tous"] as const;

export const partnerListParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  type: z.enum(Object.keys(KIND_PARAMS) as [keyof typeof KIND_PARAMS]).optional().catch(undefined),
  precision: optionalIdParam,
  etat: z.enum(STATE_PARAMS).catch("actifs"),
  page: pageParam(),
});
export type PartnerListParams = z.output<typeof partnerListParamsSchema>;

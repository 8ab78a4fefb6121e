import { z } from "zod";
import { emailSchema } from "@/lib/auth/email";
import { PASSWORD_MAX } from "@/lib/auth/password-rules";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/authz/roles";
import { idSchema, isCalendarDay, pageParam } from "@/lib/core/schemas";

const name = z
  .string({ error: "Nom requis." })
  .trim()
  .min(2, "Indiquez votre nom (2 caractères au moins).")
  .max(100, "Le nom fait au plus 100 caractères.");

const phone = z
  .string()
  .trim()
  .max(20, "Numéro trop long.")
  .regex(/^[0-9+ .()-]*$/, "Numéro de téléphone invalide.")
  .transform((v) => v || null);

const optionalId = z
  .string()
  .max(40)
  .transform((v) => v || null);


export const signUpSchema = z.strictObject({
  name,
  email: emailSchema,
  password: passwordSchema,
  entranceId: optionalId.optional(),
  consent: z.literal("on", { error: "Vous devez accepter la politique de confidentialité." }),
  idempotencyKey: z.string().max(100).optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const requestPasswordResetSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z.strictObject({
  token: z.string().min(20, "Lien invalide.").max(200, "Lien invalide."),
  password: passwordSchema,
});

export const updateProfileSchema = z.strictObject({
  name,
  phone: phone.optional(),
  entranceId: optionalId.optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, "Mot de passe actuel requis.").max(PASSWORD_MAX, "Mot de passe actuel incorrect."),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

const currentPassword = z.string({ error: "Mot de passe requis." }).min(1, "Mot de passe requis.").max(PASSWORD_MAX, "Mot de passe incorrect.");

export const deleteAccountSchema = z.strictObject({
  confirmation: z.literal("SUPPRIMER", { error: "Tapez SUPPRIMER en majuscules pour confirmer." }),
  password: currentPassword,
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export const changeEmailSchema = z.strictObject({
  newEmail: emailSchema,
  password: currentPassword,
});
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const confirmEmailSchema = z.strictObject({
  token: z.string().min(20, "Lien invalide.").max(200, "Lien invalide."),
});

export const emptySchema = z.strictObject({});

export const grantRoleSchema = z.strictObject({
  userId: idSchema,
  role: z.enum(ROLES, { error: "Choisissez un rôle dans la liste." }),
  partnerId: optionalId.optional(),
  validUntil: z
    .string()
    .refine((v) => !v || isCalendarDay(v), "Date invalide.")
    .transform((v) => (v ? new Date(`${v}T23:59:59Z`) : null))
    .optional(),
});
export type GrantRoleInput = z.infer<typeof grantRoleSchema>;

export const revokeRoleSchema = z.strictObject({ grantId: idSchema });
export type RevokeRoleInput = z.infer<typeof revokeRoleSchema>;
export const setAccountStatusSchema = z.strictObject({ userId: idSchema, status: z.enum(["ACTIVE", "DISABLED"]) });
export type SetAccountStatusInput = z.infer<typeof setAccountStatusSchema>;

export const listPeopleSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  page: pageParam(),
});

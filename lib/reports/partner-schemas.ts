import { z } from "zod";

const id = z.string().min(1, "Identifiant manquant.").max(40, "Identifiant invalide.").regex(/^[a-z0-9]+$/i, "Identifiant invalide.");

const comment = z
  .string({ error: "Écrivez votre commentaire." })
  .trim()
  .min(2, "Écrivez votre commentaire.")
  .max(2000, "2000 caractères au maximum.");

export const partnerCommentSchema = z.strictObject({ reportId: id, comment });
export type PartnerCommentInput = z.output<typeof partnerCommentSchema>;

export const partnerStatusSchema = z.strictObject({
  reportId: id,
  version: z.coerce.number({ error: "Version invalide." }).int().min(0),
  action: z.enum(["take-in-hand", "resolve"], { error: "Action inconnue." }),
  comment: z
    .string()
    .trim()
    .max(1000, "1000 caractères au maximum.")
    .transform((v) => v || null)
    .optional(),
});
export type PartnerStatusInput = z.output<typeof partnerStatusSchema>;

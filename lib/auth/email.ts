import { z } from "zod";

/**
 * One spelling per address: NFKC folds look-alike forms (full-width letters, ligatures) into
 * their plain ones, then lowercase. Uniqueness is enforced on this form.
 */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}

export const emailSchema = z
  .string({ error: "Adresse e-mail requise." })
  .max(254, "Adresse e-mail trop longue.")
  .transform(normalizeEmail)
  .pipe(z.email({ error: "Adresse e-mail invalide." }));

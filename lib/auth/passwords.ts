import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

/** Length only, no composition rules (NIST SP 800-63B). Checked before any hashing. */
export const passwordSchema = z
  .string({ error: "Mot de passe requis." })
  .min(PASSWORD_MIN, `Le mot de passe doit faire au moins ${PASSWORD_MIN} caractères.`)
  .max(PASSWORD_MAX, `Le mot de passe doit faire au plus ${PASSWORD_MAX} caractères.`);

// algorithm 2 is Argon2id (a const enum in the typings, unusable with isolatedModules); OWASP parameters.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

/** Constant-time verification (argon2's own comparison); a missing hash costs the same work. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("quartier-dummy-password-for-timing");
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

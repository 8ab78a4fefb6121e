import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { emailSchema } from "@/lib/auth/email";
import { PASSWORD_MAX } from "@/lib/auth/password-rules";
import { verifyPassword } from "@/lib/auth/passwords";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import { clearThrottle, emailAndClientKey, throttle, ThrottledError } from "@/lib/auth/throttle";
import { ValidationError } from "@/lib/core/errors";

export const INVALID_CREDENTIALS = "Adresse e-mail ou mot de passe incorrect.";

export const signInSchema = z.strictObject({
  email: emailSchema,
  // Never hash more than a real password could be: a 1 MB string is refused here.
  password: z.string().min(1, "Mot de passe requis.").max(PASSWORD_MAX, INVALID_CREDENTIALS),
  callbackUrl: z.string().max(500).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Where an attempt comes from (lib/auth/client-key.ts requestClient). */
export type SignInClient = { clientAddress: string; userAgent: string | null };

/**
 * One answer for unknown address, wrong password and disabled account, and the same work for
 * each, so the response tells nothing about which accounts exist. Every failure and the first
 * refusal of a throttled client go to the security log, with the address as typed (normalized).
 */
export async function verifyCredentials(raw: unknown, client: SignInClient) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(INVALID_CREDENTIALS);
  const { email, password } = parsed.data;
  const key = emailAndClientKey(email, client.clientAddress);

  try {
    await throttle("loginByIp", client.clientAddress);
    await throttle("loginByEmailAndClient", key);
  } catch (error) {
    if (error instanceof ThrottledError && error.firstRefusal) {
      const account = await db.user.findUnique({ where: { email }, select: { id: true } });
      await recordSecurityEvent(db, { kind: "LOCKED_OUT", userId: account?.id, email, ...client });
    }
    throw error;
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, status: true } });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.status !== "ACTIVE") {
    await recordSecurityEvent(db, { kind: "SIGN_IN_FAILED", userId: user?.id, email, ...client });
    throw new ValidationError(INVALID_CREDENTIALS);
  }

  await clearThrottle("loginByEmailAndClient", key);
  return { id: user.id };
}

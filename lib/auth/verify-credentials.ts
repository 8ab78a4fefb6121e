import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { emailSchema } from "@/lib/auth/email";
import { PASSWORD_MAX, verifyPassword } from "@/lib/auth/passwords";
import { clearThrottle, throttle } from "@/lib/auth/throttle";
import { ValidationError } from "@/lib/errors";

export const INVALID_CREDENTIALS = "Adresse e-mail ou mot de passe incorrect.";

export const signInSchema = z.strictObject({
  email: emailSchema,
  // Never hash more than a real password could be: a 1 MB string is refused here.
  password: z.string().min(1, "Mot de passe requis.").max(PASSWORD_MAX, INVALID_CREDENTIALS),
  callbackUrl: z.string().max(500).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

/**
 * One answer for unknown address, wrong password and disabled account, and the same work for
 * each, so the response tells nothing about which accounts exist.
 */
export async function verifyCredentials(raw: unknown, clientKey: string) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(INVALID_CREDENTIALS);
  const { email, password } = parsed.data;

  await throttle("loginByIp", clientKey);
  await throttle("loginByEmail", email);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, status: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.status !== "ACTIVE") throw new ValidationError(INVALID_CREDENTIALS);

  await clearThrottle("loginByEmail", email);
  return { id: user.id, sessionVersion: user.sessionVersion };
}

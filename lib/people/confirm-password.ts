import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/passwords";
import { NotFoundError, ValidationError } from "@/lib/core/errors";
import { throttle } from "@/lib/auth/throttle";

export const WRONG_CURRENT_PASSWORD = "Mot de passe incorrect.";

/**
 * The password asked again before an irreversible or account-taking change (deleting the account,
 * changing its address): a session left open on a shared computer is not enough for those.
 * Throttled per account, so an open session cannot be used to guess the password.
 */
export async function confirmPassword(userId: string, password: string, field = "password") {
  await throttle("passwordConfirmByUser", userId);
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new ValidationError(WRONG_CURRENT_PASSWORD, { [field]: [WRONG_CURRENT_PASSWORD] });
  }
}

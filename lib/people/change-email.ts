import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { sendAfterResponse } from "@/lib/mail/send-after-response";
import { confirmPassword } from "@/lib/people/confirm-password";
import { queueVerificationMail } from "@/lib/people/email-verification";
import type { ChangeEmailInput } from "@/lib/people/schemas";
import { throttle } from "@/lib/auth/throttle";

const SAME_EMAIL = "C'est déjà l'adresse de votre compte.";

/**
 * Asks for a new address: the password first, then a link mailed to the new address, which
 * becomes the account's only when that link is opened (lib/people/email-verification.ts tells the
 * old address then). Whether the new address belongs to another account is not said here: the
 * link simply cannot be confirmed then.
 */
export async function requestEmailChange(ctx: OperationContext, input: ChangeEmailInput) {
  const userId = ctx.actor.id;
  await confirmPassword(userId, input.password);
  await throttle("verificationMailByUser", userId);
  await inTransaction(ctx, async (tx, afterCommit) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } });
    if (user.email === input.newEmail) throw new ValidationError(SAME_EMAIL, { newEmail: [SAME_EMAIL] });
    // One pending change at a time: an earlier link for another new address stops working.
    await tx.emailVerificationToken.updateMany({ where: { userId, usedAt: null, NOT: { email: user.email } }, data: { usedAt: new Date() } });
    await recordAudit(tx, { actorId: userId, action: "user.email-change-request", entityType: "User", entityId: userId });
    const mailIds = await queueVerificationMail(tx, user, input.newEmail, "email-change");
    afterCommit(async () => sendAfterResponse(mailIds));
  });
}

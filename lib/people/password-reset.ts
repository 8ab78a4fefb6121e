import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import { hashPassword } from "@/lib/auth/passwords";
import { appUrl } from "@/lib/env";
import { ValidationError } from "@/lib/core/errors";
import { queueMails } from "@/lib/mail/outbox";
import { sendAfterResponse } from "@/lib/mail/send-after-response";
import { hashLinkToken, newLinkToken } from "@/lib/people/tokens";
import { routes } from "@/lib/routes";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
export const INVALID_RESET_TOKEN = "Ce lien n'est plus valable. Demandez-en un nouveau.";

/**
 * Sends a single-use link if the address has an active account, and says nothing either way: the
 * mail is queued in the outbox and leaves after the response, so neither the answer nor its time
 * depends on the mail server. Its body (the link) is erased once sent.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const mailIds = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, status: true, name: true } });
    if (!user || user.status !== "ACTIVE") return [];
    const { token, tokenHash } = newLinkToken();
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) } });
    await recordSecurityEvent(tx, { kind: "PASSWORD_RESET_REQUESTED", userId: user.id });
    return queueMails(tx, [
      {
        to: email,
        userId: user.id,
        purgeBodyWhenSent: true,
        subject: "Réinitialiser votre mot de passe",
        text: [
          `Bonjour ${user.name},`,
          "",
          "Pour choisir un nouveau mot de passe sur le portail de la Régie de quartier, ouvrez ce lien (valable une heure, une seule fois) :",
          `${appUrl()}${routes.auth.resetPasswordLink(token)}`,
          "",
          "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
        ].join("\n"),
      },
    ]);
  });
  sendAfterResponse(mailIds);
}

/** A usable link's account, or null: read before any hashing, so a wrong token costs nothing. */
async function findUsableToken(token: string) {
  return db.passwordResetToken.findFirst({
    where: { tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { gt: new Date() }, user: { status: "ACTIVE" } },
    select: { id: true },
  });
}

/**
 * Uses the token once; ends every open session of the account. The token is checked first: the
 * password (Argon2, tens of milliseconds of CPU) is hashed only for a link that works, so made-up
 * tokens cannot be used to load the server. The claim in the transaction stays the single-use
 * guarantee (two submissions of the same link: one wins).
 */
export async function resetPassword(token: string, password: string) {
  if (!(await findUsableToken(token))) throw new ValidationError(INVALID_RESET_TOKEN);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (!userId) throw new ValidationError(INVALID_RESET_TOKEN);
    // A link sent before the account was disabled no longer opens it (the claim rolls back).
    const updated = await tx.user.updateMany({
      where: { id: userId, status: "ACTIVE" },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw new ValidationError(INVALID_RESET_TOKEN);
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    // The link reached the account's address: that proves the address is the person's.
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, { actorId: userId, action: "user.password-reset", entityType: "User", entityId: userId });
    await recordSecurityEvent(tx, { kind: "PASSWORD_RESET", userId });
  });
}

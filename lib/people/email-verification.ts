import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import { appUrl } from "@/lib/env";
import { ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { queueMails, type QueuedMail } from "@/lib/mail/outbox";
import { sendAfterResponse } from "@/lib/mail/send-after-response";
import { hashLinkToken, newLinkToken } from "@/lib/people/tokens";
import { throttle } from "@/lib/auth/throttle";
import { routes } from "@/lib/routes";

/**
 * Confirming an address: a single-use link, valid 48 hours, mailed to the address to confirm. Until
 * an account's address is confirmed it gets no report emails and partners are never given it
 * (lib/notifications/report-followers.ts, lib/reports/commands/staff.ts). The same link confirms a
 * new address asked for in Mon espace: the token row holds that address, which becomes the
 * account's only when the link is opened.
 */
export const VERIFICATION_TOKEN_TTL_MS = 48 * 60 * 60 * 1000;
export const INVALID_VERIFICATION_TOKEN = "Ce lien n'est plus valable. Connectez-vous et demandez-en un nouveau depuis votre espace.";
export const EMAIL_NOW_TAKEN = "Cette adresse est désormais celle d'un autre compte : elle ne peut pas devenir la vôtre.";
const ALREADY_VERIFIED = "Votre adresse e-mail est déjà confirmée.";

type Purpose = "sign-up" | "resend" | "email-change";

/** Writes the token and queues its mail in the caller's transaction; returns the mail. */
export async function queueVerificationMail(tx: Tx, person: { id: string; name: string }, email: string, purpose: Purpose) {
  const { token, tokenHash } = newLinkToken();
  await tx.emailVerificationToken.create({
    data: { userId: person.id, email, tokenHash, expiresAt: new Date(Date.now() + VERIFICATION_TOKEN_TTL_MS) },
  });
  const mail: QueuedMail = {
    to: email,
    userId: person.id,
    purgeBodyWhenSent: true,
    subject: purpose === "email-change" ? "Confirmez votre nouvelle adresse e-mail" : "Confirmez votre adresse e-mail",
    text: [
      `Bonjour ${person.name},`,
      "",
      purpose === "email-change"
        ? "Pour que cette adresse devienne celle de votre compte sur le portail de la Régie de quartier, ouvrez ce lien (valable 48 heures, une seule fois) :"
        : "Pour confirmer l'adresse de votre compte sur le portail de la Régie de quartier, ouvrez ce lien (valable 48 heures, une seule fois) :",
      `${appUrl()}${routes.auth.verifyEmailLink(token)}`,
      "",
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
      "",
      "La Régie de quartier",
    ].join("\n"),
  };
  return queueMails(tx, [mail]);
}

/** "Renvoyer le lien": throttled per account, since each one sends a mail. */
export async function resendVerification(ctx: OperationContext) {
  const userId = ctx.actor.id;
  await throttle("verificationMailByUser", userId);
  await inTransaction(ctx, async (tx, afterCommit) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, emailVerifiedAt: true } });
    if (user.emailVerifiedAt) throw new ValidationError(ALREADY_VERIFIED);
    // Only the latest link works: fewer live links, and the person is not confused by older mails.
    await tx.emailVerificationToken.updateMany({ where: { userId, email: user.email, usedAt: null }, data: { usedAt: new Date() } });
    const mailIds = await queueVerificationMail(tx, user, user.email, "resend");
    afterCommit(async () => sendAfterResponse(mailIds));
  });
}

export type ConfirmedEmail = { userId: string; emailChanged: boolean };

/**
 * Opens the link once: the address it was sent to becomes confirmed (and, for a change of address,
 * the account's address; the old one is told). A used, expired or unknown link changes nothing.
 */
export async function confirmEmail(token: string): Promise<ConfirmedEmail> {
  try {
    const { result, mailIds } = await db.$transaction(async (tx) => {
      const now = new Date();
      // The guarded update is the single-use guarantee: a replay finds no unused row.
      const [claimed] = await tx.emailVerificationToken.updateManyAndReturn({
        where: { tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
        select: { userId: true, email: true },
      });
      if (!claimed) throw new ValidationError(INVALID_VERIFICATION_TOKEN);
      const user = await tx.user.findUnique({ where: { id: claimed.userId }, select: { id: true, name: true, email: true, status: true } });
      if (!user || user.status !== "ACTIVE") throw new ValidationError(INVALID_VERIFICATION_TOKEN);
      const emailChanged = user.email !== claimed.email;
      await tx.user.update({ where: { id: user.id }, data: { email: claimed.email, emailVerifiedAt: now } });
      // Other links for this account are void: a change of address confirmed, an older link for the old one must not undo it.
      await tx.emailVerificationToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
      await recordAudit(tx, {
        actorId: user.id,
        action: emailChanged ? "user.email-change" : "user.email-verify",
        entityType: "User",
        entityId: user.id,
      });
      if (emailChanged) await recordSecurityEvent(tx, { kind: "EMAIL_CHANGED", userId: user.id });
      const mailIds = emailChanged
        ? await queueMails(tx, [
            {
              to: user.email,
              userId: user.id,
              subject: "L'adresse e-mail de votre compte a changé",
              text: [
                `Bonjour ${user.name},`,
                "",
                `L'adresse e-mail de votre compte sur le portail de la Régie de quartier est désormais ${claimed.email}. Vous ne recevrez plus nos messages à cette adresse-ci.`,
                "",
                "Si vous n'êtes pas à l'origine de ce changement, écrivez sans attendre à la Régie de quartier.",
                "",
                "La Régie de quartier",
              ].join("\n"),
            },
          ])
        : [];
      return { result: { userId: user.id, emailChanged }, mailIds };
    });
    sendAfterResponse(mailIds);
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(EMAIL_NOW_TAKEN);
    throw error;
  }
}

/** Whether the account's address is confirmed (Mon espace's banner). */
export async function isEmailVerified(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return !!user?.emailVerifiedAt;
}

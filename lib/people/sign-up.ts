import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/passwords";
import { appUrl } from "@/lib/env";
import { ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { queueMails } from "@/lib/mail/outbox";
import { sendAfterResponse } from "@/lib/mail/send-after-response";
import { queueVerificationMail } from "@/lib/people/email-verification";
import type { SignUpInput } from "@/lib/people/schemas";
import { routes } from "@/lib/routes";

const INVALID_ENTRANCE = "Cette entrée ne fait pas partie du territoire de la Régie.";

/**
 * A resident's own sign-up. The answer is the same whether or not the address already has an
 * account ("check your mailbox"), and so is the work: the password is hashed and one mail is
 * queued in both cases, sent after the response. A new address gets an unconfirmed account and
 * its confirmation link; a taken one gets a mail telling its owner. Nobody is signed in here,
 * since that alone would tell which case it was.
 */
export async function signUpResident(input: SignUpInput): Promise<void> {
  if (input.entranceId) {
    const entrance = await db.entrance.findUnique({ where: { id: input.entranceId }, select: { id: true } });
    if (!entrance) throw new ValidationError(INVALID_ENTRANCE, { entranceId: [INVALID_ENTRANCE] });
  }
  const passwordHash = await hashPassword(input.password);
  let mailIds: string[];
  try {
    mailIds = await db.$transaction(async (tx) => {
      const owner = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
      if (owner) return queueTakenAddressMail(owner, input.email);
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          entranceId: input.entranceId ?? null,
          privacyConsentAt: new Date(),
          roleGrants: { create: { role: "RESIDENT" } },
        },
        select: { id: true, name: true },
      });
      await recordAudit(tx, { actorId: user.id, action: "user.sign-up", entityType: "User", entityId: user.id, after: { roles: ["RESIDENT"] } });
      return queueVerificationMail(tx, user, input.email, "sign-up");

      function queueTakenAddressMail(person: { id: string; name: string }, to: string) {
        return queueMails(tx, [
          {
            to,
            userId: person.id,
            subject: "Création de compte avec votre adresse",
            text: [
              `Bonjour ${person.name},`,
              "",
              "Quelqu'un a voulu créer un compte sur le portail de la Régie de quartier avec votre adresse e-mail, qui a déjà un compte.",
              `Si c'était vous, connectez-vous (${appUrl()}${routes.auth.signIn()}) ou réinitialisez votre mot de passe (${appUrl()}${routes.auth.forgotPassword}).`,
              "",
              "Sinon, ignorez ce message : rien n'a changé sur votre compte.",
              "",
              "La Régie de quartier",
            ].join("\n"),
          },
        ]);
      }
    });
  } catch (error) {
    // Two sign-ups with the same new address at once: the second one lost the race, and is told nothing more.
    if (isUniqueViolation(error)) return;
    throw error;
  }
  sendAfterResponse(mailIds);
}

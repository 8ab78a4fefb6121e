import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { NotFoundError } from "@/lib/core/errors";

export const setContactConsentSchema = z.strictObject({
  reportId: z.string().min(1, "Identifiant manquant.").max(40, "Identifiant invalide."),
  consent: z.enum(["yes", "no"], { error: "Choix invalide." }).transform((v) => v === "yes"),
});
export type SetContactConsentInput = z.output<typeof setContactConsentSchema>;

const REPORT_NOT_FOUND = "Signalement introuvable.";

/**
 * The person agrees, or no longer agrees, that the partner handling their report may contact
 * them. Withdrawing takes the contact back from the partner at once (the partner's page reads
 * `contactSharedWithPartnerId`); giving it again does not give it back by itself: staff decide
 * when routing. Scoped to the author in the `where`; the timeline entry is internal (staff see
 * why the contact disappeared), and the audit row records the change.
 */
export async function setContactConsent(actor: Pick<Actor, "id">, input: SetContactConsentInput) {
  await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: input.reportId, authorId: actor.id },
      select: { id: true, contactConsent: true, contactSharedWithPartnerId: true },
    });
    if (!report) throw new NotFoundError(REPORT_NOT_FOUND);
    if (report.contactConsent === input.consent) return;
    await tx.report.update({
      where: { id: report.id },
      data: { contactConsent: input.consent, ...(input.consent ? {} : { contactSharedWithPartnerId: null }), version: { increment: 1 } },
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        actorId: actor.id,
        kind: "COMMENT",
        visibility: "INTERNAL",
        comment: input.consent
          ? "La personne accepte d'être contactée par le partenaire."
          : "La personne a retiré son accord pour être contactée par le partenaire : son contact ne lui est plus transmis.",
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.contact-consent",
      entityType: "Report",
      entityId: report.id,
      before: { contactConsent: report.contactConsent, contactSharedWithPartnerId: report.contactSharedWithPartnerId },
      after: { contactConsent: input.consent, contactSharedWithPartnerId: input.consent ? report.contactSharedWithPartnerId : null },
    });
  });
}

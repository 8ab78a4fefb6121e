import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { sendQueuedMails } from "@/lib/mail/outbox";
import { notifyReportFollowers } from "@/lib/notifications/report-followers";
import { assertWithinDailyLimit } from "@/lib/reports/daily-limits";
import { partnerReportScope } from "@/lib/reports/partner-queries";
import type { PartnerCommentInput, PartnerStatusInput } from "@/lib/reports/partner-schemas";
import { PARTNER_ACTIONS, REPORT_STATUS_LABELS, canPartnerApply } from "@/lib/reports/status";

export const PARTNER_REPORT_NOT_FOUND = "Signalement introuvable.";
export const PARTNER_CONFLICT = "Ce signalement a été modifié entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";

/** A partner's comment: seen by staff and the report's partners, never by residents or the public. */
export async function commentAsPartner(actor: Actor, input: PartnerCommentInput) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { AND: [{ id: input.reportId }, partnerReportScope(actor)] },
      select: { id: true, number: true },
    });
    if (!report) throw new NotFoundError(PARTNER_REPORT_NOT_FOUND);
    await assertWithinDailyLimit(tx, actor, "comments");
    const event = await tx.reportEvent.create({
      data: { reportId: report.id, kind: "COMMENT", comment: input.comment, visibility: "PARTNER", actorId: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.partner-comment",
      entityType: "Report",
      entityId: report.id,
      after: { eventId: event.id },
    });
    return { reportId: report.id, number: report.number };
  });
}

/**
 * "Pris en charge" (→ planned) or "résolu" (→ resolved), by a partner of the report. The scope and
 * the version are both in the update's `where`: another partner's report is not found, and a
 * change made meanwhile is a conflict, never overwritten.
 */
export async function setStatusAsPartner(actor: Actor, input: PartnerStatusInput) {
  const rule = PARTNER_ACTIONS[input.action];
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { AND: [{ id: input.reportId }, partnerReportScope(actor)] },
      select: { id: true, number: true, status: true, version: true },
    });
    if (!report) throw new NotFoundError(PARTNER_REPORT_NOT_FOUND);
    if (report.version !== input.version) throw new ConflictError(PARTNER_CONFLICT);
    if (!canPartnerApply(report.status, input.action)) {
      throw new ValidationError(`Ce signalement est « ${REPORT_STATUS_LABELS[report.status]} » : cette action n'est pas possible.`);
    }
    const now = new Date();
    const updated = await tx.report.updateMany({
      where: { AND: [{ id: report.id, version: report.version, status: report.status }, partnerReportScope(actor)] },
      data: {
        status: rule.to,
        version: { increment: 1 },
        ...(rule.to === "RESOLVED" ? { resolvedAt: now } : {}),
      },
    });
    if (updated.count !== 1) throw new ConflictError(PARTNER_CONFLICT);
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: "STATUS_CHANGED",
        fromStatus: report.status,
        toStatus: rule.to,
        comment: input.comment ?? (input.action === "take-in-hand" ? "Pris en charge par le partenaire." : "Le partenaire indique que le problème est résolu."),
        visibility: "PUBLIC",
        actorId: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.action === "take-in-hand" ? "report.partner-take-in-hand" : "report.partner-resolve",
      entityType: "Report",
      entityId: report.id,
      before: { status: report.status, version: report.version },
      after: { status: rule.to, version: report.version + 1 },
    });
    const { mailIds } = await notifyReportFollowers(
      tx,
      report.id,
      rule.to === "RESOLVED"
        ? // Supporters read this too and cannot confirm: the author is asked on their report's page.
          `Le signalement n° ${report.number} est résolu, selon le partenaire chargé de l'intervention.`
        : `Le signalement n° ${report.number} est pris en charge : une intervention est prévue.`,
      { kind: "REPORT_STATUS", exceptUserId: actor.id },
    );
    return { result: { reportId: report.id, number: report.number, status: rule.to }, mailIds };
  });
  // Once committed: a mail that cannot leave does not undo the change.
  await sendQueuedMails(mailIds);
  return result;
}

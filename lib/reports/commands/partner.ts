import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/core/errors";
import { applyMove } from "@/lib/core/lifecycle";
import type { OperationContext } from "@/lib/core/operation";
import { assertWithinDailyLimit } from "@/lib/reports/daily-limits";
import { REPORT_NOT_FOUND, reportChangeResult, reportLifecycle, type ReportChange, type ReportChangeResult } from "@/lib/reports/lifecycle";
import { PARTNER_ACTIONS } from "@/lib/reports/model";
import type { PartnerCommentInput, PartnerStatusInput } from "@/lib/reports/schemas";

/**
 * What a partner does with a report staff routed to it: take it in hand, say it is resolved,
 * comment. Loaded and updated within the partner's scope (lib/authz/scopes.ts): another partner's
 * report is not found, and a change made meanwhile is a conflict, never overwritten.
 */

/** A partner's comment: seen by staff and the report's partners, never by residents or the public. */
export async function commentAsPartner(ctx: OperationContext, input: PartnerCommentInput) {
  const { actor } = ctx;
  return db.$transaction(async (tx) => {
    const report = await reportLifecycle.load(tx, actor, "partner", input.reportId);
    if (!report) throw new NotFoundError(REPORT_NOT_FOUND);
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

/** "Pris en charge" (the move `plan`, → planned) or "résolu" (the move `resolve`), by a partner of the report. */
export async function setStatusAsPartner(ctx: OperationContext, input: PartnerStatusInput): Promise<ReportChangeResult> {
  const takeInHand = input.action === "take-in-hand";
  const result = await applyMove(ctx, reportLifecycle, "partner", { id: input.reportId, version: input.version }, PARTNER_ACTIONS[input.action], async (report, _tx, rule): Promise<ReportChange> => ({
    event: {
      kind: "STATUS_CHANGED",
      fromStatus: report.status,
      toStatus: rule.to,
      comment: input.comment ?? (takeInHand ? "Pris en charge par le partenaire." : "Le partenaire indique que le problème est résolu."),
      visibility: "PUBLIC",
    },
    audit: {
      action: takeInHand ? "report.partner-take-in-hand" : "report.partner-resolve",
      before: { status: report.status, version: report.version },
      after: { status: rule.to, version: report.version + 1 },
    },
    notify: {
      text:
        rule.to === "RESOLVED"
          ? // Supporters read this too and cannot confirm: the author is asked on their report's page.
            `Le signalement n° ${report.number} est résolu, selon le partenaire chargé de l'intervention.`
          : `Le signalement n° ${report.number} est pris en charge : une intervention est prévue.`,
      kind: "REPORT_STATUS",
    },
  }));
  return reportChangeResult(result);
}

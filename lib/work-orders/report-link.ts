import "server-only";
import type { Tx } from "@/lib/db";
import { applyMove } from "@/lib/core/lifecycle";
import type { OperationContext } from "@/lib/core/operation";
import { formatLongDay } from "@/lib/format/dates";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { reportChangeResult, reportLifecycle, type ReportChange, type ReportChangeResult } from "@/lib/reports/lifecycle";
import { reportMoves } from "@/lib/reports/model";

/**
 * The loop (DOMAIN.md): a job made from a report moves the report to "Intervention prévue", and the
 * job validated resolves it; the report's followers are told through the report's own moves and
 * notifications, in the job's transaction (`ctx.tx`). These moves are the Régie's decisions, made
 * by the kernel on the reports' staff table whoever validated the job (a partner validating a job
 * does not otherwise handle the report): the audit row names the person who acted.
 */

async function reportAt(tx: Tx, reportId: string) {
  return tx.report.findUnique({ where: { id: reportId }, select: { id: true, version: true, status: true, number: true } });
}

function canMove(move: keyof typeof reportMoves, status: ReportStatus) {
  return (reportMoves[move].from as readonly ReportStatus[]).includes(status);
}

/** A job was made from the report: it becomes "Intervention prévue", unless it is already past that. */
export async function planReportForJob(
  ctx: OperationContext & { tx: Tx },
  reportId: string,
  job: { number: number; scheduledDate: Date },
): Promise<ReportChangeResult | null> {
  const report = await reportAt(ctx.tx, reportId);
  if (!report || !canMove("plan", report.status)) return null;
  const comment = `Une intervention est prévue le ${formatLongDay(job.scheduledDate)}.`;
  const result = await applyMove(ctx, reportLifecycle, "staff", report, "plan", async (loaded): Promise<ReportChange> => ({
    event: { kind: "STATUS_CHANGED", fromStatus: loaded.status, toStatus: "PLANNED", comment, visibility: "PUBLIC" },
    audit: { action: "report.status.planned", before: { status: loaded.status }, after: { status: "PLANNED", workOrderNumber: job.number } },
    notify: { text: `Signalement n° ${loaded.number} : ${comment}`, kind: "REPORT_STATUS" },
  }));
  return reportChangeResult(result);
}

/** The job made from the report was validated: the report is resolved, its followers told. */
export async function resolveReportOfJob(ctx: OperationContext & { tx: Tx }, reportId: string, job: { number: number }): Promise<ReportChangeResult | null> {
  const report = await reportAt(ctx.tx, reportId);
  if (!report || !canMove("resolve", report.status)) return null;
  const comment = "Les travaux ont été réalisés et validés.";
  const result = await applyMove(ctx, reportLifecycle, "staff", report, "resolve", async (loaded): Promise<ReportChange> => ({
    event: { kind: "STATUS_CHANGED", fromStatus: loaded.status, toStatus: "RESOLVED", comment, visibility: "PUBLIC" },
    audit: { action: "report.status.resolved", before: { status: loaded.status }, after: { status: "RESOLVED", workOrderNumber: job.number } },
    notify: { text: `Signalement n° ${loaded.number} : ${comment}`, kind: "REPORT_STATUS" },
  }));
  return reportChangeResult(result);
}

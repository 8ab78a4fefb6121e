import "server-only";
import type { Tx } from "@/lib/db";
import { reportScope, withinScope } from "@/lib/authz/scopes";
import type { Change, ChangeResult, Mover, RecordLifecycle } from "@/lib/core/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventVisibility, NotificationKind, ReportEventKind, ReportStatus } from "@/lib/generated/prisma/enums";
import { notifyReportFollowers } from "@/lib/notifications/report-followers";
import { reportCacheTags } from "@/lib/reports/cache-tags";
import { NOT_RESOLVED, REPORT_STATUS_LABELS, reportMoves, type ReportActorKind } from "@/lib/reports/model";

/**
 * A report as the lifecycle kernel (lib/core/lifecycle.ts) changes it: loaded and updated within
 * the scope of the actor's kind (lib/authz/scopes.ts: staff every report, a partner those routed
 * to it, an author their own), its timeline event, its followers' notifications, the public pages'
 * cache tag. The commands of each audience (lib/reports/commands/) plan the changes.
 */

/** One message for a report nobody may change here, whatever the audience: absent and out of reach are not told apart. */
export const REPORT_NOT_FOUND = "Signalement introuvable.";
export const REPORT_CONFLICT = "Ce signalement a été modifié entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";

export function statusNotAllowed(from: ReportStatus, to: ReportStatus) {
  return `Impossible de passer de « ${REPORT_STATUS_LABELS[from]} » à « ${REPORT_STATUS_LABELS[to]} ».`;
}

/**
 * A move refused, in the words of each audience's form: staff choose a status, a partner an action
 * (refused by naming the report's status), an author can only answer a resolution.
 */
const NOT_ALLOWED: Record<ReportActorKind, (from: ReportStatus, to: ReportStatus) => string> = {
  staff: statusNotAllowed,
  partner: (from) => `Ce signalement est « ${REPORT_STATUS_LABELS[from]} » : cette action n'est pas possible.`,
  author: () => NOT_RESOLVED,
};

/** What the moves and changes of every audience read from the report before writing. */
const reportSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  visibility: true,
  authorId: true,
  partnerId: true,
  categoryId: true,
  areaId: true,
  siteId: true,
  buildingId: true,
  entranceId: true,
  priority: true,
  contactConsent: true,
  contactSharedWithPartnerId: true,
  acknowledgedAt: true,
  resolvedAt: true,
  publicDescription: true,
  moderationStatus: true,
} as const satisfies Prisma.ReportSelect;
export type LoadedReport = Prisma.ReportGetPayload<{ select: typeof reportSelect }>;

/** A timeline entry of the report changed (a merge's entry on the original is written by the command). */
export type ReportEventInput = { kind: ReportEventKind; fromStatus?: ReportStatus; toStatus?: ReportStatus; comment?: string | null; visibility: EventVisibility };

/** What the report's followers are told: the same text for all of them, never naming a resident. */
export type ReportNotice = { text: string; kind?: NotificationKind };

/** One change to a report, as a command plans it. */
export type ReportChange = Change<ReportEventInput, ReportNotice>;

export const reportLifecycle: RecordLifecycle<LoadedReport, ReportStatus, ReportActorKind, ReportEventInput, ReportNotice> = {
  entityType: "Report",
  moves: reportMoves,
  messages: { notFound: REPORT_NOT_FOUND, conflict: REPORT_CONFLICT, notAllowed: (from, to, kind) => NOT_ALLOWED[kind](from, to) },
  load: (tx: Tx, actor: Mover, kind: ReportActorKind, id: string) =>
    tx.report.findFirst({ where: withinScope(reportScope(actor, kind), { id }), select: reportSelect }),
  update: async (tx, actor, kind, report, data) => {
    const updated = await tx.report.updateMany({
      where: withinScope(reportScope(actor, kind), { id: report.id, version: report.version, status: report.status }),
      data: { ...(data as Prisma.ReportUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    return updated.count === 1;
  },
  writeEvent: async (tx, report, actor, event) => {
    await tx.reportEvent.create({ data: { reportId: report.id, actorId: actor?.id ?? null, ...event } });
  },
  notify: async (tx, report, actor, notice) =>
    (await notifyReportFollowers(tx, report.id, notice.text, { kind: notice.kind ?? "REPORT_STATUS", exceptUserId: actor?.id ?? null })).mailIds,
  cacheTags: (report) => reportCacheTags(report),
};

/** What a report command returns: never the loaded row (a non-redirecting action sends its result to the browser). */
export type ReportChangeResult = { reportId: string; number: number; version: number; status: ReportStatus; cacheTags: string[] };

export function reportChangeResult(result: ChangeResult<LoadedReport, ReportStatus>): ReportChangeResult {
  return { reportId: result.id, number: result.record.number, version: result.version, status: result.status, cacheTags: result.cacheTags };
}

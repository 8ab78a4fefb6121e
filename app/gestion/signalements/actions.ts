"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import {
  addReportCommentSchema,
  bulkTriageSchema,
  markDuplicateSchema,
  moderateReportSchema,
  routeReportSchema,
  setPhotoPublicSchema,
  setReportPrioritySchema,
  setReportStatusSchema,
  updateReportDetailsSchema,
} from "@/lib/reports/schemas";
import {
  addReportComment,
  bulkTriage,
  markReportDuplicate,
  moderateReport,
  routeReport,
  setPhotoPublic,
  setReportPriority,
  setReportStatus,
  updateReportDetails,
} from "@/lib/reports/commands/staff";
import type { ReportChangeResult } from "@/lib/reports/lifecycle";
import { routes, type TriageNotice } from "@/lib/routes";

// ─── Staff triage ────────────────────────────────────────────────────────────────────────────
// Each action carries the report's `version`; the command refuses a stale one (ConflictError).
// The public pages' cache tag comes with each result (`cacheTags`): defineAction expires it.

const toReport = (notice: TriageNotice) => (result: ReportChangeResult) => routes.staff.report(result.reportId, notice);

export const setReportStatusAction = defineAction({
  name: "setReportStatus",
  permission: "reports:triage",
  schema: setReportStatusSchema,
  handler: ({ input, actor }) => setReportStatus({ actor }, input),
  redirectTo: toReport("statut"),
});

export const setReportPriorityAction = defineAction({
  name: "setReportPriority",
  permission: "reports:triage",
  schema: setReportPrioritySchema,
  handler: ({ input, actor }) => setReportPriority({ actor }, input),
  redirectTo: toReport("priorite"),
});

export const updateReportDetailsAction = defineAction({
  name: "updateReportDetails",
  permission: "reports:triage",
  schema: updateReportDetailsSchema,
  handler: ({ input, actor }) => updateReportDetails({ actor }, input),
  redirectTo: toReport("details"),
});

export const markReportDuplicateAction = defineAction({
  name: "markReportDuplicate",
  permission: "reports:triage",
  schema: markDuplicateSchema,
  handler: ({ input, actor }) => markReportDuplicate({ actor }, input),
  redirectTo: toReport("doublon"),
});

export const routeReportAction = defineAction({
  name: "routeReport",
  permission: "reports:triage",
  schema: routeReportSchema,
  handler: ({ input, actor }) => routeReport({ actor }, input),
  redirectTo: toReport("transmis"),
});

export const addReportCommentAction = defineAction({
  name: "addReportComment",
  permission: "reports:triage",
  schema: addReportCommentSchema,
  handler: ({ input, actor }) => addReportComment({ actor }, input),
  redirectTo: toReport("commentaire"),
});

export const moderateReportAction = defineAction({
  name: "moderateReport",
  permission: "reports:triage",
  schema: moderateReportSchema,
  handler: ({ input, actor }) => moderateReport({ actor }, input),
  redirectTo: toReport("moderation"),
});

export const setPhotoPublicAction = defineAction({
  name: "setPhotoPublic",
  permission: "reports:triage",
  schema: setPhotoPublicSchema,
  handler: ({ input, actor }) => setPhotoPublic({ actor }, input),
  redirectTo: toReport("photo"),
});

export const bulkTriageAction = defineAction({
  name: "bulkTriage",
  permission: "reports:triage",
  schema: bulkTriageSchema,
  handler: ({ input, actor }) => bulkTriage({ actor }, input),
  tags: (outcome) => (outcome.publicChanged ? [PUBLIC_REPORTS_TAG] : []),
});

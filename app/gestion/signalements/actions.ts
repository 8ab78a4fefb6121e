"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { revalidatePublicReports } from "@/lib/reports/revalidate";
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
} from "@/lib/reports/triage-schemas";
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
  type TriageResult,
} from "@/lib/reports/triage-service";

// ─── Staff triage ────────────────────────────────────────────────────────────────────────────
// Each action carries the report's `version`; the service refuses a stale one (ConflictError).

function refresh(reportId?: string) {
  revalidatePath("/gestion/signalements");
  if (reportId) revalidatePath(`/gestion/signalements/${reportId}`);
  revalidatePath("/espace/signalements");
}

/** Status, partner, category, place, moderated text and photos show on public pages, for a public report. */
function refreshPublic(result: TriageResult) {
  if (result.visibility === "PUBLIC") revalidatePublicReports();
}

const toReport = (notice: string) => (result: TriageResult) => `/gestion/signalements/${result.reportId}?fait=${notice}`;

export const setReportStatusAction = defineAction({
  name: "setReportStatus",
  permission: "reports:triage",
  schema: setReportStatusSchema,
  handler: async ({ input, actor }) => {
    const result = await setReportStatus(actor, input);
    refresh(result.reportId);
    refreshPublic(result);
    return result;
  },
  redirectTo: toReport("statut"),
});

export const setReportPriorityAction = defineAction({
  name: "setReportPriority",
  permission: "reports:triage",
  schema: setReportPrioritySchema,
  handler: async ({ input, actor }) => {
    const result = await setReportPriority(actor, input);
    refresh(result.reportId);
    return result;
  },
  redirectTo: toReport("priorite"),
});

export const updateReportDetailsAction = defineAction({
  name: "updateReportDetails",
  permission: "reports:triage",
  schema: updateReportDetailsSchema,
  handler: async ({ input, actor }) => {
    const result = await updateReportDetails(actor, input);
    refresh(result.reportId);
    refreshPublic(result);
    return result;
  },
  redirectTo: toReport("details"),
});

export const markReportDuplicateAction = defineAction({
  name: "markReportDuplicate",
  permission: "reports:triage",
  schema: markDuplicateSchema,
  handler: async ({ input, actor }) => {
    const result = await markReportDuplicate(actor, input);
    refresh(result.reportId);
    // Whatever this one's visibility: the original (often public) gains its followers as supporters.
    revalidatePublicReports();
    return result;
  },
  redirectTo: toReport("doublon"),
});

export const routeReportAction = defineAction({
  name: "routeReport",
  permission: "reports:triage",
  schema: routeReportSchema,
  handler: async ({ input, actor }) => {
    const result = await routeReport(actor, input);
    refresh(result.reportId);
    refreshPublic(result);
    return result;
  },
  redirectTo: toReport("transmis"),
});

export const addReportCommentAction = defineAction({
  name: "addReportComment",
  permission: "reports:triage",
  schema: addReportCommentSchema,
  handler: async ({ input, actor }) => {
    const result = await addReportComment(actor, input);
    refresh(result.reportId);
    return result;
  },
  redirectTo: toReport("commentaire"),
});

export const moderateReportAction = defineAction({
  name: "moderateReport",
  permission: "reports:triage",
  schema: moderateReportSchema,
  handler: async ({ input, actor }) => {
    const result = await moderateReport(actor, input);
    refresh(result.reportId);
    refreshPublic(result);
    return result;
  },
  redirectTo: toReport("moderation"),
});

export const setPhotoPublicAction = defineAction({
  name: "setPhotoPublic",
  permission: "reports:triage",
  schema: setPhotoPublicSchema,
  handler: async ({ input, actor }) => {
    const result = await setPhotoPublic(actor, input);
    refresh(result.reportId);
    refreshPublic(result);
    return result;
  },
  redirectTo: toReport("photo"),
});

export const bulkTriageAction = defineAction({
  name: "bulkTriage",
  permission: "reports:triage",
  schema: bulkTriageSchema,
  handler: async ({ input, actor }) => {
    const outcome = await bulkTriage(actor, input);
    refresh();
    if (outcome.publicChanged) revalidatePublicReports();
    return outcome;
  },
});

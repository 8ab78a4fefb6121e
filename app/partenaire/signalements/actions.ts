"use server";

import { defineAction } from "@/lib/actions/define-action";
import { partnerCommentSchema, partnerStatusSchema } from "@/lib/reports/schemas";
import { commentAsPartner, setStatusAsPartner } from "@/lib/reports/commands/partner";

export const commentReportAsPartnerAction = defineAction({
  name: "commentReportAsPartner",
  permission: "reports:partner-handle",
  schema: partnerCommentSchema,
  handler: ({ input, actor }) => commentAsPartner({ actor }, input),
  successMessage: "Commentaire ajouté.",
});

export const setReportStatusAsPartnerAction = defineAction({
  name: "setReportStatusAsPartner",
  permission: "reports:partner-handle",
  schema: partnerStatusSchema,
  handler: ({ input, actor }) => setStatusAsPartner({ actor }, input),
  redirectTo: (result) => `/partenaire/signalements/${result.reportId}?${result.status === "RESOLVED" ? "resolu" : "pris-en-charge"}=1`,
});

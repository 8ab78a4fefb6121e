"use server";

import { defineAction } from "@/lib/actions/define-action";
import { partnerCommentSchema, partnerStatusSchema } from "@/lib/reports/schemas";
import { commentAsPartner, setStatusAsPartner } from "@/lib/reports/commands/partner";
import { routes } from "@/lib/routes";

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
  redirectTo: (result) => routes.partner.report(result.reportId, result.status === "RESOLVED" ? "resolu" : "pris-en-charge"),
});

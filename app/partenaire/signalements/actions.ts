"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { partnerCommentSchema, partnerStatusSchema } from "@/lib/reports/partner-schemas";
import { commentAsPartner, setStatusAsPartner } from "@/lib/reports/partner-service";
import { revalidatePublicReports } from "@/lib/reports/revalidate";

export const commentReportAsPartnerAction = defineAction({
  name: "commentReportAsPartner",
  permission: "reports:partner-handle",
  schema: partnerCommentSchema,
  handler: async ({ input, actor }) => {
    const result = await commentAsPartner(actor, input);
    revalidatePath(`/partenaire/signalements/${result.reportId}`);
    return result;
  },
  successMessage: "Commentaire ajouté.",
});

export const setReportStatusAsPartnerAction = defineAction({
  name: "setReportStatusAsPartner",
  permission: "reports:partner-handle",
  schema: partnerStatusSchema,
  handler: async ({ input, actor }) => {
    const result = await setStatusAsPartner(actor, input);
    revalidatePath("/partenaire/signalements");
    revalidatePath(`/partenaire/signalements/${result.reportId}`);
    revalidatePath(`/espace/signalements/${result.reportId}`);
    revalidatePublicReports();
    return result;
  },
  redirectTo: (result) => `/partenaire/signalements/${result.reportId}?${result.status === "RESOLVED" ? "resolu" : "pris-en-charge"}=1`,
});

"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createReportSchema, supportReportSchema } from "@/lib/reports/schemas";
import { revalidatePublicReports } from "@/lib/reports/revalidate";
import { createReport, supportReport } from "@/lib/reports/service";

export const createReportAction = defineAction({
  name: "createReport",
  permission: "reports:create",
  schema: createReportSchema,
  handler: async ({ input, actor }) => {
    const report = await createReport(actor, input);
    revalidatePath("/espace/signalements");
    // A new public report shows on public pages once its text is approved; the figures count it now.
    if (input.visibility === "PUBLIC") revalidatePublicReports();
    return report;
  },
  redirectTo: (report) => `/espace/signalements/${report.id}?${report.existing ? "deja-envoye" : "nouveau"}=1`,
});

export const supportReportAction = defineAction({
  name: "supportReport",
  permission: "reports:support",
  schema: supportReportSchema,
  handler: async ({ input, actor }) => {
    const result = await supportReport(actor, input.reportId);
    if (result.added) revalidatePublicReports();
    return result;
  },
  redirectTo: (result) => `/signalements/nouveau?soutenu=${result.number}`,
});

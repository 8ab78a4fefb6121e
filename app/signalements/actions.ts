"use server";

import { defineAction } from "@/lib/actions/define-action";
import { supportReportSchema } from "@/lib/reports/schemas";
import { revalidatePublicReports } from "@/lib/reports/revalidate";
import { supportReport } from "@/lib/reports/service";

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

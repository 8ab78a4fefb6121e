"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createReportOnBehalfSchema } from "@/lib/reports/schemas";
import { revalidatePublicReports } from "@/lib/reports/revalidate";
import { createReport } from "@/lib/reports/service";

export const createReportOnBehalfAction = defineAction({
  name: "createReportOnBehalf",
  permission: "reports:create-on-behalf",
  schema: createReportOnBehalfSchema,
  handler: async ({ input, actor }) => {
    const report = await createReport(actor, input, { onBehalf: true });
    if (input.visibility === "PUBLIC") revalidatePublicReports();
    return report;
  },
  redirectTo: (report) => `/gestion/signalements/nouveau?enregistre=${report.number}`,
});

"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createReportOnBehalfSchema } from "@/lib/reports/schemas";
import { createReport } from "@/lib/reports/service";

export const createReportOnBehalfAction = defineAction({
  name: "createReportOnBehalf",
  permission: "reports:create-on-behalf",
  schema: createReportOnBehalfSchema,
  handler: async ({ input, actor }) => createReport(actor, input, { onBehalf: true }),
  redirectTo: (report) => `/gestion/signalements/nouveau?enregistre=${report.number}`,
});

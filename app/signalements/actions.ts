"use server";

import { defineAction } from "@/lib/actions/define-action";
import { supportReportSchema } from "@/lib/reports/schemas";
import { supportReport } from "@/lib/reports/commands/author";
import { routes } from "@/lib/routes";

export const supportReportAction = defineAction({
  name: "supportReport",
  permission: "reports:support",
  schema: supportReportSchema,
  handler: ({ input, actor }) => supportReport({ actor }, input),
  redirectTo: (result) => routes.public.newReportSupported(result.number),
});

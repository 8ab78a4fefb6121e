import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { createReportOnBehalfSchema, createReportSchema } from "@/lib/reports/schemas";
import { createReport } from "@/lib/reports/commands/author";
import { routes } from "@/lib/routes";

/**
 * The two report forms, which carry photos. They are not server actions (a server action's body is
 * read whole into memory, so actions keep Next's 1 MB limit): app/api/signalements/route.ts streams
 * the form to disk (lib/reports/report-upload.ts) and then calls one of these, the same
 * zod → session → policy → command path as every action. A public report's `cacheTags` name the
 * public pages (the figures count it at once).
 */
export const createReportAction = defineAction({
  name: "createReport",
  permission: "reports:create",
  schema: createReportSchema,
  handler: ({ input, actor }) => createReport({ actor }, input),
  redirectTo: (report) => routes.mine.report(report.id, report.existing ? "deja-envoye" : "nouveau"),
});

export const createReportOnBehalfAction = defineAction({
  name: "createReportOnBehalf",
  permission: "reports:create-on-behalf",
  schema: createReportOnBehalfSchema,
  handler: ({ input, actor }) => createReport({ actor }, input, { onBehalf: true }),
  redirectTo: (report) => routes.staff.newReportSaved(report.number),
});

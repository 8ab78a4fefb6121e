import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createReportOnBehalfSchema, createReportSchema } from "@/lib/reports/schemas";
import { revalidatePublicReports } from "@/lib/reports/revalidate";
import { createReport } from "@/lib/reports/service";

/**
 * The two report forms, which carry photos. They are not server actions (a server action's body is
 * read whole into memory, so actions keep Next's 1 MB limit): app/api/signalements/route.ts streams
 * the form to disk (lib/reports/report-upload.ts) and then calls one of these, the same
 * zod → session → policy → service path as every action.
 */
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

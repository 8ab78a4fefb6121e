"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { respondToResolutionSchema } from "@/lib/reports/schemas";
import { revalidatePublicReports } from "@/lib/reports/revalidate";
import { respondToResolution } from "@/lib/reports/service";

export const respondToResolutionAction = defineAction({
  name: "respondToResolution",
  permission: "reports:respond-to-resolution",
  schema: respondToResolutionSchema,
  handler: async ({ input, actor }) => {
    const result = await respondToResolution(actor, input);
    revalidatePath("/espace/signalements");
    revalidatePath(`/espace/signalements/${input.reportId}`);
    revalidatePublicReports();
    return result;
  },
  redirectTo: (result) => `/espace/signalements/${result.reportId}?${result.status === "CLOSED" ? "clos" : "rouvert"}=1`,
});

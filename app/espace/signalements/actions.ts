"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { respondToResolutionSchema } from "@/lib/reports/schemas";
import { revalidatePublicReports } from "@/lib/reports/revalidate";
import { respondToResolution } from "@/lib/reports/service";
import { setContactConsent, setContactConsentSchema } from "@/lib/reports/contact-consent";

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

export const setContactConsentAction = defineAction({
  name: "setContactConsent",
  permission: "reports:view-own",
  schema: setContactConsentSchema,
  handler: async ({ input, actor }) => {
    await setContactConsent(actor, input);
    revalidatePath(`/espace/signalements/${input.reportId}`);
    return null;
  },
  successMessage: "Votre choix est enregistré.",
});

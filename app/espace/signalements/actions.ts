"use server";

import { defineAction } from "@/lib/actions/define-action";
import { respondToResolutionSchema, setContactConsentSchema } from "@/lib/reports/schemas";
import { respondToResolution, setContactConsent } from "@/lib/reports/commands/author";
import { routes } from "@/lib/routes";

export const respondToResolutionAction = defineAction({
  name: "respondToResolution",
  permission: "reports:respond-to-resolution",
  schema: respondToResolutionSchema,
  handler: ({ input, actor }) => respondToResolution({ actor }, input),
  redirectTo: (result) => routes.mine.report(result.reportId, result.status === "CLOSED" ? "clos" : "rouvert"),
});

export const setContactConsentAction = defineAction({
  name: "setContactConsent",
  permission: "reports:view-own",
  schema: setContactConsentSchema,
  handler: async ({ input, actor }) => {
    await setContactConsent({ actor }, input);
    return null;
  },
  successMessage: "Votre choix est enregistré.",
});

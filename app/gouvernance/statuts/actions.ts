"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createStatutesVersion } from "@/lib/governance/commands/statutes";
import { createStatutesSchema } from "@/lib/governance/schemas";
import { routes } from "@/lib/routes";

export const createStatutesVersionAction = defineAction({
  name: "createStatutesVersion",
  permission: "governance:manage-settings",
  schema: createStatutesSchema,
  handler: ({ input, actor }) => createStatutesVersion({ actor }, input),
  redirectTo: () => routes.governance.statutesDone,
});

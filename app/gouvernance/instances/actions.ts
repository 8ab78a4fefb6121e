"use server";

import { defineAction } from "@/lib/actions/define-action";
import { archiveBody, createBody, updateBody } from "@/lib/governance/commands/bodies";
import { createMandate, endMandate, updateMandate } from "@/lib/governance/commands/mandates";
import { archiveBodySchema, createBodySchema, createMandateSchema, endMandateSchema, updateBodySchema, updateMandateSchema } from "@/lib/governance/schemas";
import { routes, type GovernanceNotice } from "@/lib/routes";

// The commands return the cache tags of the public page (defineAction expires them) and the body
// they touched: each action goes back to the body's page with a notice. Mandates are also checked
// in the command (authorizeSecretariat): the role alone lets any board member in, the position
// (secretary) or the admin role decides.
const toBody = (notice: GovernanceNotice) => (result: { bodyId: string }) => routes.governance.body(result.bodyId, notice);

export const createGovernanceBodyAction = defineAction({
  name: "createGovernanceBody",
  permission: "governance:manage-settings",
  schema: createBodySchema,
  handler: ({ input, actor }) => createBody({ actor }, input),
  redirectTo: toBody("instance-creee"),
});

export const updateGovernanceBodyAction = defineAction({
  name: "updateGovernanceBody",
  permission: "governance:manage-settings",
  schema: updateBodySchema,
  handler: ({ input, actor }) => updateBody({ actor }, input),
  redirectTo: toBody("instance-modifiee"),
});

export const archiveGovernanceBodyAction = defineAction({
  name: "archiveGovernanceBody",
  permission: "governance:manage-settings",
  schema: archiveBodySchema,
  handler: ({ input, actor }) => archiveBody({ actor }, input),
  redirectTo: () => routes.governance.bodiesDone("instance-archivee"),
});

export const createMandateAction = defineAction({
  name: "createMandate",
  permission: "governance:manage-mandates",
  schema: createMandateSchema,
  handler: ({ input, actor }) => createMandate({ actor }, input),
  redirectTo: toBody("mandat-cree"),
});

export const updateMandateAction = defineAction({
  name: "updateMandate",
  permission: "governance:manage-mandates",
  schema: updateMandateSchema,
  handler: ({ input, actor }) => updateMandate({ actor }, input),
  redirectTo: toBody("mandat-modifie"),
});

export const endMandateAction = defineAction({
  name: "endMandate",
  permission: "governance:manage-mandates",
  schema: endMandateSchema,
  handler: ({ input, actor }) => endMandate({ actor }, input),
  redirectTo: toBody("mandat-termine"),
});

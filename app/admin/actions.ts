"use server";

import { defineAction } from "@/lib/actions/define-action";
import { grantRole, revokeRole, setAccountStatus } from "@/lib/people/roles-service";
import { grantRoleSchema, revokeRoleSchema, setAccountStatusSchema } from "@/lib/people/schemas";

export const grantRoleAction = defineAction({
  name: "grantRole",
  permission: "roles:grant",
  schema: grantRoleSchema,
  handler: async ({ input, actor }) => {
    const grant = await grantRole({ actor }, input);
    return grant;
  },
  successMessage: "Rôle attribué.",
});

export const revokeRoleAction = defineAction({
  name: "revokeRole",
  permission: "roles:revoke",
  schema: revokeRoleSchema,
  handler: async ({ input, actor }) => {
    await revokeRole({ actor }, input);
    return null;
  },
  successMessage: "Rôle retiré.",
});

export const setAccountStatusAction = defineAction({
  name: "setAccountStatus",
  permission: "accounts:disable",
  schema: setAccountStatusSchema,
  handler: async ({ input, actor }) => {
    await setAccountStatus({ actor }, input);
    return null;
  },
  successMessage: "Statut du compte mis à jour.",
});

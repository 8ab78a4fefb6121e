"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  createPartner,
  createPartnerContact,
  createSubtype,
  invitePartnerContact,
  renameSubtype,
  revokePartnerInvitation,
  setPartnerArchived,
  setPartnerContactArchived,
  setSubtypeActive,
  updatePartner,
  updatePartnerContact,
  type PartnerResult,
  type SubtypeResult,
} from "@/lib/partners/commands/staff";
import {
  createContactSchema,
  createPartnerSchema,
  createSubtypeSchema,
  inviteContactSchema,
  renameSubtypeSchema,
  revokeInvitationSchema,
  setContactArchivedSchema,
  setPartnerArchivedSchema,
  setSubtypeActiveSchema,
  updateContactSchema,
  updatePartnerSchema,
} from "@/lib/partners/schemas";
import { routes, type PartnerNotice, type SubtypeNotice } from "@/lib/routes";

// Each command's result carries the cache tags it made stale (PARTNERS_TAG for the public home page).
const permission = "partners:manage";
const toPartner = (notice: PartnerNotice) => (result: PartnerResult) => routes.staff.partner(result.partnerId, result.changed ? notice : "inchange");
const toSubtypes = (notice: SubtypeNotice) => (result: SubtypeResult) => routes.staff.partnerSubtypesDone(result.changed ? notice : "inchangee");

export const createPartnerAction = defineAction({
  name: "createPartner",
  permission,
  schema: createPartnerSchema,
  handler: ({ input, actor }) => createPartner({ actor }, input),
  redirectTo: toPartner("cree"),
});

export const updatePartnerAction = defineAction({
  name: "updatePartner",
  permission,
  schema: updatePartnerSchema,
  handler: ({ input, actor }) => updatePartner({ actor }, input),
  redirectTo: toPartner("modifie"),
});

export const setPartnerArchivedAction = defineAction({
  name: "setPartnerArchived",
  permission,
  schema: setPartnerArchivedSchema,
  handler: async ({ input, actor }) => ({ ...(await setPartnerArchived({ actor }, input)), archived: input.archived }),
  redirectTo: (result) => toPartner(result.archived ? "archive" : "desarchive")(result),
});

export const createPartnerContactAction = defineAction({
  name: "createPartnerContact",
  permission,
  schema: createContactSchema,
  handler: ({ input, actor }) => createPartnerContact({ actor }, input),
  redirectTo: toPartner("contact-ajoute"),
});

export const updatePartnerContactAction = defineAction({
  name: "updatePartnerContact",
  permission,
  schema: updateContactSchema,
  handler: ({ input, actor }) => updatePartnerContact({ actor }, input),
  redirectTo: toPartner("contact-modifie"),
});

export const setPartnerContactArchivedAction = defineAction({
  name: "setPartnerContactArchived",
  permission,
  schema: setContactArchivedSchema,
  handler: async ({ input, actor }) => ({ ...(await setPartnerContactArchived({ actor }, input)), archived: input.archived }),
  redirectTo: (result) => toPartner(result.archived ? "contact-archive" : "contact-desarchive")(result),
});

export const invitePartnerContactAction = defineAction({
  name: "invitePartnerContact",
  permission,
  schema: inviteContactSchema,
  handler: ({ input, actor }) => invitePartnerContact({ actor }, input),
  redirectTo: toPartner("invitation"),
});

export const revokePartnerInvitationAction = defineAction({
  name: "revokePartnerInvitation",
  permission,
  schema: revokeInvitationSchema,
  handler: ({ input, actor }) => revokePartnerInvitation({ actor }, input),
  redirectTo: toPartner("invitation-retiree"),
});

export const createPartnerSubtypeAction = defineAction({
  name: "createPartnerSubtype",
  permission,
  schema: createSubtypeSchema,
  handler: ({ input, actor }) => createSubtype({ actor }, input),
  redirectTo: toSubtypes("creee"),
});

export const renamePartnerSubtypeAction = defineAction({
  name: "renamePartnerSubtype",
  permission,
  schema: renameSubtypeSchema,
  handler: ({ input, actor }) => renameSubtype({ actor }, input),
  redirectTo: toSubtypes("renommee"),
});

export const setPartnerSubtypeActiveAction = defineAction({
  name: "setPartnerSubtypeActive",
  permission,
  schema: setSubtypeActiveSchema,
  handler: async ({ input, actor }) => ({ ...(await setSubtypeActive({ actor }, input)), active: input.active }),
  redirectTo: (result) => toSubtypes(result.active ? "activee" : "desactivee")(result),
});

"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  createResponseTemplate,
  deleteResponseTemplate,
  moveResponseTemplate,
  setResponseTemplateActive,
  updateResponseTemplate,
  type TemplateResult,
} from "@/lib/report-catalog/commands/templates";
import { templateSchemas } from "@/lib/report-catalog/schemas";
import { routes, type TemplateNotice } from "@/lib/routes";

// No cache tag: the triage page reads the active templates on every request (not cached), and
// each action redirects to the list, which is rendered afresh.

const toList = (notice: TemplateNotice) => (result: TemplateResult) => routes.staff.templatesDone(result.changed ? notice : "inchange", result.id);

const permission = "reports:manage-templates";

export const createResponseTemplateAction = defineAction({
  name: "createResponseTemplate",
  permission,
  schema: templateSchemas.create,
  handler: ({ input, actor }) => createResponseTemplate({ actor }, input),
  redirectTo: toList("cree"),
});

export const updateResponseTemplateAction = defineAction({
  name: "updateResponseTemplate",
  permission,
  schema: templateSchemas.update,
  handler: ({ input, actor }) => updateResponseTemplate({ actor }, input),
  redirectTo: toList("modifie"),
});

export const setResponseTemplateActiveAction = defineAction({
  name: "setResponseTemplateActive",
  permission,
  schema: templateSchemas.setActive,
  handler: async ({ input, actor }) => ({ ...(await setResponseTemplateActive({ actor }, input)), active: input.active }),
  redirectTo: (result) => toList(result.active ? "active" : "desactive")(result),
});

export const moveResponseTemplateAction = defineAction({
  name: "moveResponseTemplate",
  permission,
  schema: templateSchemas.move,
  handler: ({ input, actor }) => moveResponseTemplate({ actor }, input),
  redirectTo: toList("deplace"),
});

export const deleteResponseTemplateAction = defineAction({
  name: "deleteResponseTemplate",
  permission,
  schema: templateSchemas.delete,
  handler: ({ input, actor }) => deleteResponseTemplate({ actor }, input),
  redirectTo: () => routes.staff.templatesDone("supprime"),
});

"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  createResponseTemplateSchema,
  deleteResponseTemplateSchema,
  moveResponseTemplateSchema,
  setResponseTemplateActiveSchema,
  updateResponseTemplateSchema,
} from "@/lib/reports/catalog-schemas";
import {
  createResponseTemplate,
  deleteResponseTemplate,
  moveResponseTemplate,
  setResponseTemplateActive,
  updateResponseTemplate,
  type TemplateResult,
} from "@/lib/reports/catalog-service";

// The triage page reads the active templates on every request (listResponseTemplates, not
// cached); the paths are revalidated so that no router cache shows the old list.
function refresh(result: TemplateResult) {
  if (!result.changed) return;
  revalidatePath("/gestion/modeles-de-reponse", "layout");
  revalidatePath("/gestion/signalements", "layout");
}

const toList = (notice: string) => (result: TemplateResult) => `/gestion/modeles-de-reponse?fait=${result.changed ? notice : "inchange"}&id=${result.id}`;

export const createResponseTemplateAction = defineAction({
  name: "createResponseTemplate",
  permission: "reports:manage-templates",
  schema: createResponseTemplateSchema,
  handler: async ({ input, actor }) => {
    const result = await createResponseTemplate(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: toList("cree"),
});

export const updateResponseTemplateAction = defineAction({
  name: "updateResponseTemplate",
  permission: "reports:manage-templates",
  schema: updateResponseTemplateSchema,
  handler: async ({ input, actor }) => {
    const result = await updateResponseTemplate(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: toList("modifie"),
});

export const setResponseTemplateActiveAction = defineAction({
  name: "setResponseTemplateActive",
  permission: "reports:manage-templates",
  schema: setResponseTemplateActiveSchema,
  handler: async ({ input, actor }) => {
    const result = await setResponseTemplateActive(actor, input);
    refresh(result);
    return { ...result, active: input.active };
  },
  redirectTo: (result) => toList(result.active ? "active" : "desactive")(result),
});

export const moveResponseTemplateAction = defineAction({
  name: "moveResponseTemplate",
  permission: "reports:manage-templates",
  schema: moveResponseTemplateSchema,
  handler: async ({ input, actor }) => {
    const result = await moveResponseTemplate(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: toList("deplace"),
});

export const deleteResponseTemplateAction = defineAction({
  name: "deleteResponseTemplate",
  permission: "reports:manage-templates",
  schema: deleteResponseTemplateSchema,
  handler: async ({ input, actor }) => {
    const result = await deleteResponseTemplate(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: () => "/gestion/modeles-de-reponse?fait=supprime",
});

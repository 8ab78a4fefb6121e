"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  createArea,
  createBuilding,
  createEntrance,
  createSite,
  deletePlace,
  setPlaceArchived,
  updateArea,
  updateBuilding,
  updateEntrance,
  updateSite,
  type PlaceResult,
} from "@/lib/territory/commands/staff";
import {
  createAreaSchema,
  createBuildingSchema,
  createEntranceSchema,
  createSiteSchema,
  deletePlaceSchema,
  setPlaceArchivedSchema,
  updateAreaSchema,
  updateBuildingSchema,
  updateEntranceSchema,
  updateSiteSchema,
} from "@/lib/territory/schemas";
import { routes } from "@/lib/routes";
import { PARENT_LEVEL, placeHref } from "./_components/place-href";

// Every command's result carries the cache tags it makes stale (`cacheTags`): defineAction expires them.

const permission = "territory:manage";

const created = (result: PlaceResult) => placeHref(result.level, result.id, "cree");
const edited = (result: PlaceResult) => placeHref(result.level, result.id, result.changed ? "modifie" : "inchange");

export const createAreaAction = defineAction({
  name: "createArea",
  permission,
  schema: createAreaSchema,
  handler: ({ input, actor }) => createArea({ actor }, input),
  redirectTo: created,
});

export const updateAreaAction = defineAction({
  name: "updateArea",
  permission,
  schema: updateAreaSchema,
  handler: ({ input, actor }) => updateArea({ actor }, input),
  redirectTo: edited,
});

export const createSiteAction = defineAction({
  name: "createSite",
  permission,
  schema: createSiteSchema,
  handler: ({ input, actor }) => createSite({ actor }, input),
  redirectTo: created,
});

export const updateSiteAction = defineAction({
  name: "updateSite",
  permission,
  schema: updateSiteSchema,
  handler: ({ input, actor }) => updateSite({ actor }, input),
  redirectTo: edited,
});

export const createBuildingAction = defineAction({
  name: "createBuilding",
  permission,
  schema: createBuildingSchema,
  handler: ({ input, actor }) => createBuilding({ actor }, input),
  redirectTo: created,
});

export const updateBuildingAction = defineAction({
  name: "updateBuilding",
  permission,
  schema: updateBuildingSchema,
  handler: ({ input, actor }) => updateBuilding({ actor }, input),
  redirectTo: edited,
});

export const createEntranceAction = defineAction({
  name: "createEntrance",
  permission,
  schema: createEntranceSchema,
  handler: ({ input, actor }) => createEntrance({ actor }, input),
  redirectTo: created,
});

export const updateEntranceAction = defineAction({
  name: "updateEntrance",
  permission,
  schema: updateEntranceSchema,
  handler: ({ input, actor }) => updateEntrance({ actor }, input),
  redirectTo: edited,
});

export const setPlaceArchivedAction = defineAction({
  name: "setPlaceArchived",
  permission,
  schema: setPlaceArchivedSchema,
  handler: async ({ input, actor }) => ({ ...(await setPlaceArchived({ actor }, input)), archived: input.archived }),
  redirectTo: (result) => placeHref(result.level, result.id, result.changed ? (result.archived ? "archive" : "desarchive") : "inchange"),
});

export const deletePlaceAction = defineAction({
  name: "deletePlace",
  permission,
  schema: deletePlaceSchema,
  handler: ({ input, actor }) => deletePlace({ actor }, input),
  redirectTo: (result) =>
    result.level === "area" || !result.parentId ? routes.staff.territoryDone("supprime") : placeHref(PARENT_LEVEL[result.level], result.parentId, "supprime"),
});

import type { PlaceLevel } from "@/lib/territory/model";
import { routes, type TerritoryNotice } from "@/lib/routes";

/** The page of a place of any level. */
export function placeHref(level: PlaceLevel, id: string, notice?: TerritoryNotice): string {
  return { area: routes.staff.area, site: routes.staff.site, building: routes.staff.building, entrance: routes.staff.entrance }[level](id, notice);
}

/** The level above each level (an area's is the territory page). */
export const PARENT_LEVEL = { site: "area", building: "site", entrance: "building" } as const satisfies Record<Exclude<PlaceLevel, "area">, PlaceLevel>;

import "server-only";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/core/errors";
import type { PlaceRef } from "@/lib/reports/place-ref";
import { isInBounds, type LatLng } from "@/lib/territory/bounds";
import { readTerritoryBounds } from "@/lib/territory/queries";
import { liveBuilding, liveEntrance, liveSite } from "@/lib/territory/live";

/**
 * What a report points to, checked against the database by the commands that set it: the
 * resident's and the counter's report forms (author.ts), the staff's correction (staff.ts).
 */

export const PLACE_OUTSIDE_TERRITORY = "Ce lieu ne fait pas partie du territoire de la Régie.";
export const POINT_OUTSIDE_TERRITORY = "Ce point est en dehors du territoire de la Régie.";
export const UNKNOWN_CATEGORY = "Catégorie inconnue : choisissez-la dans la liste.";

export type ResolvedPlace = { areaId: string | null; siteId: string | null; buildingId: string | null; entranceId: string | null };

/** Loads the chosen place from the database (an archived one is no choice) and fills in the levels above it. */
export async function resolvePlace(place: PlaceRef | null): Promise<ResolvedPlace> {
  const outside = () => new ValidationError(PLACE_OUTSIDE_TERRITORY, { place: [PLACE_OUTSIDE_TERRITORY] });
  if (!place) return { areaId: null, siteId: null, buildingId: null, entranceId: null };
  if (place.level === "entrance") {
    const e = await db.entrance.findFirst({
      where: { id: place.id, ...liveEntrance },
      select: { id: true, building: { select: { id: true, site: { select: { id: true, areaId: true } } } } },
    });
    if (!e) throw outside();
    return { areaId: e.building.site.areaId, siteId: e.building.site.id, buildingId: e.building.id, entranceId: e.id };
  }
  if (place.level === "building") {
    const b = await db.building.findFirst({ where: { id: place.id, ...liveBuilding }, select: { id: true, site: { select: { id: true, areaId: true } } } });
    if (!b) throw outside();
    return { areaId: b.site.areaId, siteId: b.site.id, buildingId: b.id, entranceId: null };
  }
  const s = await db.site.findFirst({ where: { id: place.id, ...liveSite }, select: { id: true, areaId: true } });
  if (!s) throw outside();
  return { areaId: s.areaId, siteId: s.id, buildingId: null, entranceId: null };
}

/** A map point must fall near the territory: within the box of its sites and buildings, plus a margin. */
export async function assertPointInTerritory(point: LatLng) {
  if (!isInBounds(await readTerritoryBounds(), point)) throw new ValidationError(POINT_OUTSIDE_TERRITORY, { latitude: [POINT_OUTSIDE_TERRITORY] });
}

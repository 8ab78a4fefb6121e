import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";
import { territoryBounds, type TerritoryBounds } from "@/lib/territory/bounds";
import { TERRITORY_TAG } from "@/lib/territory/cache-tags";
import { liveArea, liveEntrance } from "@/lib/territory/live";

/**
 * What the rest of the portal reads of the territory: the places offered (live ones only, see
 * live.ts), the map's box, the staff home's overview, a partner's sites. The staff screens that
 * edit it read queries/staff.ts. TERRITORY_TAG is declared in cache-tags.ts (re-exported here for
 * the modules that already import it from this one).
 */
export { TERRITORY_TAG };

/** The box of the territory's sites and buildings (archived ones aside), plus a margin: where a map point may be. */
export async function readTerritoryBounds(): Promise<TerritoryBounds | null> {
  const [box] = await db.$queryRaw<{ minLat: number | null; maxLat: number | null; minLng: number | null; maxLng: number | null }[]>`
    SELECT min(lat) AS "minLat", max(lat) AS "maxLat", min(lng) AS "minLng", max(lng) AS "maxLng" FROM (
      SELECT latitude AS lat, longitude AS lng FROM "Site" WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND "archivedAt" IS NULL
      UNION ALL
      SELECT latitude, longitude FROM "Building" WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND "archivedAt" IS NULL
    ) AS points`;
  return territoryBounds(box);
}

/** The same, cached for the forms' map (the service checks points against readTerritoryBounds). */
export const getTerritoryBounds = cachedRead(readTerritoryBounds, ["territory-bounds"], { tags: [TERRITORY_TAG], revalidate: 3600 });

/** Entrances to choose from in forms (sign-up, profile): small, public, cached. */
export const listEntranceOptions = cachedRead(
  async () => {
    const entrances = await db.entrance.findMany({
      where: liveEntrance,
      orderBy: [{ building: { site: { name: "asc" } } }, { building: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, building: { select: { name: true, address: true, site: { select: { name: true } } } } },
    });
    return entrances.map((e) => ({
      id: e.id,
      label: `${e.building.site.name} — ${e.building.name}, ${e.name} (${e.building.address})`,
    }));
  },
  ["entrance-options"],
  { tags: [TERRITORY_TAG], revalidate: 3600 },
);

/**
 * The territory as staff see it: areas, their sites, buildings and owners (archived places aside).
 * Sites come flat (the owner's name and the building count as fields, not nested objects): the
 * staff home caches this and serializes it into its page on every visit, so fewer objects to read
 * and to send.
 */
export async function getTerritoryOverview() {
  const areas = await db.area.findMany({
    where: liveArea,
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      sites: {
        where: { archivedAt: null },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          kind: true,
          address: true,
          ownerPartner: { select: { name: true } },
          _count: { select: { buildings: { where: { archivedAt: null } } } },
        },
      },
    },
  });
  return areas.map((area) => ({
    id: area.id,
    name: area.name,
    sites: area.sites.map(({ ownerPartner, _count, ...site }) => ({ ...site, owner: ownerPartner?.name ?? null, buildings: _count.buildings })),
  }));
}

/** One area of the staff home's overview; `owner` is the owning partner's name, `buildings` the live buildings. */
export type TerritoryArea = Awaited<ReturnType<typeof getTerritoryOverview>>[number];

/** The sites a partner owns (its patrimoine), scoped in the query by the partner's id. */
export async function listPartnerSites(partnerId: string) {
  return db.site.findMany({
    where: { ownerPartnerId: partnerId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      address: true,
      area: { select: { name: true } },
      buildings: { orderBy: { name: "asc" }, select: { id: true, name: true, address: true, _count: { select: { entrances: true } } } },
    },
  });
}

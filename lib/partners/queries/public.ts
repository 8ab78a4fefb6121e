import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";
import { activeGrantWhere } from "@/lib/auth/session";
import { TERRITORY_TAG } from "@/lib/territory/queries";
import { liveArea, liveBuilding, liveSite } from "@/lib/territory/live";
import { PEOPLE_COUNT_TAG } from "@/lib/people/cache-tags";
import { PARTNERS_TAG } from "@/lib/partners/cache-tags";

/**
 * Public: the home page's partners and key figures, the same for every visitor. Archived partners
 * and places are not shown nor counted (a building under an archived site is out too).
 */
export const getPublicOverview = cachedRead(
  async () => {
    const [partners, areas, sites, buildings, residents] = await Promise.all([
      db.partner.findMany({ where: { archivedAt: null }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { name: true, kind: true, subtype: { select: { name: true } } } }),
      db.area.count({ where: liveArea }),
      db.site.count({ where: liveSite }),
      db.building.count({ where: liveBuilding }),
      db.user.count({ where: { status: "ACTIVE", roleGrants: { some: { role: "RESIDENT", ...activeGrantWhere() } } } }),
    ]);
    return { partners, figures: { areas, sites, buildings, residents } };
  },
  ["public-overview"],
  { tags: [PARTNERS_TAG, TERRITORY_TAG, PEOPLE_COUNT_TAG], revalidate: 600 },
);

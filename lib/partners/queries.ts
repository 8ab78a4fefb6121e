import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";
import { activeGrantWhere } from "@/lib/auth/session";
import { TERRITORY_TAG } from "@/lib/territory/queries";
import { PEOPLE_COUNT_TAG } from "@/lib/people/cache-tags";

export const PARTNERS_TAG = "partners";

export const PARTNER_KIND_LABELS = {
  LOCAL_AUTHORITY: "Collectivité locale",
  SOCIAL_LANDLORD: "Bailleur social",
  SOCIO_ECONOMIC: "Partenaire socio-économique",
} as const;

export async function listPartners() {
  return db.partner.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, subtype: { select: { name: true } }, description: true, _count: { select: { sites: true } } },
  });
}

export async function listPartnerOptions() {
  return db.partner.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function getPartnersByIds(ids: string[]) {
  return db.partner.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, subtype: { select: { name: true } } } });
}

/** Public: the home page's partners and key figures, the same for every visitor. */
export const getPublicOverview = cachedRead(
  async () => {
    const [partners, areas, sites, buildings, residents] = await Promise.all([
      db.partner.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { name: true, kind: true, subtype: { select: { name: true } } } }),
      db.area.count(),
      db.site.count(),
      db.building.count(),
      db.user.count({ where: { status: "ACTIVE", roleGrants: { some: { role: "RESIDENT", ...activeGrantWhere() } } } }),
    ]);
    return { partners, figures: { areas, sites, buildings, residents } };
  },
  ["public-overview"],
  { tags: [PARTNERS_TAG, TERRITORY_TAG, PEOPLE_COUNT_TAG], revalidate: 600 },
);

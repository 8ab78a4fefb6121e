import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { liveSite } from "@/lib/territory/live";
import { SITES_PAGE_SIZE } from "@/lib/territory/model";
import { USAGE_SELECT, usageOf } from "@/lib/territory/usage";
import { likeLiteral } from "@/lib/core/like";

/**
 * Reads of the staff screens that keep the territory (/gestion/territoire): every place, archived
 * or not, with what points at it (so that a page offers deletion only for a place nothing points
 * at; the delete command counts again in its transaction). Never cached: staff see their change at once.
 * Access notes are read here only: they are for the Régie's people, never public.
 */

export type TerritoryFilter = { search: string; showArchived: boolean; page: number };

/** The areas, with how many sites each has (live ones, and all). */
export async function listAreasForStaff(showArchived: boolean) {
  const areas = await db.area.findMany({
    where: showArchived ? {} : { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true, archivedAt: true, _count: { select: { sites: true } } },
  });
  return areas.map(({ _count, ...area }) => ({ ...area, siteCount: _count.sites }));
}

function siteSearch(filter: TerritoryFilter): Prisma.SiteWhereInput {
  const words = filter.search.split(/\s+/).filter(Boolean);
  return {
    ...(filter.showArchived ? {} : liveSite),
    // Every word in the site's name, address or area name, or in one of its buildings' (names and addresses).
    AND: words.map((word) => {
      const contains = { contains: likeLiteral(word), mode: "insensitive" as const };
      return {
        OR: [{ name: contains }, { address: contains }, { area: { name: contains } }, { buildings: { some: { OR: [{ name: contains }, { address: contains }] } } }],
      };
    }),
  };
}

/** A page of sites for the search on the territory page, by area then name. */
export async function searchSitesForStaff(filter: TerritoryFilter) {
  const where = siteSearch(filter);
  const [total, rows] = await Promise.all([
    db.site.count({ where }),
    db.site.findMany({
      where,
      orderBy: [{ area: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * SITES_PAGE_SIZE,
      take: SITES_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        kind: true,
        address: true,
        archivedAt: true,
        area: { select: { id: true, name: true, archivedAt: true } },
        ownerPartner: { select: { name: true } },
        _count: { select: { buildings: true } },
      },
    }),
  ]);
  return { total, items: rows.map(({ _count, ...site }) => ({ ...site, buildingCount: _count.buildings })) };
}

export async function getAreaForStaff(id: string) {
  const area = await db.area.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      version: true,
      ...USAGE_SELECT.area,
      sites: {
        orderBy: { name: "asc" },
        select: { id: true, name: true, kind: true, address: true, archivedAt: true, ownerPartner: { select: { name: true } }, _count: { select: { buildings: true } } },
      },
    },
  });
  if (!area) return null;
  const { _count, sites, ...rest } = area;
  return {
    ...rest,
    usage: usageOf.area(_count),
    sites: sites.map(({ _count: c, ...site }) => ({ ...site, buildingCount: c.buildings })),
  };
}
export type StaffArea = NonNullable<Awaited<ReturnType<typeof getAreaForStaff>>>;

const ancestorSelect = { select: { id: true, name: true, archivedAt: true } } as const;

export async function getSiteForStaff(id: string) {
  const site = await db.site.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      address: true,
      ownerPartnerId: true,
      accessNotes: true,
      latitude: true,
      longitude: true,
      archivedAt: true,
      version: true,
      area: ancestorSelect,
      ownerPartner: { select: { id: true, name: true, archivedAt: true } },
      ...USAGE_SELECT.site,
      buildings: { orderBy: { name: "asc" }, select: { id: true, name: true, address: true, archivedAt: true, _count: { select: { entrances: true } } } },
    },
  });
  if (!site) return null;
  const { _count, buildings, ...rest } = site;
  return {
    ...rest,
    usage: usageOf.site(_count),
    buildings: buildings.map(({ _count: c, ...building }) => ({ ...building, entranceCount: c.entrances })),
  };
}
export type StaffSite = NonNullable<Awaited<ReturnType<typeof getSiteForStaff>>>;

export async function getBuildingForStaff(id: string) {
  const building = await db.building.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      address: true,
      accessNotes: true,
      latitude: true,
      longitude: true,
      archivedAt: true,
      version: true,
      site: { select: { id: true, name: true, archivedAt: true, area: ancestorSelect } },
      ...USAGE_SELECT.building,
      entrances: { orderBy: { name: "asc" }, select: { id: true, name: true, archivedAt: true, _count: { select: { residents: true } } } },
    },
  });
  if (!building) return null;
  const { _count, entrances, ...rest } = building;
  return {
    ...rest,
    usage: usageOf.building(_count),
    entrances: entrances.map(({ _count: c, ...entrance }) => ({ ...entrance, residentCount: c.residents })),
  };
}
export type StaffBuilding = NonNullable<Awaited<ReturnType<typeof getBuildingForStaff>>>;

export async function getEntranceForStaff(id: string) {
  const entrance = await db.entrance.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      version: true,
      building: { select: { id: true, name: true, archivedAt: true, site: { select: { id: true, name: true, archivedAt: true, area: ancestorSelect } } } },
      ...USAGE_SELECT.entrance,
    },
  });
  if (!entrance) return null;
  const { _count, ...rest } = entrance;
  return { ...rest, usage: usageOf.entrance(_count) };
}
export type StaffEntrance = NonNullable<Awaited<ReturnType<typeof getEntranceForStaff>>>;

/** The parent a "new" form names (and whether it takes new places): null when it does not exist. */
export async function getAreaChoice(id: string) {
  return db.area.findUnique({ where: { id }, select: { id: true, name: true, archivedAt: true } });
}
export async function getSiteChoice(id: string) {
  return db.site.findUnique({ where: { id }, select: { id: true, name: true, archivedAt: true, area: ancestorSelect } });
}

/**
 * The owners a site may be given: the partners not archived, by name; the site's current owner
 * stays listed even if archived since (saving the form then keeps it).
 */
export async function listOwnerOptions(currentOwnerId?: string | null) {
  const partners = await db.partner.findMany({
    where: { OR: [{ archivedAt: null }, ...(currentOwnerId ? [{ id: currentOwnerId }] : [])] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, archivedAt: true },
  });
  return partners.map((p) => ({ value: p.id, label: p.archivedAt ? `${p.name} (archivé)` : p.name }));
}

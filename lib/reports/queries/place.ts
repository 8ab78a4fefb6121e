import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TERRITORY_TAG } from "@/lib/territory/cache-tags";
import { liveSite } from "@/lib/territory/live";

/**
 * A report's place, as each audience reads it: in full (the reporter's address and entrance: the
 * author, staff, the partner handling it) or as the public pages show it (site and building). Shared
 * by the queries of every audience; imports no other query module, so none of them closes a cycle.
 */

/** Text shown for a report's place, from the denormalized columns. */
export const placeSelect = {
  address: true,
  site: { select: { name: true } },
  building: { select: { name: true, address: true } },
  entrance: { select: { name: true } },
} as const satisfies Prisma.ReportSelect;

type PlaceRow = {
  address: string | null;
  site: { name: string } | null;
  building: { name: string; address: string } | null;
  entrance: { name: string } | null;
};

export function formatPlace(row: PlaceRow): string {
  const parts = [row.site?.name, row.building ? `${row.building.name} (${row.building.address})` : null, row.entrance?.name].filter(Boolean);
  const place = parts.join(", ");
  if (row.address) return place ? `${place} — ${row.address}` : row.address;
  return place || "Point sur la carte";
}

/**
 * placeSelect for raw SQL on a report aliased `r`. Names are read by scalar subqueries, not joins:
 * "Report" has a dozen indexes, and planning a five-way join over it cost PostgreSQL about 10 ms
 * of CPU on every request (statements are not prepared), ten times the query itself.
 */
export const placeSqlColumns = Prisma.sql`r.address,
  (SELECT s.name FROM "Site" s WHERE s.id = r."siteId") AS "siteName",
  (SELECT b.name FROM "Building" b WHERE b.id = r."buildingId") AS "buildingName",
  (SELECT b.address FROM "Building" b WHERE b.id = r."buildingId") AS "buildingAddress",
  (SELECT e.name FROM "Entrance" e WHERE e.id = r."entranceId") AS "entranceName"`;
/** A report's category name, for raw SQL on a report aliased `r` (see placeSqlColumns). */
export const categoryNameSql = Prisma.sql`(SELECT c.name FROM "ReportCategory" c WHERE c.id = r."categoryId") AS "categoryName"`;
export type PlaceSqlRow = { address: string | null; siteName: string | null; buildingName: string | null; buildingAddress: string | null; entranceName: string | null };

/** placeSqlColumns' flat row in placeSelect's shape. */
export function placeOfSqlRow(row: PlaceSqlRow): PlaceRow {
  return {
    address: row.address,
    site: row.siteName === null ? null : { name: row.siteName },
    building: row.buildingName === null ? null : { name: row.buildingName, address: row.buildingAddress ?? "" },
    entrance: row.entranceName === null ? null : { name: row.entranceName },
  };
}

export function formatPlaceSqlRow(row: PlaceSqlRow): string {
  return formatPlace(placeOfSqlRow(row));
}

/** Place shown publicly: site and building only (the free-text address is the reporter's words). */
export const publicPlaceSelect = {
  site: { select: { name: true } },
  building: { select: { name: true, address: true } },
  area: { select: { name: true } },
} as const satisfies Prisma.ReportSelect;

type PublicPlaceRow = { site: { name: string } | null; building: { name: string; address: string } | null; area: { name: string } | null };

export function publicPlace(row: PublicPlaceRow): string {
  const parts = [row.site?.name, row.building ? `${row.building.name} (${row.building.address})` : null].filter(Boolean);
  if (parts.length) return parts.join(", ");
  return row.area ? `Secteur ${row.area.name}` : "Territoire de la Régie";
}

export type PlaceGroup = { label: string; options: { value: string; label: string }[] };

/** The territory as one grouped select: each site, then its buildings, then their entrances (archived places aside). */
export const listPlaceOptions = cachedRead(
  async (): Promise<PlaceGroup[]> => {
    const sites = await db.site.findMany({
      where: liveSite,
      orderBy: [{ area: { name: "asc" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        address: true,
        area: { select: { name: true } },
        buildings: {
          where: { archivedAt: null },
          orderBy: { name: "asc" },
          select: { id: true, name: true, address: true, entrances: { where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } } },
        },
      },
    });
    return sites.map((site) => ({
      label: `${site.name} — ${site.area.name}`,
      options: [
        { value: `site:${site.id}`, label: `${site.name} (${site.address})${site.buildings.length ? " — abords, espaces extérieurs" : ""}` },
        ...site.buildings.flatMap((b) => [
          { value: `building:${b.id}`, label: `${site.name} — ${b.name} (${b.address})` },
          ...b.entrances.map((e) => ({ value: `entrance:${e.id}`, label: `${site.name} — ${b.name}, ${e.name} (${b.address})` })),
        ]),
      ],
    }));
  },
  ["report-place-options"],
  { tags: [TERRITORY_TAG], revalidate: 3600 },
);

import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db, readCountedPage, readRows } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { can, canActForPartner } from "@/lib/authz/policy";
import { TERRITORY_TAG } from "@/lib/territory/queries";
import { OPEN_STATUSES } from "@/lib/reports/model";
import { PUBLIC_BASE, publicPlace, publicPlaceSelect } from "@/lib/reports/public-scope";
import type { PlaceRef } from "@/lib/reports/schemas";
import { Prisma, type Report, type ReportEvent, type ReportPhoto } from "@/lib/generated/prisma/client";

export const REPORT_CATEGORIES_TAG = "report-categories";
export const MY_REPORTS_PAGE_SIZE = 20;

export type CategoryOption = { id: string; name: string; guidance: string; isDanger: boolean };

/** Active categories in the order staff chose: small, the same for everyone, cached. */
export const listReportCategories = cachedRead(
  async (): Promise<CategoryOption[]> =>
    db.reportCategory.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, guidance: true, isDanger: true },
    }),
  ["report-categories"],
  { tags: [REPORT_CATEGORIES_TAG], revalidate: 3600 },
);

export type PlaceGroup = { label: string; options: { value: string; label: string }[] };

/** The territory as one grouped select: each site, then its buildings, then their entrances. */
export const listPlaceOptions = cachedRead(
  async (): Promise<PlaceGroup[]> => {
    const sites = await db.site.findMany({
      orderBy: [{ area: { name: "asc" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        address: true,
        area: { select: { name: true } },
        buildings: {
          orderBy: { name: "asc" },
          select: { id: true, name: true, address: true, entrances: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
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

export function formatPlaceSqlRow(row: PlaceSqlRow): string {
  return formatPlace({
    address: row.address,
    site: row.siteName === null ? null : { name: row.siteName },
    building: row.buildingName === null ? null : { name: row.buildingName, address: row.buildingAddress ?? "" },
    entrance: row.entranceName === null ? null : { name: row.entranceName },
  });
}

export type SimilarReport = {
  id: string;
  number: number;
  createdAt: Date;
  status: (typeof OPEN_STATUSES)[number];
  text: string | null;
  place: string;
  supporterCount: number;
  mine: boolean;
  supported: boolean;
};

/**
 * Open reports of the same category at the same place (same building when one is chosen, else
 * the same site), that this person may see: those the public pages show, and their own. Someone
 * else's report shows exactly what its public page shows (site and building, the moderated
 * text): their free-text address, entrance and own words are theirs and staff's only.
 */
export async function findSimilarOpenReports(actorId: string, categoryId: string, place: PlaceRef): Promise<SimilarReport[]> {
  const placeWhere: Prisma.ReportWhereInput =
    place.level === "site"
      ? { siteId: place.id }
      : place.level === "building"
        ? { buildingId: place.id }
        : { building: { entrances: { some: { id: place.id } } } };
  const rows = await db.report.findMany({
    where: {
      categoryId,
      status: { in: [...OPEN_STATUSES] },
      ...placeWhere,
      OR: [PUBLIC_BASE, { authorId: actorId }],
    },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: {
      id: true,
      number: true,
      createdAt: true,
      status: true,
      publicDescription: true,
      moderationStatus: true,
      authorId: true,
      supporterCount: true,
      ...publicPlaceSelect,
      supporters: { where: { userId: actorId }, select: { userId: true } },
    },
  });
  // The caller's own reports: their own words and full place, read separately so that no
  // stranger's private column is ever loaded into this page.
  const mineIds = rows.filter((r) => r.authorId === actorId).map((r) => r.id);
  const own = mineIds.length
    ? new Map(
        (await db.report.findMany({ where: { id: { in: mineIds }, authorId: actorId }, select: { id: true, description: true, ...placeSelect } })).map((r) => [r.id, r]),
      )
    : new Map();
  return rows.map((r) => {
    const mine = own.get(r.id);
    return {
      id: r.id,
      number: r.number,
      createdAt: r.createdAt,
      status: r.status as SimilarReport["status"],
      text: mine ? mine.description : r.moderationStatus === "APPROVED" ? r.publicDescription : null,
      place: mine ? formatPlace(mine) : publicPlace(r),
      supporterCount: r.supporterCount,
      mine: !!mine,
      supported: r.supporters.length > 0,
    };
  });
}

type MyReportRow = Pick<Report, "id" | "number" | "status" | "visibility" | "createdAt" | "updatedAt" | "photoCount" | "supporterCount"> &
  PlaceSqlRow & { categoryName: string };

/**
 * A page of the caller's own reports, newest first, and their count, in one SQL statement (raw:
 * Prisma 6 would compile a count and a findMany on every visit, most of this page's cost).
 */
export async function listMyReports(actorId: string, page: number) {
  const { total, rows } = await readCountedPage<MyReportRow>(
    Prisma.sql`SELECT count(*)::int AS total FROM "Report" WHERE "authorId" = ${actorId}`,
    Prisma.sql`
      SELECT row_number() OVER (ORDER BY r."createdAt" DESC, r.id DESC) AS ord,
        r.id, r.number, r.status, r.visibility, r."createdAt", r."updatedAt", r."photoCount", r."supporterCount",
        ${categoryNameSql}, ${placeSqlColumns}
      FROM "Report" r
      WHERE r."authorId" = ${actorId}
      ORDER BY r."createdAt" DESC, r.id DESC
      LIMIT ${MY_REPORTS_PAGE_SIZE} OFFSET ${(page - 1) * MY_REPORTS_PAGE_SIZE}`,
  );
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      visibility: row.visibility,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      photoCount: row.photoCount,
      supporterCount: row.supporterCount,
      category: { name: row.categoryName },
      place: formatPlaceSqlRow(row),
    })),
  };
}

type MyReportDetailRow = Pick<Report, "id" | "number" | "status" | "visibility" | "description" | "createdAt" | "resolvedAt" | "version" | "supporterCount"> &
  PlaceSqlRow & {
    categoryName: string;
    contactConsent: boolean;
    contactSharedWithPartnerName: string | null;
    photos: Pick<ReportPhoto, "id" | "width" | "height">[];
    events: (Pick<ReportEvent, "id" | "kind" | "fromStatus" | "toStatus" | "comment"> & { createdAt: string })[];
  };

/**
 * One of the caller's own reports with its photos and public timeline, or null (not found or not
 * theirs). One raw statement, the photos and events as JSON arrays: this is the page a resident
 * comes back to, and Prisma 6 would compile the nested findFirst on every visit.
 */
export async function getMyReport(actorId: string, reportId: string) {
  const [row] = await readRows<MyReportDetailRow>(Prisma.sql`
    SELECT r.id, r.number, r.status, r.visibility, r.description, r."createdAt", r."resolvedAt", r.version, r."supporterCount",
      r."contactConsent",
      (SELECT p.name FROM "Partner" p WHERE p.id = r."contactSharedWithPartnerId") AS "contactSharedWithPartnerName",
      ${categoryNameSql}, ${placeSqlColumns},
      coalesce((
        SELECT json_agg(json_build_object('id', ph.id, 'width', ph.width, 'height', ph.height) ORDER BY ph."createdAt", ph.id)
        FROM "ReportPhoto" ph WHERE ph."reportId" = r.id
      ), '[]') AS photos,
      coalesce((
        SELECT json_agg(json_build_object('id', ev.id, 'kind', ev.kind, 'fromStatus', ev."fromStatus", 'toStatus', ev."toStatus",
          'comment', ev.comment, 'createdAt', ev."createdAt") ORDER BY ev."createdAt", ev.id)
        FROM "ReportEvent" ev WHERE ev."reportId" = r.id AND ev.visibility = 'PUBLIC'
      ), '[]') AS events
    FROM "Report" r
    WHERE r.id = ${reportId} AND r."authorId" = ${actorId}`);
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    visibility: row.visibility,
    description: row.description,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    version: row.version,
    supporterCount: row.supporterCount,
    category: { name: row.categoryName },
    place: formatPlaceSqlRow(row),
    /** The person's consent to be contacted, and the partner staff gave their contact to. */
    contactConsent: row.contactConsent,
    contactSharedWithPartner: row.contactSharedWithPartnerName,
    photos: row.photos,
    events: row.events.map((event) => ({ ...event, createdAt: new Date(event.createdAt) })),
  };
}

/**
 * The photo file to serve if this caller may see it: the author, staff, the partner the report is
 * routed to, or anyone once approved and its report is on the public pages (public, neither
 * rejected nor a duplicate: PUBLIC_BASE). Owning the report's site gives a landlord no more than
 * a visitor (README, Partners).
 */
export async function getPhotoForViewer(actor: Actor | null, photoId: string) {
  const photo = await db.reportPhoto.findUnique({
    where: { id: photoId },
    select: {
      storageKey: true,
      mime: true,
      approvedForPublic: true,
      reportId: true,
      report: { select: { authorId: true, partnerId: true } },
    },
  });
  if (!photo) return null;
  const allowed =
    (actor && photo.report.authorId === actor.id) ||
    can(actor, "reports:view-all") ||
    (!!photo.report.partnerId && canActForPartner(actor, photo.report.partnerId)) ||
    // Everyone else: only where the public pages show it (an approved photo of a report they list).
    (photo.approvedForPublic && (await db.report.count({ where: { id: photo.reportId, ...PUBLIC_BASE } })) > 0);
  return allowed ? { storageKey: photo.storageKey, mime: photo.mime } : null;
}

import "server-only";
import { db, readCountedPage, readRows } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { reportScope, withinScope } from "@/lib/authz/scopes";
import { OPEN_STATUSES } from "@/lib/reports/model";
import { categoryNameSql, formatPlace, formatPlaceSqlRow, placeSelect, placeSqlColumns, publicPlace, publicPlaceSelect, type PlaceSqlRow } from "@/lib/reports/queries/place";
import type { PlaceRef } from "@/lib/reports/place-ref";
import { Prisma, type Report, type ReportEvent, type ReportPhoto } from "@/lib/generated/prisma/client";

/** A resident's reads: their own reports (scope "author"), and the similar ones they may support. */

export const MY_REPORTS_PAGE_SIZE = 20;

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
export async function findSimilarOpenReports(actor: Pick<Actor, "id" | "partnerIds">, categoryId: string, place: PlaceRef): Promise<SimilarReport[]> {
  const own = reportScope(actor, "author");
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
      OR: [reportScope(actor, "public").where, own.where],
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
      supporters: { where: { userId: actor.id }, select: { userId: true } },
    },
  });
  // The caller's own reports: their own words and full place, read separately so that no
  // stranger's private column is ever loaded into this page.
  const mineIds = rows.filter((r) => r.authorId === actor.id).map((r) => r.id);
  const ownRows = mineIds.length
    ? new Map(
        (await db.report.findMany({ where: withinScope(own, { id: { in: mineIds } }), select: { id: true, description: true, ...placeSelect } })).map((r) => [r.id, r]),
      )
    : new Map();
  return rows.map((r) => {
    const mine = ownRows.get(r.id);
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
export async function listMyReports(actor: Pick<Actor, "id" | "partnerIds">, page: number) {
  const scope = reportScope(actor, "author");
  const { total, rows } = await readCountedPage<MyReportRow>(
    Prisma.sql`SELECT count(*)::int AS total FROM "Report" r WHERE ${scope.sql}`,
    Prisma.sql`
      SELECT row_number() OVER (ORDER BY r."createdAt" DESC, r.id DESC) AS ord,
        r.id, r.number, r.status, r.visibility, r."createdAt", r."updatedAt", r."photoCount", r."supporterCount",
        ${categoryNameSql}, ${placeSqlColumns}
      FROM "Report" r
      WHERE ${scope.sql}
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
export async function getMyReport(actor: Pick<Actor, "id" | "partnerIds">, reportId: string) {
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
    WHERE r.id = ${reportId} AND ${reportScope(actor, "author").sql}`);
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

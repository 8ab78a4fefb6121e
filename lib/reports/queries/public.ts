import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { TERRITORY_TAG } from "@/lib/territory/cache-tags";
import { liveArea } from "@/lib/territory/live";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import { reportScope } from "@/lib/authz/scopes";
import { publicPlace, publicPlaceSelect } from "@/lib/reports/queries/place";
import type { PublicFilterValues, PublicReportFilter } from "@/lib/reports/filter-params";
import { PUBLIC_REPORTS_MAX_PAGES, PUBLIC_REPORTS_PAGE_SIZE } from "@/lib/reports/filter-params";
import { PUBLIC_STATUSES, type PublicStatus } from "@/lib/reports/model";

/**
 * Public pages: the same for every visitor, cached with the "public-reports" tag and expired by
 * revalidatePublicReports(). Only PUBLIC reports, never the reporter, never the text they typed:
 * the text shown is the moderated publicDescription, once approved; photos only when approved.
 * Dates are ISO strings (cached values go through JSON). Every read is within scope "public", the
 * same for everyone (no actor).
 */
const PUBLIC = reportScope(null, "public");


const publicReportSelect = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  resolvedAt: true,
  publicDescription: true,
  moderationStatus: true,
  supporterCount: true,
  category: { select: { name: true } },
  ...publicPlaceSelect,
  photos: { where: { approvedForPublic: true }, orderBy: { createdAt: "asc" }, take: 3, select: { id: true, width: true, height: true } },
} as const satisfies Prisma.ReportSelect;

type PublicReportRow = Prisma.ReportGetPayload<{ select: typeof publicReportSelect }>;

export type PublicReportItem = {
  number: number;
  status: ReportStatus;
  category: string;
  place: string;
  /** The moderated text, or null while it is not approved. */
  text: string | null;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  supporterCount: number;
  photos: { id: string; width: number; height: number }[];
};

function toPublicItem(row: PublicReportRow): PublicReportItem {
  return {
    number: row.number,
    status: row.status,
    category: row.category.name,
    place: publicPlace(row),
    text: row.moderationStatus === "APPROVED" && row.publicDescription ? row.publicDescription : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    supporterCount: row.supporterCount,
    photos: row.photos,
  };
}

function filterWhere(filter: Omit<PublicReportFilter, "page">): Prisma.ReportWhereInput {
  return {
    ...PUBLIC.where,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
    ...(filter.areaId ? { areaId: filter.areaId } : {}),
  };
}

export type PublicReportPage = {
  items: PublicReportItem[];
  /** Capped: at most PUBLIC_REPORTS_MAX_PAGES pages are counted. */
  total: number;
  capped: boolean;
};

async function readPublicReports(filter: PublicReportFilter): Promise<PublicReportPage> {
  const where = filterWhere(filter);
  const cap = PUBLIC_REPORTS_MAX_PAGES * PUBLIC_REPORTS_PAGE_SIZE;
  const [counted, rows] = await Promise.all([
    // A capped count: never scans more than `cap + 1` rows however large the table.
    db.report.count({ where, take: cap + 1 }),
    db.report.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PUBLIC_REPORTS_PAGE_SIZE,
      take: PUBLIC_REPORTS_PAGE_SIZE,
      select: publicReportSelect,
    }),
  ]);
  return { items: rows.map(toPublicItem), total: Math.min(counted, cap), capped: counted > cap };
}

/** A page of public reports for one filter; cached per filter (the arguments are the key). */
export const listPublicReports = cachedRead(readPublicReports, ["public-reports-list"], {
  tags: [PUBLIC_REPORTS_TAG],
  revalidate: 300,
});

export type AreaFigures = { total: number; byStatus: { status: PublicStatus; count: number }[] };

/** How many public reports in each state, for one area or the whole territory. */
export const getPublicReportFigures = cachedRead(
  async (areaId: string | null): Promise<AreaFigures> => {
    const groups = await db.report.groupBy({
      by: ["status"],
      where: { ...PUBLIC.where, ...(areaId ? { areaId } : {}) },
      _count: { _all: true },
    });
    const counts = new Map(groups.map((g) => [g.status, g._count._all]));
    const byStatus = PUBLIC_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
    return { total: byStatus.reduce((sum, s) => sum + s.count, 0), byStatus };
  },
  ["public-report-figures"],
  { tags: [PUBLIC_REPORTS_TAG], revalidate: 300 },
);

/** Fixed: the statuses of a report whose problem is solved (both are on the public pages). */
const FIXED_STATUSES = ["RESOLVED", "CLOSED"] as const satisfies readonly PublicStatus[];
export const FIXED_WINDOW_DAYS = 30;

export type FixFigures = {
  /** Public reports fixed in the last FIXED_WINDOW_DAYS days. */
  fixed: number;
  /** Median time from report to fix of those, in seconds; null when none was fixed. */
  medianSecondsToFix: number | null;
};

/**
 * What residents ask first: is anything fixed, and how fast. Counted on the reports the public
 * pages show (the list lets anyone check), in one statement, median by PostgreSQL; cached with the
 * public reports' tag, so a resolution refreshes it.
 */
export const getPublicFixFigures = cachedRead(
  async (): Promise<FixFigures> => {
    const [row] = await db.$queryRaw<{ fixed: number; medianSeconds: number | null }[]>`
      SELECT count(*)::int AS fixed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."resolvedAt" - r."createdAt"))::float8 AS "medianSeconds"
        FROM "Report" r
       WHERE ${PUBLIC.sql}
         AND r.status::text IN (${Prisma.join([...FIXED_STATUSES])})
         AND r."resolvedAt" >= now() - make_interval(days => ${FIXED_WINDOW_DAYS}::int)`;
    return { fixed: row?.fixed ?? 0, medianSecondsToFix: row?.medianSeconds ?? null };
  },
  ["public-fix-figures"],
  { tags: [PUBLIC_REPORTS_TAG], revalidate: 300 },
);

/** Areas for the filter (archived ones aside): small, the same for everyone. */
export const listPublicAreas = cachedRead(
  async () => db.area.findMany({ where: liveArea, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ["public-areas"],
  { tags: [TERRITORY_TAG], revalidate: 3600 },
);

/**
 * The highest number of a report on the public pages. The report page answers 404 above it without
 * reading (so without caching) anything for the number: made-up numbers cannot add an entry each.
 */
export const getMaxPublicReportNumber = cachedRead(
  async (): Promise<number> => (await db.report.aggregate({ where: PUBLIC.where, _max: { number: true } }))._max.number ?? 0,
  ["public-report-max-number"],
  { tags: [PUBLIC_REPORTS_TAG], revalidate: 300 },
);

export type PublicReportDetail = PublicReportItem & {
  timeline: { id: string; at: string; fromStatus: ReportStatus | null; toStatus: ReportStatus | null; created: boolean }[];
};

/**
 * One public report by its number, or null (private, rejected, duplicate, or unknown). The
 * timeline has dates and states only: comments can carry the residents' own words.
 */
export const getPublicReport = cachedRead(
  async (number: number): Promise<PublicReportDetail | null> => {
    const row = await db.report.findFirst({
      where: { ...PUBLIC.where, number },
      select: {
        ...publicReportSelect,
        photos: { where: { approvedForPublic: true }, orderBy: { createdAt: "asc" }, select: { id: true, width: true, height: true } },
        events: {
          where: { visibility: "PUBLIC", kind: { in: ["CREATED", "STATUS_CHANGED"] } },
          orderBy: { createdAt: "asc" },
          select: { id: true, kind: true, fromStatus: true, toStatus: true, createdAt: true },
        },
      },
    });
    if (!row) return null;
    return {
      ...toPublicItem(row),
      timeline: row.events.map((e) => ({
        id: e.id,
        at: e.createdAt.toISOString(),
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        created: e.kind === "CREATED",
      })),
    };
  },
  ["public-report"],
  { tags: [PUBLIC_REPORTS_TAG], revalidate: 300 },
);

export type MapPoint = { lat: number; lng: number; label: string; open: number; total: number };

/**
 * Map markers: a report with a map point is placed at that point (one marker per report), once
 * staff have approved its public text, which is when its contents are reviewed for the public, and
 * rounded to 4 decimals (about 10 m): the point shows where the problem is, never a front door.
 * The others are grouped on their building (or site without building), at its coordinates.
 * Cached per filter (the arguments are the key): the map page checks the filter's ids first.
 */
export const listPublicReportMapPoints = cachedRead(
  async (filter: PublicFilterValues = {}): Promise<MapPoint[]> => {
    const rows = await db.$queryRaw<{ lat: number; lng: number; label: string; open: bigint; total: bigint }[]>`
      SELECT lat, lng, label,
             count(*) FILTER (WHERE status IN ('NEW', 'ACKNOWLEDGED', 'ROUTED', 'PLANNED')) AS open,
             count(*) AS total
        FROM (
          SELECT r.status,
                 CASE WHEN p.pinned THEN round(r.latitude::numeric, 4)::float8 ELSE COALESCE(b.latitude, s.latitude) END AS lat,
                 CASE WHEN p.pinned THEN round(r.longitude::numeric, 4)::float8 ELSE COALESCE(b.longitude, s.longitude) END AS lng,
                 CASE WHEN p.pinned THEN 'Signalement n° ' || r.number || ' — ' || p.place ELSE p.place END AS label
            FROM "Report" r
            LEFT JOIN "Site" s ON s.id = r."siteId"
            LEFT JOIN "Building" b ON b.id = r."buildingId"
            CROSS JOIN LATERAL (
              SELECT r.latitude IS NOT NULL AND r.longitude IS NOT NULL AND r."moderationStatus" = 'APPROVED' AS pinned,
                     COALESCE(CASE WHEN b.id IS NULL THEN s.name ELSE s.name || ' — ' || b.name END, 'Territoire de la Régie') AS place
            ) p
           WHERE ${PUBLIC.sql}
             ${filter.status ? Prisma.sql`AND r.status = ${filter.status}::"ReportStatus"` : Prisma.empty}
             ${filter.categoryId ? Prisma.sql`AND r."categoryId" = ${filter.categoryId}` : Prisma.empty}
             ${filter.areaId ? Prisma.sql`AND r."areaId" = ${filter.areaId}` : Prisma.empty}
        ) placed
       WHERE lat IS NOT NULL AND lng IS NOT NULL
       GROUP BY lat, lng, label
       ORDER BY label
       LIMIT 500`;
    return rows.map((r) => ({ lat: r.lat, lng: r.lng, label: r.label, open: Number(r.open), total: Number(r.total) }));
  },
  ["public-report-map"],
  { tags: [PUBLIC_REPORTS_TAG], revalidate: 300 },
);

import "server-only";
import { db, readCountedPage } from "@/lib/db";
import { Prisma, type Report } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { cachedRead } from "@/lib/cache/cached-read";
import { parisMonthSql } from "@/lib/core/paris-sql";
import { PARTNERS_TAG } from "@/lib/partners/cache-tags";
import { listPartnerOptions } from "@/lib/partners/queries/staff";
import type { Actor } from "@/lib/authz/policy";
import { reportScope, withinScope } from "@/lib/authz/scopes";
import { REPORT_CATEGORIES_TAG } from "@/lib/report-catalog/active";
import { formatPlace, formatPlaceSqlRow, placeSelect, categoryNameSql, placeSqlColumns, type PlaceSqlRow } from "@/lib/reports/queries/place";
import { TERRITORY_TAG } from "@/lib/territory/cache-tags";
import type { QueueSort, TriageQueueFilter } from "@/lib/reports/filter-params";

/**
 * Staff's reads (the triage queue, a report in full, the CSV export, the figures): every report, as
 * scope "staff" says; the pages and the export route authorize "reports:triage" first.
 */

export const QUEUE_PAGE_SIZE = 25;
/** Past this many pages the queue says "plus de …" instead of counting every matching report. */
export const QUEUE_MAX_PAGES = 40;

type StaffActor = Pick<Actor, "id" | "partnerIds">;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The staff queue's `where`, on the report's own indexed columns (the place is denormalized on
 * the report). A number ("1234", "n° 1234") is looked up on the unique number; other text is
 * matched in the description.
 */
export function queueWhere(filter: TriageQueueFilter, now: Date = new Date()): Prisma.ReportWhereInput {
  const where: Prisma.ReportWhereInput = {};
  if (filter.status) where.status = filter.status;
  if (filter.categoryId) where.categoryId = filter.categoryId;
  if (filter.areaId) where.areaId = filter.areaId;
  if (filter.siteId) where.siteId = filter.siteId;
  if (filter.partnerId) where.partnerId = filter.partnerId;
  if (filter.priority) where.priority = filter.priority;
  if (filter.olderThanDays) where.createdAt = { lt: new Date(now.getTime() - filter.olderThanDays * DAY_MS) };
  if (filter.withPhotos === true) where.photoCount = { gt: 0 };
  if (filter.withPhotos === false) where.photoCount = 0;
  if (filter.search) {
    const number = /^(?:n°\s*|#)?(\d{1,9})$/i.exec(filter.search);
    if (number) where.number = Number(number[1]);
    else where.description = { contains: filter.search, mode: "insensitive" };
  }
  return where;
}

const queueSelect = {
  id: true,
  number: true,
  status: true,
  priority: true,
  version: true,
  createdAt: true,
  photoCount: true,
  supporterCount: true,
  description: true,
  category: { select: { name: true } },
  partner: { select: { name: true } },
  ...placeSelect,
} as const satisfies Prisma.ReportSelect;

function queueConditions(actor: StaffActor, filter: TriageQueueFilter, now: Date): Prisma.Sql {
  // Staff's scope is `TRUE`: PostgreSQL folds `WHERE TRUE AND …` when planning (EXPLAIN shows the filters alone, same plan).
  const conditions: Prisma.Sql[] = [reportScope(actor, "staff").sql];
  if (filter.status) conditions.push(Prisma.sql`r.status = ${filter.status}::"ReportStatus"`);
  if (filter.categoryId) conditions.push(Prisma.sql`r."categoryId" = ${filter.categoryId}`);
  if (filter.areaId) conditions.push(Prisma.sql`r."areaId" = ${filter.areaId}`);
  if (filter.siteId) conditions.push(Prisma.sql`r."siteId" = ${filter.siteId}`);
  if (filter.partnerId) conditions.push(Prisma.sql`r."partnerId" = ${filter.partnerId}`);
  if (filter.priority) conditions.push(Prisma.sql`r.priority = ${filter.priority}::"ReportPriority"`);
  if (filter.olderThanDays) conditions.push(Prisma.sql`r."createdAt" < ${new Date(now.getTime() - filter.olderThanDays * DAY_MS)}`);
  if (filter.withPhotos === true) conditions.push(Prisma.sql`r."photoCount" > 0`);
  if (filter.withPhotos === false) conditions.push(Prisma.sql`r."photoCount" = 0`);
  if (filter.search) {
    const number = /^(?:n°\s*|#)?(\d{1,9})$/i.exec(filter.search);
    if (number) conditions.push(Prisma.sql`r.number = ${Number(number[1])}`);
    // Wildcards typed by staff are searched as text; the trigram index serves ILIKE.
    else conditions.push(Prisma.sql`r.description ILIKE ${`%${filter.search.replace(/[\\%_]/g, "\\$&")}%`}`);
  }
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

const QUEUE_ORDER_SQL = {
  newest: Prisma.sql`r."createdAt" DESC, r.id DESC`,
  oldest: Prisma.sql`r."createdAt" ASC, r.id ASC`,
  // The enum is declared LOW → URGENT, so descending puts the urgent first.
  priority: Prisma.sql`r.priority DESC, r."createdAt" ASC, r.id ASC`,
} as const satisfies Record<QueueSort, Prisma.Sql>;

type QueueRow = Pick<Report, "id" | "number" | "status" | "priority" | "version" | "createdAt" | "photoCount" | "supporterCount"> &
  PlaceSqlRow & { excerpt: string; categoryName: string; partnerName: string | null };

/**
 * One page of the queue and its capped count, in one SQL statement: the count stops after
 * `maxPages` pages so a broad filter never counts the whole table (the sort order reaches the
 * other end). Raw SQL because this is the busiest staff page: Prisma 6's client engine compiles
 * every findMany anew (about 7 ms of CPU for this page's two queries; this statement, under 1 ms).
 * The filters mean the same as queueWhere (the CSV export's): a test compares the two.
 */
export async function listTriageQueue(actor: StaffActor, filter: TriageQueueFilter, maxPages = QUEUE_MAX_PAGES) {
  const where = queueConditions(actor, filter, new Date());
  const page = Math.min(filter.page ?? 1, maxPages);
  const cap = maxPages * QUEUE_PAGE_SIZE;
  const order = QUEUE_ORDER_SQL[filter.sort ?? "newest"];
  const { total: counted, rows } = await readCountedPage<QueueRow>(
    Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM "Report" r ${where} LIMIT ${cap + 1}) matching`,
    Prisma.sql`
      SELECT row_number() OVER (ORDER BY ${order}) AS ord, r.id, r.number, r.status, r.priority, r.version, r."createdAt", r."photoCount", r."supporterCount",
        CASE WHEN length(r.description) > 120 THEN left(r.description, 117) || '…' ELSE r.description END AS excerpt,
        ${categoryNameSql}, (SELECT p.name FROM "Partner" p WHERE p.id = r."partnerId") AS "partnerName", ${placeSqlColumns}
      FROM "Report" r
      ${where}
      ORDER BY ${order}
      LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * QUEUE_PAGE_SIZE}`,
  );
  return {
    total: Math.min(counted, cap),
    capped: counted > cap,
    page,
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      status: row.status,
      priority: row.priority,
      version: row.version,
      createdAt: row.createdAt,
      photoCount: row.photoCount,
      supporterCount: row.supporterCount,
      excerpt: row.excerpt,
      category: { name: row.categoryName },
      partner: row.partnerName === null ? null : { name: row.partnerName },
      place: formatPlaceSqlRow(row),
    })),
  };
}
export type QueueItem = Awaited<ReturnType<typeof listTriageQueue>>["items"][number];

/** Rows of the CSV export: the filtered queue, bounded, read in pages by the caller. */
export async function exportQueuePage(actor: StaffActor, filter: TriageQueueFilter, cursor: string | null, take: number) {
  return db.report.findMany({
    where: withinScope(reportScope(actor, "staff"), queueWhere(filter)),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: { ...queueSelect, area: { select: { name: true } }, acknowledgedAt: true, resolvedAt: true },
  });
}

/**
 * The choices of the queue's filters and triage forms: small lists read on every queue and report
 * page, so cached, and revalidated by the tags of the screens that edit them.
 */
export const listTriageOptions = cachedRead(
  async () => {
    const [categories, areas, sites, partners] = await Promise.all([
      db.reportCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
      db.area.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      db.site.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      listPartnerOptions(),
    ]);
    return { categories, areas, sites, partners };
  },
  ["triage-options"],
  { tags: [REPORT_CATEGORIES_TAG, TERRITORY_TAG, PARTNERS_TAG], revalidate: 3600 },
);

/** One report as staff see it: private contact, every event, photos, supporters count. */
export async function getReportForTriage(actor: StaffActor, reportId: string) {
  const report = await db.report.findFirst({
    where: withinScope(reportScope(actor, "staff"), { id: reportId }),
    select: {
      id: true,
      number: true,
      status: true,
      priority: true,
      version: true,
      visibility: true,
      description: true,
      publicDescription: true,
      moderationStatus: true,
      contactConsent: true,
      contactSharedWithPartner: { select: { name: true } },
      rejectionReason: true,
      createdAt: true,
      acknowledgedAt: true,
      resolvedAt: true,
      supporterCount: true,
      latitude: true,
      longitude: true,
      reporterName: true,
      reporterContact: true,
      categoryId: true,
      siteId: true,
      buildingId: true,
      entranceId: true,
      category: { select: { name: true } },
      partner: { select: { id: true, name: true } },
      duplicateOf: { select: { id: true, number: true } },
      author: { select: { name: true, email: true, phone: true } },
      enteredBy: { select: { name: true } },
      ...placeSelect,
      photos: { orderBy: { createdAt: "asc" }, select: { id: true, width: true, height: true, approvedForPublic: true } },
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, fromStatus: true, toStatus: true, comment: true, visibility: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!report) return null;
  const { address, site, building, entrance, ...rest } = report;
  return { ...rest, place: formatPlace({ address, site, building, entrance }) };
}

type Count = { key: string | null; label: string | null; count: number };

/** The figures page: GROUP BY in SQL, and medians with percentile_cont. */
export async function getReportFigures() {
  const [byStatus, byCategory, byArea, byMonth, medians] = await Promise.all([
    db.report.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    db.$queryRaw<Count[]>`
      SELECT c.id AS key, c.name AS label, count(r.id)::int AS count
      FROM "ReportCategory" c JOIN "Report" r ON r."categoryId" = c.id
      GROUP BY c.id, c.name ORDER BY count DESC, c.name`,
    db.$queryRaw<Count[]>`
      SELECT a.id AS key, coalesce(a.name, 'Sans secteur') AS label, count(r.id)::int AS count
      FROM "Report" r LEFT JOIN "Area" a ON a.id = r."areaId"
      GROUP BY a.id, a.name ORDER BY count DESC, label`,
    db.$queryRaw<{ month: string; count: number }[]>`
      SELECT ${parisMonthSql(Prisma.sql`r."createdAt"`)} AS month, count(*)::int AS count
      FROM "Report" r
      WHERE r."createdAt" >= ${new Date(Date.now() - 365 * DAY_MS)}
      GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ acknowledgeHours: number | null; resolveHours: number | null }[]>`
      SELECT
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."acknowledgedAt" - r."createdAt"))
          FILTER (WHERE r."acknowledgedAt" IS NOT NULL) / 3600 AS "acknowledgeHours",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."resolvedAt" - r."createdAt"))
          FILTER (WHERE r."resolvedAt" IS NOT NULL) / 3600 AS "resolveHours"
      FROM "Report" r`,
  ]);
  return {
    byStatus: byStatus.map((row) => ({ status: row.status as ReportStatus, count: row._count._all })),
    byCategory,
    byArea,
    byMonth,
    medians: { acknowledgeHours: medians[0]?.acknowledgeHours ?? null, resolveHours: medians[0]?.resolveHours ?? null },
  };
}

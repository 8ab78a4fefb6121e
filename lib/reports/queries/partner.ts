import "server-only";
import { db, readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authz/policy";
import { reportScope, withinScope } from "@/lib/authz/scopes";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { PartnerReportFilter } from "@/lib/reports/filter-params";
import { categoryNameSql, formatPlace, placeOfSqlRow, placeSelect, placeSqlColumns, publicPlace, type PlaceSqlRow } from "@/lib/reports/queries/place";

export const PARTNER_REPORTS_PAGE_SIZE = 20;
/** A landlord can have tens of thousands of reports: 50 pages is plenty to browse, filters do the rest. */
export const PARTNER_REPORTS_MAX_PAGES = 50;

/**
 * A partner's reads, in two scopes (lib/authz/scopes.ts): "partner", the reports staff routed to
 * one of its partners, which it handles and reads in full; "partner-site", the public reports on a
 * site it owns, read only and as any visitor reads them, listed together with the first.
 */
type PartnerActor = Pick<Actor, "id" | "partnerIds">;

export type PartnerReportListItem = {
  id: string;
  number: number;
  status: ReportStatus;
  createdAt: Date;
  category: { name: string };
  place: string;
  /** Routed to this partner: it handles it (full page). Else read only, through the public page. */
  handled: boolean;
};

type PartnerListRow = PlaceSqlRow & {
  id: string;
  number: number;
  status: ReportStatus;
  createdAt: Date;
  partnerId: string | null;
  categoryName: string;
  areaName: string | null;
};

/**
 * A page of the partner's reports, newest first, optionally of one status: those it handles and
 * those on its sites that the public pages show. One query and no count (counting tens of
 * thousands of rows on every visit is what made this page slow): one row more than the page
 * tells whether there is a next page. Raw SQL on the scopes' own SQL (equal to their Prisma
 * conditions: tests/integration/reports/scopes.test.ts): Prisma 6's client engine compiled this
 * findMany anew on every request, most of the query's cost to the server.
 */
export async function listPartnerReports(actor: PartnerActor, filter: PartnerReportFilter) {
  const page = Math.min(filter.page, PARTNER_REPORTS_MAX_PAGES);
  const status = filter.status ? Prisma.sql`AND r.status = ${filter.status}::"ReportStatus"` : Prisma.empty;
  const rows = await readRows<PartnerListRow>(Prisma.sql`
    SELECT r.id, r.number, r.status, r."createdAt", r."partnerId", ${categoryNameSql}, ${placeSqlColumns},
      (SELECT a.name FROM "Area" a WHERE a.id = r."areaId") AS "areaName"
    FROM "Report" r
    WHERE (${reportScope(actor, "partner").sql} OR ${reportScope(actor, "partner-site").sql}) ${status}
    ORDER BY r."createdAt" DESC, r.id DESC
    LIMIT ${PARTNER_REPORTS_PAGE_SIZE + 1} OFFSET ${(page - 1) * PARTNER_REPORTS_PAGE_SIZE}`);
  const partnerIds = new Set(actor.partnerIds);
  const items = rows.slice(0, PARTNER_REPORTS_PAGE_SIZE).map((row): PartnerReportListItem => {
    const handled = !!row.partnerId && partnerIds.has(row.partnerId);
    const place = placeOfSqlRow(row);
    return {
      id: row.id,
      number: row.number,
      status: row.status,
      createdAt: row.createdAt,
      category: { name: row.categoryName },
      // Read only: the public place (site and building), never the reporter's address or entrance.
      place: handled ? formatPlace(place) : publicPlace({ ...place, area: row.areaName === null ? null : { name: row.areaName } }),
      handled,
    };
  });
  return { page, hasNextPage: rows.length > PARTNER_REPORTS_PAGE_SIZE && page < PARTNER_REPORTS_MAX_PAGES, items };
}

export type PartnerReportList = Awaited<ReturnType<typeof listPartnerReports>>;

/**
 * One report the partner handles (routed to it), or null: another partner's, or one on its site
 * that it only reads (the list links those to their public page). The resident's words are shown (the
 * partner must understand the problem) but not who wrote them: no author, no reporter's name or
 * contact, no actor on the timeline, unless staff gave this partner the person's contact (which
 * the person agreed to when reporting): then `contact`. The timeline holds public events and
 * partners' comments.
 */
export async function getPartnerReport(actor: PartnerActor, reportId: string) {
  const report = await db.report.findFirst({
    where: withinScope(reportScope(actor, "partner"), { id: reportId }),
    select: {
      id: true,
      number: true,
      status: true,
      priority: true,
      description: true,
      createdAt: true,
      resolvedAt: true,
      version: true,
      supporterCount: true,
      category: { select: { name: true } },
      partner: { select: { name: true } },
      contactSharedWithPartnerId: true,
      author: { select: { name: true, email: true, phone: true, status: true } },
      reporterName: true,
      reporterContact: true,
      ...placeSelect,
      photos: { orderBy: { createdAt: "asc" }, select: { id: true, width: true, height: true } },
      events: {
        where: { visibility: { in: ["PUBLIC", "PARTNER"] } },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, fromStatus: true, toStatus: true, comment: true, visibility: true, createdAt: true },
      },
    },
  });
  if (!report) return null;
  const { address, site, building, entrance, partner, contactSharedWithPartnerId, author, reporterName, reporterContact, ...rest } = report;
  const shared = !!contactSharedWithPartnerId && actor.partnerIds.includes(contactSharedWithPartnerId);
  return {
    ...rest,
    routedTo: partner?.name ?? null,
    place: formatPlace({ address, site, building, entrance }),
    contact: shared ? sharedContact(author, reporterName, reporterContact) : null,
  };
}

/** The person's name and ways to reach them; an account deleted since has none left. */
function sharedContact(author: { name: string; email: string; phone: string | null; status: string } | null, reporterName: string | null, reporterContact: string | null) {
  if (author) return author.status === "DELETED" ? null : { name: author.name, email: author.email, phone: author.phone };
  return reporterName ? { name: reporterName, email: null, phone: reporterContact } : null;
}

export type PartnerReport = NonNullable<Awaited<ReturnType<typeof getPartnerReport>>>;

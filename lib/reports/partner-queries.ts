import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { formatPlace, placeSelect } from "@/lib/reports/queries";
import { PUBLIC_BASE, publicPlace, publicPlaceSelect } from "@/lib/reports/public-scope";

export const PARTNER_REPORTS_PAGE_SIZE = 20;
/** A landlord can have tens of thousands of reports: 50 pages is plenty to browse, filters do the rest. */
export const PARTNER_REPORTS_MAX_PAGES = 50;

/**
 * The reports a partner handles: those staff routed to one of its partners. Only these may it act
 * on (status moves, comments) or read in full (the resident's words, photos, partner timeline);
 * every partner write and the detail page put this in their `where`. No grant, no report.
 */
export function partnerReportScope(actor: Pick<Actor, "partnerIds">): Prisma.ReportWhereInput {
  return { partnerId: { in: [...new Set(actor.partnerIds)] } };
}

/**
 * Reports on a site one of the partners owns that it may only read: the ones the public pages show,
 * with what they show. Owning a building does not make a landlord the handler of a report staff
 * have not routed to it (or routed elsewhere), and a private report on its site is its author's
 * and staff's: so the landlord sees its patrimoine's reports as any visitor would, listed together.
 */
export function partnerSiteReadScope(actor: Pick<Actor, "partnerIds">): Prisma.ReportWhereInput {
  return { AND: [PUBLIC_BASE, { siteOwnerPartnerId: { in: [...new Set(actor.partnerIds)] } }] };
}

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

/**
 * A page of the partner's reports, newest first, optionally of one status: those it handles and
 * those on its sites that the public pages show. One query and no count (counting tens of
 * thousands of rows on every visit is what made this page slow): one row more than the page
 * tells whether there is a next page.
 */
export async function listPartnerReports(actor: Pick<Actor, "partnerIds">, filter: { status?: ReportStatus; page: number }) {
  const where: Prisma.ReportWhereInput = {
    AND: [{ OR: [partnerReportScope(actor), partnerSiteReadScope(actor)] }, filter.status ? { status: filter.status } : {}],
  };
  const page = Math.min(filter.page, PARTNER_REPORTS_MAX_PAGES);
  const rows = await db.report.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PARTNER_REPORTS_PAGE_SIZE,
    take: PARTNER_REPORTS_PAGE_SIZE + 1,
    // No author, no reporter contact: a partner never sees who reported.
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      partnerId: true,
      category: { select: { name: true } },
      ...placeSelect,
      ...publicPlaceSelect,
    },
  });
  const partnerIds = new Set(actor.partnerIds);
  const items = rows.slice(0, PARTNER_REPORTS_PAGE_SIZE).map((row): PartnerReportListItem => {
    const handled = !!row.partnerId && partnerIds.has(row.partnerId);
    return {
      id: row.id,
      number: row.number,
      status: row.status,
      createdAt: row.createdAt,
      category: row.category,
      // Read only: the public place (site and building), never the reporter's address or entrance.
      place: handled ? formatPlace(row) : publicPlace(row),
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
export async function getPartnerReport(actor: Pick<Actor, "partnerIds">, reportId: string) {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, partnerReportScope(actor)] },
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

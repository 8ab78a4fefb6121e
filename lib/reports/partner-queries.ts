import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { formatPlace, placeSelect } from "@/lib/reports/queries";

export const PARTNER_REPORTS_PAGE_SIZE = 20;
/** A landlord can have tens of thousands of reports: 50 pages is plenty to browse, filters do the rest. */
export const PARTNER_REPORTS_MAX_PAGES = 50;

/**
 * The reports a partner user may see: routed to one of their partners, or on a site one of them
 * owns. Every partner query and write puts this in its `where`; no grant, no report.
 */
export function partnerReportScope(actor: Pick<Actor, "partnerIds">): Prisma.ReportWhereInput {
  const partnerIds = [...new Set(actor.partnerIds)];
  return { OR: [{ partnerId: { in: partnerIds } }, { site: { ownerPartnerId: { in: partnerIds } } }] };
}

/**
 * A page of the partner's reports, newest first, optionally of one status. One query and no
 * count (counting tens of thousands of rows on every visit is what made this page slow): one
 * row more than the page tells whether there is a next page.
 */
export async function listPartnerReports(actor: Pick<Actor, "partnerIds">, filter: { status?: ReportStatus; page: number }) {
  const where: Prisma.ReportWhereInput = { AND: [partnerReportScope(actor), filter.status ? { status: filter.status } : {}] };
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
      priority: true,
      createdAt: true,
      updatedAt: true,
      photoCount: true,
      supporterCount: true,
      category: { select: { name: true } },
      partner: { select: { name: true } },
      ...placeSelect,
    },
  });
  return {
    page,
    hasNextPage: rows.length > PARTNER_REPORTS_PAGE_SIZE && page < PARTNER_REPORTS_MAX_PAGES,
    items: rows.slice(0, PARTNER_REPORTS_PAGE_SIZE).map(({ address, site, building, entrance, partner, ...rest }) => ({
      ...rest,
      routedTo: partner?.name ?? null,
      place: formatPlace({ address, site, building, entrance }),
    })),
  };
}

export type PartnerReportList = Awaited<ReturnType<typeof listPartnerReports>>;

/**
 * One of the partner's reports, or null if it is not theirs. The resident's words are shown (the
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

import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind, ReportStatus, ReportVisibility } from "@/lib/generated/prisma/enums";
import { can, canActForPartner, type Actor } from "@/lib/authz/policy";
import { PUBLIC_STATUSES } from "@/lib/reports/model";
import { routes } from "@/lib/routes";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** What is needed to tell where a notification leads; never leaves this module as such. */
export const notificationReportSelect = {
  id: true,
  number: true,
  authorId: true,
  visibility: true,
  status: true,
  duplicateOf: { select: { number: true, visibility: true, status: true } },
} as const satisfies Prisma.ReportSelect;

/** A job's notification (to be validated, sent back, cancelled): what tells whose page it opens. */
export const notificationWorkOrderSelect = { id: true, number: true, partnerId: true } as const satisfies Prisma.WorkOrderSelect;

/** Who reads the notification: where it leads depends on their roles and partners. */
export type NotificationReader = Pick<Actor, "id" | "roles" | "partnerIds">;

type LinkedReport = {
  id: string;
  number: number;
  authorId: string | null;
  visibility: ReportVisibility;
  status: ReportStatus;
  duplicateOf: { number: number; visibility: ReportVisibility; status: ReportStatus } | null;
};

const isPublicPage = (r: { visibility: ReportVisibility; status: ReportStatus }) =>
  r.visibility === "PUBLIC" && (PUBLIC_STATUSES as readonly ReportStatus[]).includes(r.status);

/**
 * Where a notification about `report` takes this person: their own report's page when they wrote
 * it, else its public page (a supporter's view), else the public page of the report it was merged
 * into; null when none of these is theirs to see (a private or rejected report they supported).
 */
export function reportLinkFor(userId: string, report: LinkedReport): string | null {
  if (report.authorId === userId) return routes.mine.report(report.id);
  if (isPublicPage(report)) return routes.public.report(report.number);
  if (report.status === "DUPLICATE" && report.duplicateOf && isPublicPage(report.duplicateOf)) return routes.public.report(report.duplicateOf.number);
  return null;
}

/**
 * Where a notification about a job takes this person: the job's page in the back office for
 * staff, else its page in the partner's space when they act for its partner; null otherwise (a
 * partner user whose grant has since gone, or a job ordered by no partner).
 */
function workOrderLinkFor(reader: NotificationReader, job: { id: string; partnerId: string | null }): string | null {
  if (can(reader, "work-orders:manage")) return routes.staff.workOrder(job.id);
  if (job.partnerId && canActForPartner(reader, job.partnerId)) return routes.partner.job(job.id);
  return null;
}

type LinkedNotification = { kind: NotificationKind; report: LinkedReport | null; workOrder: { id: string; number: number; partnerId: string | null } | null };

/** Where a notification leads this reader, if anywhere (its report, its job, their missions). */
export function notificationLinkFor(reader: NotificationReader, notification: LinkedNotification): string | null {
  if (notification.kind === "VOLUNTEER_MISSION") return routes.mine.volunteering;
  if (notification.report) return reportLinkFor(reader.id, notification.report);
  if (notification.workOrder) return workOrderLinkFor(reader, notification.workOrder);
  return null;
}

export type MyNotification = {
  id: string;
  kind: NotificationKind;
  text: string;
  createdAt: Date;
  read: boolean;
  reportNumber: number | null;
  workOrderNumber: number | null;
  href: string | null;
};

/**
 * How many of this person's notifications are unread: one indexed count, shared by the header and
 * the page. Raw SQL because the header runs it on every signed-in page: Prisma's query compiler
 * would cost more CPU than the count itself (see loadActor in lib/auth/session.ts).
 */
export const countUnreadNotifications = cache(async (userId: string): Promise<number> => {
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT count(*)::int AS unread FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL`;
  return row?.unread ?? 0;
});

/** The caller's notifications, newest first, a page at a time; their own only (the `where`). */
export async function listMyNotifications(reader: NotificationReader, page: number) {
  const userId = reader.id;
  const where = { userId } satisfies Prisma.NotificationWhereInput;
  const [total, unread, rows] = await Promise.all([
    db.notification.count({ where }),
    countUnreadNotifications(userId),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, text: true, createdAt: true, readAt: true, report: { select: notificationReportSelect }, workOrder: { select: notificationWorkOrderSelect } },
    }),
  ]);
  const items: MyNotification[] = rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    text: n.text,
    createdAt: n.createdAt,
    read: n.readAt !== null,
    reportNumber: n.report?.number ?? null,
    workOrderNumber: n.workOrder?.number ?? null,
    href: notificationLinkFor(reader, n),
  }));
  return { total, unread, items };
}

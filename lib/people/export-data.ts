import "server-only";
import { db } from "@/lib/db";

/**
 * Everything the portal holds about one person, for the "download my data" right: the account,
 * its consents, roles, reports (with the contact consent and the partner their contact was given
 * to), "moi aussi", the timeline entries they wrote, their notifications, the mails written to
 * them (a purged body is said so) and their own entries in the audit log.
 */
export async function exportMyData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerifiedAt: true,
      phone: true,
      status: true,
      privacyConsentAt: true,
      notifyByEmail: true,
      lastSeenAt: true,
      inactivityWarnedAt: true,
      createdAt: true,
      updatedAt: true,
      entrance: { select: { name: true, building: { select: { name: true, address: true } } } },
      roleGrants: {
        select: { role: true, validFrom: true, validUntil: true, revokedAt: true, partner: { select: { name: true } } },
      },
      auditEntries: { select: { action: true, entityType: true, entityId: true, createdAt: true }, orderBy: { id: "asc" } },
      reportsAuthored: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          createdAt: true,
          status: true,
          visibility: true,
          description: true,
          address: true,
          latitude: true,
          longitude: true,
          category: { select: { name: true } },
          photos: { select: { id: true, createdAt: true } },
          contactConsent: true,
          contactSharedWithPartner: { select: { name: true } },
        },
      },
      reportsSupported: { orderBy: { createdAt: "asc" }, select: { createdAt: true, report: { select: { number: true } } } },
      reportEvents: {
        orderBy: { createdAt: "asc" },
        select: { kind: true, fromStatus: true, toStatus: true, comment: true, visibility: true, createdAt: true, report: { select: { number: true } } },
      },
      notifications: { orderBy: { createdAt: "asc" }, select: { kind: true, text: true, createdAt: true, readAt: true } },
    },
  });
  const mails = await db.outboundMail.findMany({
    where: { OR: [{ userId }, { to: user.email }] },
    orderBy: { createdAt: "asc" },
    select: { to: true, subject: true, text: true, bodyPurgedAt: true, createdAt: true, sentAt: true, failedAt: true },
  });
  const { reportsAuthored, reportEvents, ...account } = user;
  return {
    exportedAt: new Date().toISOString(),
    account: {
      ...account,
      reportsAuthored: reportsAuthored.map(({ contactSharedWithPartner, ...report }) => ({
        ...report,
        contactSharedWithPartner: contactSharedWithPartner?.name ?? null,
      })),
      timelineEntries: reportEvents.map(({ report, ...event }) => ({ reportNumber: report.number, ...event })),
      mails: mails.map(({ text, bodyPurgedAt, ...mail }) => ({ ...mail, text: bodyPurgedAt ? null : text, bodyPurgedAt })),
    },
  };
}

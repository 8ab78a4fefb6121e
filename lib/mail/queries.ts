import "server-only";
import { db } from "@/lib/db";

const RECENT_DAYS = 30;

/**
 * The outbox's mails of the last 30 days that have not reached their recipient: given up, or
 * failed at least once and waiting for a retry. Staff see them so that someone can phone the
 * person instead; the newest first.
 */
export async function listUndeliveredMails(limit = 20) {
  const where = {
    sentAt: null,
    createdAt: { gte: new Date(Date.now() - RECENT_DAYS * 24 * 60 * 60 * 1000) },
    OR: [{ failedAt: { not: null } }, { attempts: { gt: 0 } }],
  };
  const [total, mails] = await Promise.all([
    db.outboundMail.count({ where }),
    db.outboundMail.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, to: true, subject: true, attempts: true, lastError: true, failedAt: true, nextAttemptAt: true, createdAt: true },
    }),
  ]);
  return { total, mails };
}

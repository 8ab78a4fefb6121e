import "server-only";
import type { Tx } from "@/lib/db";
import { appUrl } from "@/lib/env";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { queueMails, type QueuedMail } from "@/lib/mail/outbox";
import { routes } from "@/lib/routes";

/**
 * The fan-out of a change to a report: every follower (its author and its supporters, "moi
 * aussi") gets one portal notification and, unless they turned emails off, one email, both
 * written in the caller's transaction; the caller sends the emails (`sendQueuedMails`, their ids
 * in `mailIds`) once it has committed. The person who made the change is never notified.
 *
 * Texts name the report by its public number, never a resident: every follower reads the same
 * text, so it must not say who reported, who supports or who answered.
 */

export type FanOut = { notified: number; mailIds: string[] };

const follower = { id: true, email: true, status: true, notifyByEmail: true, emailVerifiedAt: true } as const;

export async function notifyReportFollowers(
  tx: Tx,
  reportId: string,
  text: string,
  options: { kind?: NotificationKind; exceptUserId?: string | null } = {},
): Promise<FanOut> {
  const report = await tx.report.findUnique({
    where: { id: reportId },
    select: { id: true, number: true, author: { select: follower }, supporters: { select: { user: { select: follower } } } },
  });
  if (!report) return { notified: 0, mailIds: [] };
  const followers = new Map<string, { id: string; email: string; status: string; notifyByEmail: boolean; emailVerifiedAt: Date | null }>();
  for (const person of [report.author, ...report.supporters.map((s) => s.user)]) {
    // A deleted account is anonymous and cannot sign in: nothing to tell it.
    if (person && person.status !== "DELETED" && person.id !== options.exceptUserId) followers.set(person.id, person);
  }
  if (followers.size === 0) return { notified: 0, mailIds: [] };
  const created = await tx.notification.createManyAndReturn({
    data: [...followers.keys()].map((userId) => ({ userId, reportId, kind: options.kind ?? "REPORT_STATUS", text })),
    select: { id: true, userId: true },
  });
  const emails: QueuedMail[] = [];
  for (const notification of created) {
    const person = followers.get(notification.userId);
    // An address never confirmed may be someone else's: the portal notification is enough until then.
    if (!person || person.status !== "ACTIVE" || !person.notifyByEmail || !person.email || !person.emailVerifiedAt) continue;
    const isAuthor = person.id === report.author?.id;
    emails.push({ notificationId: notification.id, userId: person.id, to: person.email, ...followerEmail(report, text, isAuthor) });
  }
  return { notified: created.length, mailIds: await queueMails(tx, emails) };
}

function followerEmail(report: { id: string; number: number }, text: string, isAuthor: boolean) {
  const link = isAuthor ? `${appUrl()}${routes.mine.report(report.id)}` : `${appUrl()}${routes.mine.notifications}`;
  return {
    subject: isAuthor ? `Votre signalement n° ${report.number}` : `Le signalement n° ${report.number} que vous suivez`,
    text: [
      "Bonjour,",
      "",
      text,
      "",
      isAuthor ? `Suivez-le dans votre espace : ${link}` : `Vos notifications : ${link}`,
      "",
      `Vous recevez cet e-mail parce que vous ${isAuthor ? "avez fait ce signalement" : "suivez ce signalement (« moi aussi »)"}.`,
      `Pour ne plus recevoir ces e-mails : ${appUrl()}${routes.mine.notificationSettings}`,
      "",
      "La Régie de quartier",
    ].join("\n"),
  };
}

import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { formatLongDay } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMails, sendQueuedMails } from "@/lib/mail/outbox";
import { eraseAccount } from "@/lib/people/delete-account";
import { routes } from "@/lib/routes";

/**
 * The retention periods the privacy page states, applied once a day (lib/retention/schedule.ts).
 * Each rule is one bounded statement on an indexed column; `now` is a parameter so that tests can
 * move time instead of waiting.
 */
const DAY = 24 * 60 * 60 * 1000;
export const RETENTION = {
  mailBodyDays: 90,
  readNotificationDays: 365,
  endedSessionDays: 30,
  securityEventDays: 365,
  /** 24 months without a request from any of the person's sessions. */
  inactiveMonths: 24,
  /** Between the warning and the anonymisation. */
  graceDays: 30,
} as const;

/** Accounts of people working for the Régie or a partner: never anonymised automatically. */
const WORK_ROLES = ["EMPLOYEE", "STAFF", "PARTNER", "BOARD_MEMBER", "ADMIN"] as const;

export type RetentionReport = {
  mailBodiesPurged: number;
  notificationsDeleted: number;
  tokensDeleted: number;
  sessionsDeleted: number;
  securityEventsDeleted: number;
  warningsReset: number;
  accountsWarned: number;
  accountsAnonymised: number;
};

export async function runRetention(now = new Date()): Promise<RetentionReport> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const inactiveSince = new Date(now);
  inactiveSince.setMonth(inactiveSince.getMonth() - RETENTION.inactiveMonths);

  const mailBodiesPurged = (
    await db.outboundMail.updateMany({
      where: { bodyPurgedAt: null, createdAt: { lt: daysAgo(RETENTION.mailBodyDays) } },
      data: { text: "", calendar: null, bodyPurgedAt: now },
    })
  ).count;
  const notificationsDeleted = (
    await db.notification.deleteMany({ where: { readAt: { not: null, lt: daysAgo(RETENTION.readNotificationDays) } } })
  ).count;
  const spentToken = { OR: [{ expiresAt: { lt: now } }, { usedAt: { not: null } }] };
  const tokensDeleted =
    (await db.passwordResetToken.deleteMany({ where: spentToken })).count +
    (await db.emailVerificationToken.deleteMany({ where: spentToken })).count;
  const endedBefore = daysAgo(RETENTION.endedSessionDays);
  const sessionsDeleted = (
    await db.session.deleteMany({ where: { OR: [{ revokedAt: { lt: endedBefore } }, { expiresAt: { lt: endedBefore } }] } })
  ).count;
  const securityEventsDeleted = (await db.securityEvent.deleteMany({ where: { createdAt: { lt: daysAgo(RETENTION.securityEventDays) } } })).count;

  // A person who came back after the warning keeps their account, and would be warned afresh.
  const warningsReset = await db.$executeRaw`
    UPDATE "User" SET "inactivityWarnedAt" = NULL
    WHERE "inactivityWarnedAt" IS NOT NULL AND "lastSeenAt" > "inactivityWarnedAt"`;

  const anonymisable: Prisma.UserWhereInput = {
    status: "ACTIVE",
    roleGrants: { none: { role: { in: [...WORK_ROLES] }, revokedAt: null } },
    OR: [{ lastSeenAt: { lt: inactiveSince } }, { lastSeenAt: null, createdAt: { lt: inactiveSince } }],
  };
  const accountsWarned = await warnInactive({ ...anonymisable, inactivityWarnedAt: null }, now);
  const due = await db.user.findMany({
    where: { ...anonymisable, inactivityWarnedAt: { lt: daysAgo(RETENTION.graceDays) } },
    select: { id: true },
  });
  for (const { id } of due) await eraseAccount({}, { userId: id, reason: "inactivity" });

  return {
    mailBodiesPurged,
    notificationsDeleted,
    tokensDeleted,
    sessionsDeleted,
    securityEventsDeleted,
    warningsReset,
    accountsWarned,
    accountsAnonymised: due.length,
  };
}

/** One mail per account, once: `inactivityWarnedAt` is set in the mail's transaction. */
async function warnInactive(where: Prisma.UserWhereInput, now: Date): Promise<number> {
  const people = await db.user.findMany({ where, select: { id: true, name: true, email: true } });
  const deadline = formatLongDay(new Date(now.getTime() + RETENTION.graceDays * DAY));
  const mailIds: string[] = [];
  for (const person of people) {
    const ids = await db.$transaction(async (tx) => {
      const marked = await tx.user.updateMany({ where: { id: person.id, inactivityWarnedAt: null }, data: { inactivityWarnedAt: now } });
      if (marked.count === 0) return [];
      return queueMails(tx, [
        {
          to: person.email,
          userId: person.id,
          subject: "Votre compte sur le portail de la Régie de quartier",
          text: [
            `Bonjour ${person.name},`,
            "",
            `Vous n'avez pas utilisé votre compte depuis ${RETENTION.inactiveMonths} mois. Comme l'indique notre politique de confidentialité, il sera anonymisé le ${deadline} : vos données personnelles seront effacées.`,
            "",
            `Pour le garder, il suffit de vous connecter avant cette date : ${appUrl()}${routes.auth.signIn()}`,
            "",
            "La Régie de quartier",
          ].join("\n"),
        },
      ]);
    });
    mailIds.push(...ids);
  }
  await sendQueuedMails(mailIds);
  return mailIds.length;
}

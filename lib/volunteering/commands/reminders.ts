import "server-only";
import { db } from "@/lib/db";
import { addDays, isoDay, parisInstant, parisToday } from "@/lib/core/calendar";
import { sendQueuedMails } from "@/lib/mail/outbox";
import { REMINDER_BATCH } from "@/lib/volunteering/model";
import { queueNotices, reminderNotice, recipientSelect } from "@/lib/volunteering/notices";

export type ReminderOutcome = { missions: number; mails: number };

/**
 * The daily job's part: the confirmed volunteers of the open missions starting tomorrow (Paris
 * day) get a reminder, once per mission (`reminderSentAt`, claimed with a guarded update in the
 * same transaction as its mails, so two runs never remind twice). At most REMINDER_BATCH missions
 * a run; any left are taken by the next run while still tomorrow's.
 */
export async function remindTomorrowsVolunteers(now: Date = new Date()): Promise<ReminderOutcome> {
  const tomorrow = addDays(parisToday(now), 1);
  const from = parisInstant(isoDay(tomorrow), "00:00");
  const to = parisInstant(isoDay(addDays(tomorrow, 1)), "00:00");
  const missions = await db.volunteerMission.findMany({
    where: { status: "OPEN", reminderSentAt: null, startsAt: { gte: from, lt: to } },
    orderBy: { startsAt: "asc" },
    take: REMINDER_BATCH,
    select: { id: true, title: true, startsAt: true, place: true },
  });
  const mailIds: string[] = [];
  let reminded = 0;
  for (const mission of missions) {
    const ids = await db.$transaction(async (tx) => {
      const claimed = await tx.volunteerMission.updateMany({ where: { id: mission.id, status: "OPEN", reminderSentAt: null }, data: { reminderSentAt: now } });
      if (claimed.count === 0) return null;
      const signups = await tx.missionSignup.findMany({ where: { missionId: mission.id, status: "CONFIRMED" }, select: { user: { select: recipientSelect } } });
      return queueNotices(tx, signups.flatMap(({ user }) => reminderNotice(user, mission)));
    });
    if (ids === null) continue;
    reminded += 1;
    mailIds.push(...ids);
  }
  await sendQueuedMails(mailIds);
  return { missions: reminded, mails: mailIds.length };
}

import "server-only";
import { appUrl } from "@/lib/env";
import { formatDayTime } from "@/lib/format/dates";
import type { Tx } from "@/lib/db";
import { queueMails, type QueuedMail } from "@/lib/mail/outbox";
import { routes } from "@/lib/routes";

/**
 * What volunteers are told about a mission (cancelled, a place freed for them, tomorrow's
 * reminder): a notification in Mes notifications, and the same words by mail to active accounts
 * whose address was confirmed (an unconfirmed address may be someone else's) and who did not turn
 * mails off. Nothing to a deleted account.
 */

export type Recipient = { id: string; name: string; email: string; status: string; emailVerifiedAt: Date | null; notifyByEmail: boolean };
export const recipientSelect = { id: true, name: true, email: true, status: true, emailVerifiedAt: true, notifyByEmail: true } as const;
type MissionInMail = { title: string; startsAt: Date; place: string };
export type VolunteerNotice = { userId: string; text: string; mails: QueuedMail[] };

const reachable = (person: Recipient) => person.status === "ACTIVE" && person.notifyByEmail && Boolean(person.email) && person.emailVerifiedAt !== null;

function notice(person: Recipient, subject: string, lines: string[]): VolunteerNotice[] {
  if (person.status === "DELETED") return [];
  const text = [`Bonjour ${person.name},`, "", ...lines, "", `Vos missions : ${appUrl()}${routes.mine.volunteering}`, "", "La Régie de quartier"].join("\n");
  return [{ userId: person.id, text: lines.join("\n"), mails: reachable(person) ? [{ to: person.email, userId: person.id, subject, text }] : [] }];
}

/** The notifications of `notices`, in the caller's transaction; their mails are the caller's to queue. */
export async function recordNotices(tx: Tx, notices: readonly VolunteerNotice[]): Promise<void> {
  if (notices.length === 0) return;
  await tx.notification.createMany({ data: notices.map(({ userId, text }) => ({ userId, kind: "VOLUNTEER_MISSION" as const, text })) });
}

/** Records the notifications and queues their mails in one go; the ids of the mails to send after commit. */
export async function queueNotices(tx: Tx, notices: readonly VolunteerNotice[]): Promise<string[]> {
  await recordNotices(tx, notices);
  return queueMails(tx, notices.flatMap((n) => n.mails));
}

const when = (mission: MissionInMail) => `le ${formatDayTime(mission.startsAt)}, ${mission.place}`;

export function missionCancelledNotice(person: Recipient, mission: MissionInMail, reason: string): VolunteerNotice[] {
  return notice(person, `Mission annulée : ${mission.title}`, [`La mission « ${mission.title} » prévue ${when(mission)} est annulée.`, `Raison : ${reason}`]);
}

export function movedUpNotice(person: Recipient, mission: MissionInMail): VolunteerNotice[] {
  return notice(person, `Une place s'est libérée : ${mission.title}`, [
    `Une place s'est libérée pour la mission « ${mission.title} » ${when(mission)} : vous êtes inscrit·e.`,
    "Si vous ne pouvez plus venir, désinscrivez-vous depuis votre espace pour laisser la place à quelqu'un d'autre.",
  ]);
}

export function reminderNotice(person: Recipient, mission: MissionInMail): VolunteerNotice[] {
  return notice(person, `Rappel : ${mission.title} demain`, [
    `Nous vous rappelons la mission « ${mission.title} » ${when(mission)}. Merci de votre engagement !`,
    "En cas d'empêchement, désinscrivez-vous depuis votre espace.",
  ]);
}

import "server-only";
import { appUrl } from "@/lib/env";
import { formatDayTime } from "@/lib/format/dates";
import type { QueuedMail } from "@/lib/mail/outbox";
import { routes } from "@/lib/routes";

/**
 * The mails volunteers get about a mission (cancelled, a place freed for them, tomorrow's
 * reminder). Only to active accounts whose address was confirmed: an unconfirmed address may be
 * someone else's.
 */

export type Recipient = { id: string; name: string; email: string; status: string; emailVerifiedAt: Date | null };
export const recipientSelect = { id: true, name: true, email: true, status: true, emailVerifiedAt: true } as const;
type MissionInMail = { title: string; startsAt: Date; place: string };

const reachable = (person: Recipient) => person.status === "ACTIVE" && Boolean(person.email) && person.emailVerifiedAt !== null;

function mail(person: Recipient, subject: string, lines: string[]): QueuedMail[] {
  if (!reachable(person)) return [];
  const text = [`Bonjour ${person.name},`, "", ...lines, "", `Vos missions : ${appUrl()}${routes.mine.volunteering}`, "", "La Régie de quartier"].join("\n");
  return [{ to: person.email, userId: person.id, subject, text }];
}

const when = (mission: MissionInMail) => `le ${formatDayTime(mission.startsAt)}, ${mission.place}`;

export function missionCancelledMail(person: Recipient, mission: MissionInMail, reason: string): QueuedMail[] {
  return mail(person, `Mission annulée : ${mission.title}`, [`La mission « ${mission.title} » prévue ${when(mission)} est annulée.`, `Raison : ${reason}`]);
}

export function movedUpMail(person: Recipient, mission: MissionInMail): QueuedMail[] {
  return mail(person, `Une place s'est libérée : ${mission.title}`, [
    `Une place s'est libérée pour la mission « ${mission.title} » ${when(mission)} : vous êtes inscrit·e.`,
    "Si vous ne pouvez plus venir, désinscrivez-vous depuis votre espace pour laisser la place à quelqu'un d'autre.",
  ]);
}

export function reminderMail(person: Recipient, mission: MissionInMail): QueuedMail[] {
  return mail(person, `Rappel : ${mission.title} demain`, [
    `Nous vous rappelons la mission « ${mission.title} » ${when(mission)}. Merci de votre engagement !`,
    "En cas d'empêchement, désinscrivez-vous depuis votre espace.",
  ]);
}

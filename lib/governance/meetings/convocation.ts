import "server-only";
import { createEvent } from "ics";
import { appUrl } from "@/lib/env";
import { formatDayTime } from "@/lib/format/dates";
import type { QueuedMail } from "@/lib/mail/outbox";
import { routes } from "@/lib/routes";
import { agendaItems } from "@/lib/governance/meetings/moves";
import type { BodyMember } from "@/lib/governance/queries/bodies";

/**
 * The convocation: one mail per member of the body with an address, its text (date, place,
 * agenda, the link to the meeting in the board space) and an iCalendar invitation (METHOD:REQUEST,
 * times in UTC, one UID per meeting so a changed date updates the same event); and the
 * cancellation's mail to those convened (without an invitation).
 */

type ConvenedMeeting = { id: string; startsAt: Date; endsAt: Date | null; place: string; agenda: string; body: { name: string } };

/** Without an end, a meeting is put in calendars for two hours. */
const DEFAULT_MINUTES = 120;

function organizer() {
  const from = process.env.MAIL_FROM ?? "Régie de quartier <ne-pas-repondre@regie-quartier.localhost>";
  const email = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return { name: "Régie de quartier", email };
}

const utcParts = (d: Date): [number, number, number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];

/** The stable UID of a meeting's event: a new convocation or the cancellation updates that one event. */
export const meetingUid = (id: string) => `reunion-${id}@quartier`;

/** The meeting's invitation as iCalendar text (METHOD:REQUEST). */
export function meetingCalendar(meeting: ConvenedMeeting): string {
  const ends = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_MINUTES * 60_000);
  const { error, value } = createEvent({
    uid: meetingUid(meeting.id),
    method: "REQUEST",
    productId: "quartier/gouvernance",
    title: meeting.body.name,
    description: `Ordre du jour :\n${agendaItems(meeting.agenda).map((item) => `- ${item}`).join("\n")}`,
    location: meeting.place,
    url: `${appUrl()}${routes.governance.meeting(meeting.id)}`,
    start: utcParts(meeting.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(ends),
    endInputType: "utc",
    endOutputType: "utc",
    organizer: organizer(),
    status: "CONFIRMED",
  });
  if (error || !value) throw error ?? new Error("The meeting's invitation could not be written.");
  return value;
}

export function convocationMails(meeting: ConvenedMeeting, members: readonly BodyMember[]): QueuedMail[] {
  const when = formatDayTime(meeting.startsAt);
  const agenda = agendaItems(meeting.agenda).map((item, i) => `${i + 1}. ${item}`).join("\n");
  const calendar = meetingCalendar(meeting);
  const text = [
    "Bonjour,",
    "",
    `Vous êtes convoqué·e à la réunion « ${meeting.body.name} » le ${when}, lieu : ${meeting.place}.`,
    "",
    "Ordre du jour :",
    agenda,
    "",
    "Si vous ne pouvez pas venir, vous pouvez donner pouvoir à un autre membre de l'instance présent à la réunion.",
    `Les documents de la réunion : ${appUrl()}${routes.governance.meeting(meeting.id)}`,
    "",
    "L'invitation jointe ajoute la réunion à votre agenda.",
    "",
    "La Régie de quartier",
  ].join("\n");
  return members
    .filter((m): m is BodyMember & { address: string } => !!m.address)
    .map((m) => ({ to: m.address, subject: `Convocation : ${meeting.body.name}, ${when}`, text, calendar }));
}

export function cancellationMails(meeting: ConvenedMeeting, members: readonly BodyMember[], reason: string): QueuedMail[] {
  const when = formatDayTime(meeting.startsAt);
  const text = ["Bonjour,", "", `La réunion « ${meeting.body.name} » du ${when} est annulée.`, "", `Motif : ${reason}`, "", "La Régie de quartier"].join("\n");
  return members
    .filter((m): m is BodyMember & { address: string } => !!m.address)
    // No invitation: lib/mail/send-mail.ts sends every calendar as METHOD:REQUEST, which a CANCEL would contradict.
    .map((m) => ({ to: m.address, subject: `Annulation : ${meeting.body.name}, ${when}`, text }));
}

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
 * agenda, its documents, the link to the meeting in the board space) and an iCalendar invitation
 * (METHOD:REQUEST, times in UTC, one UID per meeting); and the cancellation's mail to those
 * convened, whose METHOD:CANCEL with that same UID takes the event out of their calendars.
 */

type ConvenedMeeting = { id: string; version: number; startsAt: Date; endsAt: Date | null; place: string; agenda: string; body: { name: string } };

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

/**
 * The meeting's event as iCalendar text: the invitation (REQUEST) or its withdrawal (CANCEL).
 * Calendars apply a message to the event of the same UID only if its SEQUENCE is not older: the
 * meeting's version grows with every change, so the cancellation outranks the convocation.
 */
export function meetingCalendar(meeting: ConvenedMeeting, method: "REQUEST" | "CANCEL" = "REQUEST"): string {
  const ends = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + DEFAULT_MINUTES * 60_000);
  const { error, value } = createEvent({
    uid: meetingUid(meeting.id),
    method,
    sequence: meeting.version,
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
    status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
  });
  if (error || !value) throw error ?? new Error("The meeting's invitation could not be written.");
  return value;
}

/** "Les documents de la réunion (2 documents joints) : <lien>", or where they will be before any is added. */
const documentsLine = (meeting: ConvenedMeeting, documents: number) =>
  documents === 0
    ? `Les documents de la réunion y seront déposés : ${appUrl()}${routes.governance.meeting(meeting.id)}`
    : `Les documents de la réunion (${documents} ${documents === 1 ? "document joint" : "documents joints"}) : ${appUrl()}${routes.governance.meeting(meeting.id)}`;

export function convocationMails(meeting: ConvenedMeeting, members: readonly BodyMember[], documents = 0): QueuedMail[] {
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
    documentsLine(meeting, documents),
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
  const calendar = meetingCalendar(meeting, "CANCEL");
  const text = [
    "Bonjour,",
    "",
    `La réunion « ${meeting.body.name} » du ${when} est annulée.`,
    "",
    `Motif : ${reason}`,
    "",
    "L'annulation jointe retire la réunion de votre agenda.",
    "",
    "La Régie de quartier",
  ].join("\n");
  return members
    .filter((m): m is BodyMember & { address: string } => !!m.address)
    .map((m) => ({ to: m.address, subject: `Annulation : ${meeting.body.name}, ${when}`, text, calendar }));
}

import "server-only";
import type { Tx } from "@/lib/db";
import type { RecordLifecycle } from "@/lib/core/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { governanceCacheTags } from "@/lib/governance/cache-tags";
import { MEETING_STATUS_LABELS } from "@/lib/governance/model";
import { meetingMoves, type MeetingActorKind } from "@/lib/governance/meetings/moves";

/**
 * A meeting as the lifecycle kernel changes it. Every meeting is in reach of the secretariat (the
 * board space has no narrower scope: the caller's right is checked by authorizeSecretariat before
 * the change); the audit rows are its history, so no event, and its mails are the plan's own.
 */

export const MEETING_NOT_FOUND = "Réunion introuvable.";
export const MEETING_CONFLICT = "Cette réunion a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";

export const meetingStatusNotAllowed = (from: MeetingStatus, to: MeetingStatus) =>
  `Impossible de passer de « ${MEETING_STATUS_LABELS[from]} » à « ${MEETING_STATUS_LABELS[to]} ».`;

const meetingSelect = {
  id: true,
  status: true,
  version: true,
  bodyId: true,
  startsAt: true,
  endsAt: true,
  place: true,
  agenda: true,
  minutes: true,
  minutesStatus: true,
  body: { select: { id: true, kind: true, name: true } },
} as const satisfies Prisma.MeetingSelect;
export type LoadedMeeting = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

export function loadMeeting(tx: Tx, id: string): Promise<LoadedMeeting | null> {
  return tx.meeting.findUnique({ where: { id }, select: meetingSelect });
}

export const meetingLifecycle: RecordLifecycle<LoadedMeeting, MeetingStatus, MeetingActorKind, never, never> = {
  entityType: "Meeting",
  moves: meetingMoves,
  messages: { notFound: MEETING_NOT_FOUND, conflict: MEETING_CONFLICT, notAllowed: meetingStatusNotAllowed },
  load: (tx, _actor, _kind, id) => loadMeeting(tx, id),
  update: async (tx, _actor, _kind, meeting, data) => {
    const updated = await tx.meeting.updateMany({
      where: { id: meeting.id, version: meeting.version, status: meeting.status },
      data: { ...(data as Prisma.MeetingUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    return updated.count === 1;
  },
  writeEvent: async () => {},
  cacheTags: () => governanceCacheTags(),
};

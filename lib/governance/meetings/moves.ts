/**
 * A meeting's table of moves, pure (lib/core/moves.ts): planned, convened (the convocation leaves),
 * held, or cancelled before it is held. Only the secretariat (staff, the administrator, the
 * board's secretary: authorizeSecretariat) makes them, so there is one actor kind.
 */
import { defineMoves } from "@/lib/core/moves";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

export type MeetingActorKind = "secretariat";

export const meetingMoves = defineMoves<MeetingStatus, MeetingActorKind>()({
  convene: { from: ["PLANNED"], to: "CONVENED", by: ["secretariat"], sets: ["convenedAt"] },
  hold: { from: ["CONVENED"], to: "HELD", by: ["secretariat"], sets: ["heldAt"] },
  cancel: { from: ["PLANNED", "CONVENED"], to: "CANCELLED", by: ["secretariat"], sets: ["cancelledAt"] },
});
export type MeetingMove = keyof typeof meetingMoves;
export const MEETING_MOVES = Object.keys(meetingMoves) as MeetingMove[];

/** Attendance is recorded once the members are convened, and corrected after the meeting. */
export const ATTENDANCE_OPEN: readonly MeetingStatus[] = ["CONVENED", "HELD"];

export const AGENDA_MAX = 4000;
export const PLACE_MAX = 200;
export const CANCEL_REASON_MAX = 500;
export const DECISION_TITLE_MAX = 200;
export const DECISION_TEXT_MAX = 4000;
export const MINUTES_MAX = 100_000;

/** The agenda's items, one a line, blanks dropped. */
export function agendaItems(agenda: string): string[] {
  return agenda
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

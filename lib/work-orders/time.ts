/**
 * Times of day as the planning's forms write them: minutes after midnight, "08:30". The days and
 * weeks they fall on are lib/core/calendar.ts's.
 */

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "08:30" → 510; null for anything else. */
export function parseTimeOfDay(text: string): number | null {
  const match = TIME_PATTERN.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 510 → "08:30" (what <input type="time"> reads and shows). */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A job's start as its lists write it: "08:30", or "Dans la journée" when it has no set time. */
export function formatStartTime(minutes: number | null): string {
  return minutes === null ? "Dans la journée" : formatTimeOfDay(minutes);
}

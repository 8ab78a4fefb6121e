/**
 * The planning's calendar: days are `@db.Date` values (00:00 UTC, lib/contracts/schedule.ts
 * `toDay`), weeks are ISO weeks written "2026-W49" in the URL, times of day are minutes after
 * midnight as the forms write them ("08:30"). Pure: pages, forms and tests share it.
 */
import { toDay } from "@/lib/contracts/schedule";

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(day: Date, days: number): Date {
  return new Date(toDay(day).getTime() + days * DAY_MS);
}

/** "2026-11-26": a `@db.Date` day as <input type="date"> and the URL write it (no zone: it is a day). */
export function isoDay(day: Date): string {
  return toDay(day).toISOString().slice(0, 10);
}

/** The Monday of the ISO week of `day`. */
export function mondayOf(day: Date): Date {
  const d = toDay(day);
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** "2026-W49" for the ISO week holding `day` (the week's year is that of its Thursday). */
export function isoWeek(day: Date): string {
  const thursday = addDays(mondayOf(day), 3);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The Monday of "2026-W49", or null for anything else (a week that year does not have included). */
export function parseIsoWeek(text: string | undefined): Date | null {
  const match = text ? WEEK_PATTERN.exec(text) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 2000 || year > 2100 || week < 1 || week > 53) return null;
  // 4 January is always in week 1.
  const monday = addDays(mondayOf(new Date(Date.UTC(year, 0, 4))), (week - 1) * 7);
  return isoWeek(monday) === text ? monday : null;
}

/** The seven days of the week starting on `monday`. */
export function weekDays(monday: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

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

/** 90 → "1 h 30", 45 → "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, "0")}`;
}

/**
 * The calendar every domain counts in: a day is a `@db.Date` value (its 00:00 UTC), a week an ISO
 * week written "2026-W49" in URLs. Only "today" depends on a zone, and it is today in Paris
 * whatever the server's zone. Pure: pages, forms, queries and tests share it.
 */
import { formatIsoDay } from "@/lib/format/dates";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A calendar day (its 00:00 UTC), from a Date or "YYYY-MM-DD" (anything else: an invalid Date).
 * A text makes one Date, its parsed time rounded down to its day (what reading its year, month and
 * day back through a second Date gave): pages read days by the hundred, and under Next's server
 * every Date made goes through its wrapper of the global constructor.
 */
export function toDay(value: Date | string): Date {
  if (typeof value === "string") {
    const time = Date.parse(`${value}T00:00:00Z`);
    return new Date(time - (((time % DAY_MS) + DAY_MS) % DAY_MS));
  }
  return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
}

export function addDays(day: Date, days: number): Date {
  return new Date(toDay(day).getTime() + days * DAY_MS);
}

/** "2026-11-26": a day as <input type="date">, the URL and the totals' keys write it (no zone: it is a day). */
export function isoDay(day: Date): string {
  return toDay(day).toISOString().slice(0, 10);
}

/** Today in Paris, as a day (00:00 UTC). */
export function parisToday(now = new Date()): Date {
  return new Date(`${formatIsoDay(now)}T00:00:00Z`);
}

/** The Monday of the ISO week of `day`. */
export function mondayOf(day: Date): Date {
  const d = toDay(day);
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** "2026-W49" for the ISO week holding `day` (the week's year is that of its Thursday: early January may be last year's). */
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

/*
 * Paris wall-clock times (a meeting's start, a mission's hours): the offset comes from Intl, so
 * summer and winter time are right whatever the server's zone.
 */
const parisOffsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" });
const parisLocalFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parisOffsetMinutes(instant: Date): number {
  const name = parisOffsetFormat.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant a Paris wall-clock time names ("2026-12-05", "09:30"). The offset is read at the
 * guess made with the offset of that moment, so a time on either side of a clock change is right
 * (a time the spring change skips reads as the hour after).
 */
export function parisInstant(day: string, time: string): Date {
  const wall = new Date(`${day}T${time}:00Z`).getTime();
  const first = wall - parisOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - parisOffsetMinutes(new Date(first)) * 60_000);
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of "2026-12-10T18:30" (as <input type="datetime-local"> writes it) in Paris, or null when it is not a real date and time. */
export function parseParisDateTime(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return parisInstant(value.slice(0, 10), value.slice(11));
}

/** "2026-12-10T18:30": the instant in Paris, as the datetime-local field shows it. */
export function toParisDateTimeInput(instant: Date): string {
  const parts = parisLocalFormat.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/** The year (Paris) of an instant: the membership year of a general assembly's members. */
export function parisYear(instant: Date): number {
  return Number(toParisDateTimeInput(instant).slice(0, 4));
}

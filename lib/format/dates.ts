import { lazyFormat } from "@/lib/format/lazy-format";
import { formatTenth, plural, pluralForm } from "@/lib/format/numbers";

/**
 * Dates as people in the Régie read them: French, Paris time, whatever the zone of the server or
 * of the phone that renders them (client components format on both sides, so the zone is fixed).
 * Every function takes a Date or an ISO string (dates cross to client components as strings).
 */
const PARIS = "Europe/Paris";

const dayFormat = lazyFormat(() => new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: PARIS }));
const longDayFormat = lazyFormat(() => new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: PARIS }));
const shortDayFormat = lazyFormat(() => new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: PARIS }));
const dayTimeFormat = lazyFormat(() => new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: PARIS }));
const timestampFormat = lazyFormat(() => new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: PARIS }));
// en-CA writes dates as YYYY-MM-DD, the format of <input type="date">.
const isoDayFormat = lazyFormat(() => new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: PARIS }));
// A month of the figures is a calendar month already computed in SQL: no zone to apply to it.
const monthFormat = lazyFormat(() => new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }));

/** "26 nov. 2026": the day of a report in lists and on its page. */
export function formatDay(date: Date | string): string {
  return dayFormat().format(new Date(date));
}

/** "26 novembre 2026": a day in a sentence (a role's dates, a deadline in a mail). */
export function formatLongDay(date: Date | string): string {
  return longDayFormat().format(new Date(date));
}

/** "26/11/2026": a day in a dense table. */
export function formatShortDay(date: Date | string): string {
  return shortDayFormat().format(new Date(date));
}

/** "26 novembre 2026 à 07:05", for the events of a report and the notifications. */
export function formatDayTime(date: Date | string): string {
  return dayTimeFormat().format(new Date(date));
}

/** "26/11/2026 07:05:03": the second an entry of a log was written. */
export function formatTimestamp(date: Date | string): string {
  return timestampFormat().format(new Date(date));
}

/** "2026-11-26": the day in Paris, as <input type="date"> reads and writes it. */
export function formatIsoDay(date: Date | string): string {
  return isoDayFormat().format(new Date(date));
}

/** "novembre 2026", from a month written "2026-11". */
export function formatMonth(month: string): string {
  return monthFormat().format(new Date(`${month}-01T00:00:00Z`));
}

/** "18 heures", "1 jour", "4 jours": a time to fix, rounded to what a resident cares about. */
export function formatDuration(seconds: number): string {
  const hours = seconds / 3600;
  if (hours < 24) return plural(Math.max(1, Math.round(hours)), "heure", "heures");
  return plural(Math.round(hours / 24), "jour", "jours");
}

/** "12,5 heures", "3,2 jours": a median delay for the staff, to a tenth, in hours up to two days. */
export function formatDelay(hours: number): string {
  if (hours >= 48) return `${formatTenth(hours / 24)} jours`;
  const shown = Math.round(hours * 10) / 10;
  return `${formatTenth(shown)} ${pluralForm(shown, "heure", "heures")}`;
}

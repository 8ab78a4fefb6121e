/**
 * Dates as people in the Régie read them: French, Paris time, whatever the zone of the server or
 * of the phone that renders them (client components format on both sides, so the zone is fixed).
 */
const dayFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeZone: "Europe/Paris" });

/** "26 nov. 2026", from a Date or an ISO string (dates cross to client components as strings). */
export function formatDay(date: Date | string): string {
  return dayFormat.format(new Date(date));
}

const dayTimeFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });

/** "26 novembre 2026 à 07:05", for the events of a report and the notifications. */
export function formatDayTime(date: Date | string): string {
  return dayTimeFormat.format(new Date(date));
}

/** "18 heures", "1 jour", "4 jours": a time to fix, rounded to what a resident cares about. */
export function formatDuration(seconds: number): string {
  const hours = seconds / 3600;
  if (hours < 24) {
    const h = Math.max(1, Math.round(hours));
    return `${h} heure${h > 1 ? "s" : ""}`;
  }
  const days = Math.round(hours / 24);
  return `${days} jour${days > 1 ? "s" : ""}`;
}

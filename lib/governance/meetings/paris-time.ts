/**
 * A meeting's start as <input type="datetime-local"> writes it ("2026-12-10T18:30"), read as
 * Paris time, and back. Pure: the offset comes from Intl, so summer and winter time are right
 * whatever the server's zone.
 */
const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" });
const localFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of "2026-12-10T18:30" in Paris, or null when it is not a real date and time. */
export function parseParisDateTime(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset at the guessed instant, then again at the result (the hours around a change of time).
  const first = new Date(asUtc - offsetMinutes(new Date(asUtc)) * 60_000);
  return new Date(asUtc - offsetMinutes(first) * 60_000);
}

/** "2026-12-10T18:30": the instant in Paris, as the datetime-local field shows it. */
export function toParisDateTimeInput(instant: Date): string {
  const parts = localFormat.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/** The year (Paris) of an instant: the membership year of a general assembly's members. */
export function parisYear(instant: Date): number {
  return Number(toParisDateTimeInput(instant).slice(0, 4));
}

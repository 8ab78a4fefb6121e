import { formatNumber } from "@/lib/format/numbers";

/**
 * Worked time as the Régie writes it: "7 h 30", "38 h", "0 h 45". Minutes come from time entries
 * (whole minutes); a total is never rounded.
 */
export function formatWorkedTime(minutes: number): string {
  const sign = minutes < 0 ? "−" : "";
  const whole = Math.abs(Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  // The shared formatter: building an Intl.NumberFormat costs more than formatting with it.
  const hoursText = formatNumber(hours);
  return rest === 0 ? `${sign}${hoursText} h` : `${sign}${hoursText} h ${String(rest).padStart(2, "0")}`;
}

/**
 * The length of a job or of a contract line's visit: "45 min" under an hour, else as worked time
 * ("1 h 30", "2 h"). Totals keep "0 h 45", so that a column of them reads alike.
 */
export function formatMinutes(minutes: number): string {
  return Math.abs(minutes) < 60 ? `${minutes} min` : formatWorkedTime(minutes);
}

/** Weekly hours of a contract: "35 h", "26 h 30" (decimal hours from the employee's record). */
export function formatWeeklyHours(hours: number): string {
  return formatWorkedTime(Math.round(hours * 60));
}

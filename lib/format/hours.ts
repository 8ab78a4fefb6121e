/**
 * Worked time as the Régie writes it: "7 h 30", "38 h", "0 h 45". Minutes come from time entries
 * (whole minutes); a total is never rounded.
 */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? "−" : "";
  const whole = Math.abs(Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const hoursText = new Intl.NumberFormat("fr-FR").format(hours);
  return rest === 0 ? `${sign}${hoursText} h` : `${sign}${hoursText} h ${String(rest).padStart(2, "0")}`;
}

/** Weekly hours of a contract: "35 h", "26 h 30" (decimal hours from the employee's record). */
export function formatWeeklyHours(hours: number): string {
  return formatMinutes(Math.round(hours * 60));
}

import { toDay } from "@/lib/core/calendar";

/**
 * `toDay` for the days a read brings back as text ("2026-12-07"), each distinct day made once and
 * shared by its rows (the code never changes a Date in place). A team's week names seven days in
 * a hundred rows, and under Next's server a Date costs more to make than the rest of a row: Next
 * wraps the global `Date`, and `toDay` of a text makes two of them through it (several µs each
 * time, against a fraction of one for a lookup).
 */
export function dayReader(): (text: string) => Date {
  const days = new Map<string, Date>();
  return (text) => {
    let day = days.get(text);
    if (day === undefined) {
      day = toDay(text);
      days.set(text, day);
    }
    return day;
  };
}

import { describe, expect, it } from "vitest";
import { msUntilParisHour } from "@/lib/scheduling/daily-job";

const HOUR = 3_600_000;

describe("a night job's first run", () => {
  it("waits for the next 4 o'clock in Paris, winter and summer time", () => {
    // 2 December, 03:00 in Paris (UTC+1): one hour to wait.
    expect(msUntilParisHour(4, new Date("2026-12-02T02:00:00Z"))).toBe(HOUR);
    // 1 July, 03:30 in Paris (UTC+2): half an hour.
    expect(msUntilParisHour(4, new Date("2026-07-01T01:30:00Z"))).toBe(HOUR / 2);
    // 14:00 in Paris: fourteen hours, to tomorrow's 4 o'clock.
    expect(msUntilParisHour(4, new Date("2026-12-02T13:00:00Z"))).toBe(14 * HOUR);
  });

  it("at 4 o'clock exactly, waits a whole day rather than running twice", () => {
    expect(msUntilParisHour(4, new Date("2026-12-02T03:00:00Z"))).toBe(24 * HOUR);
  });
});

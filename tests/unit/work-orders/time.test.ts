import { describe, expect, it } from "vitest";
import { generationWindow } from "@/lib/work-orders/generation";
import { formatStartTime, formatTimeOfDay, parseTimeOfDay } from "@/lib/work-orders/time";
import { addDays, toDay } from "@/lib/core/calendar";

describe("times of day", () => {
  it("reads and writes 08:30", () => {
    expect(parseTimeOfDay("08:30")).toBe(510);
    expect(parseTimeOfDay("24:00")).toBeNull();
    expect(parseTimeOfDay("8h30")).toBeNull();
    expect(formatTimeOfDay(510)).toBe("08:30");
  });
});

describe("formatStartTime", () => {
  it("writes a job's start, or says it has none", () => {
    expect(formatStartTime(8 * 60 + 5)).toBe("08:05");
    expect(formatStartTime(0)).toBe("00:00");
    expect(formatStartTime(null)).toBe("Dans la journée");
  });
});

describe("generationWindow", () => {
  it("runs from today for whole weeks, both ends included, at most 12 weeks", () => {
    expect(generationWindow(new Date("2026-12-07T23:30:00Z"), 4)).toEqual({ from: toDay("2026-12-07"), to: toDay("2027-01-03") });
    expect(generationWindow(new Date("2026-12-07T08:00:00Z"), 1)).toEqual({ from: toDay("2026-12-07"), to: toDay("2026-12-13") });
    expect(generationWindow(toDay("2026-12-07"), 40).to).toEqual(addDays(toDay("2026-12-07"), 12 * 7 - 1));
  });
});

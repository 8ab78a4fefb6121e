import { describe, expect, it } from "vitest";
import { generationWindow } from "@/lib/work-orders/generation";
import { addDays, formatMinutes, formatTimeOfDay, isoWeek, mondayOf, parseIsoWeek, parseTimeOfDay } from "@/lib/work-orders/time";
import { toDay } from "@/lib/contracts/schedule";

describe("ISO weeks", () => {
  it("names and reads weeks, the year's edges included", () => {
    expect(isoWeek(toDay("2026-12-02"))).toBe("2026-W49");
    expect(parseIsoWeek("2026-W49")).toEqual(toDay("2026-11-30"));
    // 1 Jan 2027 is a Friday: it belongs to 2026's week 53.
    expect(isoWeek(toDay("2027-01-01"))).toBe("2026-W53");
    expect(parseIsoWeek("2026-W53")).toEqual(toDay("2026-12-28"));
    expect(isoWeek(toDay("2027-01-04"))).toBe("2027-W01");
    expect(mondayOf(toDay("2026-12-06"))).toEqual(toDay("2026-11-30"));
  });

  it("ignores a week that does not exist or is badly written", () => {
    expect(parseIsoWeek("2027-W53")).toBeNull();
    expect(parseIsoWeek("2026-W00")).toBeNull();
    expect(parseIsoWeek("2026-49")).toBeNull();
    expect(parseIsoWeek(undefined)).toBeNull();
  });
});

describe("times of day", () => {
  it("reads and writes 08:30", () => {
    expect(parseTimeOfDay("08:30")).toBe(510);
    expect(parseTimeOfDay("24:00")).toBeNull();
    expect(parseTimeOfDay("8h30")).toBeNull();
    expect(formatTimeOfDay(510)).toBe("08:30");
    expect(formatMinutes(90)).toBe("1 h 30");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(120)).toBe("2 h");
  });
});

describe("generationWindow", () => {
  it("runs from today for whole weeks, both ends included, at most 12 weeks", () => {
    expect(generationWindow(new Date("2026-12-07T23:30:00Z"), 4)).toEqual({ from: toDay("2026-12-07"), to: toDay("2027-01-03") });
    expect(generationWindow(new Date("2026-12-07T08:00:00Z"), 1)).toEqual({ from: toDay("2026-12-07"), to: toDay("2026-12-13") });
    expect(generationWindow(toDay("2026-12-07"), 40).to).toEqual(addDays(toDay("2026-12-07"), 12 * 7 - 1));
  });
});

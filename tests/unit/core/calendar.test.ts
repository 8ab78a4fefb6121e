import { describe, expect, it } from "vitest";
import { addDays, isoDay, isoWeek, mondayOf, parisToday, parseIsoWeek, toDay, weekDays } from "@/lib/core/calendar";

/** The calendar every domain counts in: days at 00:00 UTC, ISO weeks, today in Paris. */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("days", () => {
  it("reads a day from a Date at any hour or from its ISO text, and writes it back", () => {
    expect(toDay(new Date("2026-11-26T23:59:00Z"))).toEqual(day("2026-11-26"));
    expect(toDay("2026-11-26")).toEqual(day("2026-11-26"));
    expect(toDay("1969-07-20")).toEqual(day("1969-07-20"));
    expect(toDay("2026-11-26").getTime() % (24 * 60 * 60 * 1000)).toBe(0);
    expect(isoDay(new Date("2026-11-26T23:59:00Z"))).toBe("2026-11-26");
  });

  it("reads badly written days as invalid dates", () => {
    for (const text of ["", "26/11/2026", "2026-13-01", "2026-11-26T10:00"]) expect(Number.isNaN(toDay(text).getTime())).toBe(true);
  });

  it("adds days across months, years and the change to summer time", () => {
    expect(addDays(day("2026-11-30"), 1)).toEqual(day("2026-12-01"));
    expect(addDays(day("2027-01-01"), -1)).toEqual(day("2026-12-31"));
    expect(addDays(day("2027-03-27"), 2)).toEqual(day("2027-03-29"));
  });

  it("lists a week's seven days from its Monday", () => {
    expect(weekDays(day("2026-11-30")).map(iso)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
  });
});

describe("ISO weeks", () => {
  it.each([
    ["2026-11-30", "2026-W49"],
    ["2026-12-06", "2026-W49"],
    ["2026-12-07", "2026-W50"],
    ["2027-01-01", "2026-W53"],
    ["2027-01-04", "2027-W01"],
    ["2025-12-29", "2026-W01"],
  ])("%s is in %s", (date, key) => {
    expect(isoWeek(day(date))).toBe(key);
  });

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

describe("today in Paris", () => {
  it("is already tomorrow at 23:30 UTC, and still today at 22:30 UTC in winter", () => {
    expect(iso(parisToday(new Date("2026-11-29T23:30:00Z")))).toBe("2026-11-30");
    expect(iso(parisToday(new Date("2026-11-29T22:30:00Z")))).toBe("2026-11-29");
  });

  it("turns at 22:00 UTC in summer", () => {
    expect(iso(parisToday(new Date("2026-06-30T22:00:00Z")))).toBe("2026-07-01");
  });
});

import { describe, expect, it } from "vitest";
import { parisInstant, parisYear, parseParisDateTime, toParisDateTimeInput } from "@/lib/core/calendar";

describe("Paris date and time", () => {
  it("reads winter and summer times", () => {
    expect(parisInstant("2026-12-05", "09:30").toISOString()).toBe("2026-12-05T08:30:00.000Z");
    expect(parisInstant("2026-07-14", "09:30").toISOString()).toBe("2026-07-14T07:30:00.000Z");
    expect(parseParisDateTime("2026-12-10T18:30")?.toISOString()).toBe("2026-12-10T17:30:00.000Z");
    expect(parseParisDateTime("2026-06-10T18:30")?.toISOString()).toBe("2026-06-10T16:30:00.000Z");
  });

  it("is right on both sides of the spring change (late March: 02:00 becomes 03:00)", () => {
    // 29 March 2026 is the last Sunday of March.
    expect(parisInstant("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(parisInstant("2026-03-29", "03:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // The skipped half hour reads as the hour after (03:30 summer time).
    expect(parisInstant("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(parisInstant("2026-03-28", "09:30").toISOString()).toBe("2026-03-28T08:30:00.000Z");
    expect(parisInstant("2026-03-30", "09:30").toISOString()).toBe("2026-03-30T07:30:00.000Z");
  });

  it("is right on both sides of the autumn change (late October: 03:00 becomes 02:00)", () => {
    // 25 October 2026 is the last Sunday of October.
    expect(parisInstant("2026-10-25", "01:30").toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(parisInstant("2026-10-25", "03:30").toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(parisInstant("2026-10-24", "09:30").toISOString()).toBe("2026-10-24T07:30:00.000Z");
    expect(parisInstant("2026-10-26", "09:30").toISOString()).toBe("2026-10-26T08:30:00.000Z");
    // Midnight on each side: the bounds of "tomorrow" for the missions' reminders.
    expect(parisInstant("2026-10-25", "00:00").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(parisInstant("2026-10-26", "00:00").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("refuses what is not a real date and time", () => {
    expect(parseParisDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseParisDateTime("2026-12-10 18:30")).toBeNull();
    expect(parseParisDateTime("2026-12-10T24:00")).toBeNull();
  });

  it("writes an instant back as the field shows it, and its Paris year", () => {
    expect(toParisDateTimeInput(new Date("2026-06-10T16:30:00Z"))).toBe("2026-06-10T18:30");
    expect(toParisDateTimeInput(new Date("2026-12-10T17:30:00Z"))).toBe("2026-12-10T18:30");
    expect(parisYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
  });
});

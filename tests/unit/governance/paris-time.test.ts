import { describe, expect, it } from "vitest";
import { parseParisDateTime, toParisDateTimeInput } from "@/lib/governance/meetings/paris-time";

describe("Paris date and time", () => {
  it("reads winter and summer times", () => {
    expect(parseParisDateTime("2026-12-10T18:30")?.toISOString()).toBe("2026-12-10T17:30:00.000Z");
    expect(parseParisDateTime("2026-06-10T18:30")?.toISOString()).toBe("2026-06-10T16:30:00.000Z");
  });

  it("refuses what is not a real date and time", () => {
    expect(parseParisDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseParisDateTime("2026-12-10 18:30")).toBeNull();
    expect(parseParisDateTime("2026-12-10T24:00")).toBeNull();
  });

  it("writes an instant back as the field shows it", () => {
    expect(toParisDateTimeInput(new Date("2026-06-10T16:30:00Z"))).toBe("2026-06-10T18:30");
    expect(toParisDateTimeInput(new Date("2026-12-10T17:30:00Z"))).toBe("2026-12-10T18:30");
  });
});

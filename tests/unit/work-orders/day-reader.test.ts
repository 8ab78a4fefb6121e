import { describe, expect, it } from "vitest";
import { toDay } from "@/lib/core/calendar";
import { dayReader } from "@/lib/work-orders/day-reader";

describe("dayReader", () => {
  it("reads a day as toDay does, each distinct day made once", () => {
    const day = dayReader();
    const first = day("2026-12-07");
    expect(first).toEqual(toDay("2026-12-07"));
    expect(day("2026-12-07")).toBe(first);
    expect(day("2026-12-08")).toEqual(toDay("2026-12-08"));
    expect(day("2026-12-08")).not.toBe(first);
    // Another read starts afresh.
    expect(dayReader()("2026-12-07")).not.toBe(first);
  });
});

import { describe, expect, it } from "vitest";
import { DAY_PREVIEW, pickDay, previewDay } from "@/lib/work-orders/day-preview";

describe("previewDay", () => {
  const jobs = Array.from({ length: DAY_PREVIEW + 3 }, (_, i) => i);

  it("shows a busy day's first jobs and counts the others", () => {
    expect(previewDay(jobs, false)).toEqual({ shown: jobs.slice(0, DAY_PREVIEW), hidden: jobs.slice(DAY_PREVIEW) });
  });

  it("shows every job of an opened day, and of a day within the limit", () => {
    expect(previewDay(jobs, true)).toEqual({ shown: jobs, hidden: [] });
    expect(previewDay(jobs.slice(0, DAY_PREVIEW), false)).toEqual({ shown: jobs.slice(0, DAY_PREVIEW), hidden: [] });
  });
});

describe("pickDay", () => {
  const days = ["2026-11-30", "2026-12-01"];
  it("takes a day of the list only", () => {
    expect(pickDay("2026-12-01", days)).toBe("2026-12-01");
    expect(pickDay("2026-12-08", days)).toBeNull();
    expect(pickDay(["2026-12-01"], days)).toBeNull();
    expect(pickDay(undefined, days)).toBeNull();
  });
});

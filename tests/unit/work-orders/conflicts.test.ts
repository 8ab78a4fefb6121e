import { describe, expect, it } from "vitest";
import { findConflicts, type ConflictJob } from "@/lib/work-orders/conflicts";
import { toDay } from "@/lib/core/calendar";

const job = (id: string, date: string, start: number | null, duration: number, employeeIds: string[]): ConflictJob => ({
  id,
  number: Number(id.replace(/\D/g, "")) || 1,
  scheduledDate: toDay(date),
  startMinutes: start,
  durationMinutes: duration,
  employeeIds,
});

describe("findConflicts", () => {
  it("flags both jobs of an employee whose times overlap the same day", () => {
    const found = findConflicts([job("j1", "2026-12-08", 540, 120, ["e1"]), job("j2", "2026-12-08", 600, 60, ["e1", "e2"])], []);
    expect(found.get("j1")).toEqual([{ kind: "overlap", employeeId: "e1", otherId: "j2", otherNumber: 2 }]);
    expect(found.get("j2")).toEqual([{ kind: "overlap", employeeId: "e1", otherId: "j1", otherNumber: 1 }]);
  });

  it("back to back is no overlap; another day, another person or no start time is none either", () => {
    expect(findConflicts([job("j1", "2026-12-08", 540, 60, ["e1"]), job("j2", "2026-12-08", 600, 60, ["e1"])], []).size).toBe(0);
    expect(findConflicts([job("j1", "2026-12-08", 540, 60, ["e1"]), job("j2", "2026-12-09", 540, 60, ["e1"])], []).size).toBe(0);
    expect(findConflicts([job("j1", "2026-12-08", 540, 60, ["e1"]), job("j2", "2026-12-08", 540, 60, ["e2"])], []).size).toBe(0);
    expect(findConflicts([job("j1", "2026-12-08", null, 60, ["e1"]), job("j2", "2026-12-08", 540, 60, ["e1"])], []).size).toBe(0);
  });

  it("flags an absent employee on every day the absence covers, its ends included", () => {
    const absence = { employeeId: "e1", startsOn: toDay("2026-12-08"), endsOn: toDay("2026-12-10"), kind: "LEAVE" as const };
    const jobs = ["2026-12-07", "2026-12-08", "2026-12-10", "2026-12-11"].map((d, i) => job(`j${i + 1}`, d, null, 60, ["e1"]));
    const found = findConflicts(jobs, [absence]);
    expect([...found.keys()].sort()).toEqual(["j2", "j3"]);
    expect(found.get("j2")).toEqual([{ kind: "absent", employeeId: "e1", absence: "LEAVE" }]);
  });
});

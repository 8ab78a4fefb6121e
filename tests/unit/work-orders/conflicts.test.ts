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

  describe("team-only jobs (a team, nobody named)", () => {
    const member = (employeeId: string, teamId = "t1", startsOn = "2026-01-05", endsOn: string | null = null) => ({
      employeeId,
      teamId,
      startsOn: toDay(startsOn),
      endsOn: endsOn === null ? null : toDay(endsOn),
    });
    const absent = (employeeId: string, from = "2026-12-08", to = from) => ({ employeeId, startsOn: toDay(from), endsOn: toDay(to), kind: "SICKNESS" as const });
    const teams = (members: ReturnType<typeof member>[], jobTeams: [string, string][] = [["j1", "t1"]]) => ({ jobTeams: new Map(jobTeams), members });

    it("warns when every member employed that day is absent", () => {
      const found = findConflicts([job("j1", "2026-12-08", 540, 60, [])], [absent("e1"), absent("e2", "2026-12-01", "2026-12-31")], teams([member("e1"), member("e2")]));
      expect(found.get("j1")).toEqual([{ kind: "teamAbsent", teamId: "t1", members: 2 }]);
    });

    it("is no warning while one member is there, nor on a day the absences do not cover", () => {
      const members = teams([member("e1"), member("e2")]);
      expect(findConflicts([job("j1", "2026-12-08", 540, 60, [])], [absent("e1")], members).size).toBe(0);
      expect(findConflicts([job("j1", "2026-12-09", 540, 60, [])], [absent("e1"), absent("e2")], members).size).toBe(0);
    });

    it("counts only members employed that day; a team with nobody employed warns with members 0", () => {
      // e2 left before the day, e3 starts after it: e1, absent, was the only one.
      const members = teams([member("e1"), member("e2", "t1", "2026-01-05", "2026-11-30"), member("e3", "t1", "2026-12-15")]);
      expect(findConflicts([job("j1", "2026-12-08", 540, 60, [])], [absent("e1")], members).get("j1")).toEqual([{ kind: "teamAbsent", teamId: "t1", members: 1 }]);
      expect(findConflicts([job("j1", "2026-12-08", 540, 60, [])], [], teams([])).get("j1")).toEqual([{ kind: "teamAbsent", teamId: "t1", members: 0 }]);
    });

    it("another team's members and absences do not count", () => {
      const found = findConflicts([job("j1", "2026-12-08", 540, 60, [])], [absent("e1")], teams([member("e1"), member("e9", "t2")]));
      expect(found.get("j1")).toEqual([{ kind: "teamAbsent", teamId: "t1", members: 1 }]);
    });

    it("is nobody's overlap: a member named on a job of the same hour is in no conflict with the team's job", () => {
      const found = findConflicts([job("j1", "2026-12-08", 540, 60, []), job("j2", "2026-12-08", 540, 60, ["e1"])], [], teams([member("e1")]));
      expect(found.size).toBe(0);
    });

    it("a job with named people, or with no team, is left to the named rules", () => {
      expect(findConflicts([job("j1", "2026-12-08", 540, 60, ["e1"])], [], teams([])).size).toBe(0);
      expect(findConflicts([job("j1", "2026-12-08", 540, 60, [])], [], teams([], [])).size).toBe(0);
    });
  });
});

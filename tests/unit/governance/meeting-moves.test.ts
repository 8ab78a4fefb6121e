import { describe, expect, it } from "vitest";
import { ambiguousMoves, findMove, targetsFrom } from "@/lib/core/moves";
import { agendaItems, meetingMoves } from "@/lib/governance/meetings/moves";

describe("a meeting's moves", () => {
  it("give each target one move", () => {
    expect(ambiguousMoves(meetingMoves)).toEqual([]);
  });

  it("convene a planned meeting, hold a convened one, cancel either, and nothing after", () => {
    expect(targetsFrom(meetingMoves, "secretariat", "PLANNED")).toEqual(["CONVENED", "CANCELLED"]);
    expect(targetsFrom(meetingMoves, "secretariat", "CONVENED")).toEqual(["HELD", "CANCELLED"]);
    expect(targetsFrom(meetingMoves, "secretariat", "HELD")).toEqual([]);
    expect(targetsFrom(meetingMoves, "secretariat", "CANCELLED")).toEqual([]);
    expect(findMove(meetingMoves, "secretariat", "PLANNED", "HELD")).toBeNull();
  });

  it("read the agenda one item a line, blanks dropped", () => {
    expect(agendaItems("Budget\r\n\n  Questions diverses  \n")).toEqual(["Budget", "Questions diverses"]);
  });
});

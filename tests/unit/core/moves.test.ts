import { describe, expect, it } from "vitest";
import { ambiguousMoves, defineMoves, findMove, moveData, moveFields, movesFrom, targetsFrom } from "@/lib/core/moves";

type State = "DRAFT" | "OPEN" | "DONE" | "CANCELLED";
type Kind = "staff" | "partner";

const moves = defineMoves<State, Kind>()({
  open: { from: ["DRAFT"], to: "OPEN", by: ["staff"], setsOnce: ["openedAt"] },
  finish: { from: ["OPEN"], to: "DONE", by: ["staff", "partner"], sets: ["doneAt"] },
  cancel: { from: ["DRAFT", "OPEN"], to: "CANCELLED", by: ["staff"], clears: ["doneAt", "reason"] },
});

describe("a table of moves", () => {
  it("lists the moves and targets an actor kind has from a state, in the table's order", () => {
    expect(movesFrom(moves, "staff", "OPEN")).toEqual(["finish", "cancel"]);
    expect(movesFrom(moves, "partner", "OPEN")).toEqual(["finish"]);
    expect(movesFrom(moves, "partner", "DRAFT")).toEqual([]);
    expect(targetsFrom(moves, "staff", "DRAFT")).toEqual(["OPEN", "CANCELLED"]);
    expect(targetsFrom(moves, "staff", "DONE")).toEqual([]);
  });

  it("finds the one move from a state to another for an actor kind, or none", () => {
    expect(findMove(moves, "staff", "DRAFT", "OPEN")).toBe("open");
    expect(findMove(moves, "partner", "OPEN", "DONE")).toBe("finish");
    expect(findMove(moves, "partner", "DRAFT", "OPEN")).toBeNull();
    expect(findMove(moves, "staff", "DONE", "OPEN")).toBeNull();
  });

  it("reports two moves that lead the same actor kind between the same states", () => {
    expect(ambiguousMoves(moves)).toEqual([]);
    const clashing = defineMoves<State, Kind>()({
      ...moves,
      abandon: { from: ["OPEN"], to: "CANCELLED", by: ["staff", "partner"] },
    });
    expect(ambiguousMoves(clashing)).toEqual(["staff: OPEN → CANCELLED (cancel, abandon)"]);
  });

  it("writes the state, sets the dates, sets once what is not set yet, and empties what it clears", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    const before = new Date("2026-11-01T10:00:00Z");
    expect(moveData(moves.open, { openedAt: null }, now)).toEqual({ status: "OPEN", openedAt: now });
    expect(moveData(moves.open, { openedAt: before }, now)).toEqual({ status: "OPEN" });
    expect(moveData(moves.finish, { doneAt: before }, now)).toEqual({ status: "DONE", doneAt: now });
    expect(moveData(moves.cancel, { doneAt: before, reason: "x" }, now)).toEqual({ status: "CANCELLED", doneAt: null, reason: null });
  });

  it("names every field a move may write, even those it leaves alone this time (a date already set once)", () => {
    expect(moveFields(moves.open)).toEqual(["status", "openedAt"]);
    expect(moveFields(moves.finish)).toEqual(["status", "doneAt"]);
    expect(moveFields(moves.cancel)).toEqual(["status", "doneAt", "reason"]);
  });
});

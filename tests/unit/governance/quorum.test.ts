import { describe, expect, it } from "vitest";
import { computeQuorum, quorumPercent, quorumText } from "@/lib/governance/meetings/quorum";

const statutes = { quorumAssemblyPercent: 25, quorumBoardPercent: 50, quorumOtherPercent: 60, proxiesCountForQuorum: true };

describe("quorum", () => {
  it("takes the statutes' percent for the kind of body", () => {
    expect(quorumPercent("GENERAL_ASSEMBLY", statutes)).toBe(25);
    expect(quorumPercent("BOARD", statutes)).toBe(50);
    expect(quorumPercent("BUREAU", statutes)).toBe(60);
    expect(quorumPercent("COMMISSION", statutes)).toBe(60);
  });

  it("rounds the required number up, exactly at whole numbers", () => {
    expect(computeQuorum({ kind: "BOARD", statutes, members: 10, present: 5, represented: 0 })).toEqual({ members: 10, required: 5, counted: 5, reached: true });
    expect(computeQuorum({ kind: "BOARD", statutes, members: 11, present: 5, represented: 0 }).required).toBe(6);
    expect(computeQuorum({ kind: "BOARD", statutes, members: 11, present: 5, represented: 0 }).reached).toBe(false);
  });

  it("counts proxies when the statutes say so, and not otherwise", () => {
    expect(computeQuorum({ kind: "BOARD", statutes, members: 10, present: 3, represented: 2 })).toMatchObject({ counted: 5, reached: true });
    const without = { ...statutes, proxiesCountForQuorum: false };
    expect(computeQuorum({ kind: "BOARD", statutes: without, members: 10, present: 3, represented: 2 })).toMatchObject({ counted: 3, reached: false });
  });

  it("never reaches the quorum of a body without members", () => {
    expect(computeQuorum({ kind: "BOARD", statutes, members: 0, present: 0, represented: 0 }).reached).toBe(false);
  });

  it("says it in words", () => {
    expect(quorumText({ required: 10, counted: 11, reached: true })).toBe("Quorum atteint : 11 sur 10 requis");
    expect(quorumText({ required: 10, counted: 4, reached: false })).toBe("Quorum non atteint : 4 sur 10 requis");
  });
});

import { describe, expect, it } from "vitest";
import { ambiguousMoves, findMove, moveData, targetsFrom } from "@/lib/core/moves";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { PARTNER_ACTIONS, REPORT_ACTOR_KINDS, REPORT_STATUSES, STAFF_TRANSITIONS, canPartnerApply, reportMoves } from "@/lib/reports/model";

/**
 * The reports' one table of moves (lib/reports/model.ts) against the rules it replaced: the staff
 * table, the partner's two actions and the author's answer were three tables before
 * (`git show 4d6920a:lib/reports/status.ts`, lib/reports/service.ts); the table must allow exactly
 * what they allowed.
 */

/** The staff table as it was written by hand before the table of moves. */
const OLD_STAFF_TRANSITIONS: Record<ReportStatus, readonly ReportStatus[]> = {
  NEW: ["ACKNOWLEDGED", "ROUTED", "PLANNED", "RESOLVED", "REJECTED", "DUPLICATE"],
  ACKNOWLEDGED: ["ROUTED", "PLANNED", "RESOLVED", "REJECTED", "DUPLICATE"],
  ROUTED: ["ACKNOWLEDGED", "PLANNED", "RESOLVED", "REJECTED", "DUPLICATE"],
  PLANNED: ["ACKNOWLEDGED", "ROUTED", "RESOLVED", "DUPLICATE"],
  RESOLVED: ["CLOSED", "ACKNOWLEDGED"],
  CLOSED: ["ACKNOWLEDGED"],
  REJECTED: ["ACKNOWLEDGED"],
  DUPLICATE: ["ACKNOWLEDGED"],
};

/** The partner's two actions as they were. */
const OLD_PARTNER_ACTIONS = {
  "take-in-hand": { to: "PLANNED", from: ["NEW", "ACKNOWLEDGED", "ROUTED"] },
  resolve: { to: "RESOLVED", from: ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED"] },
} as const;

/** The author's answers as they were (residentTransition): only a resolved report, to closed or back to acknowledged. */
const OLD_AUTHOR_TARGETS: Record<ReportStatus, readonly ReportStatus[]> = {
  NEW: [],
  ACKNOWLEDGED: [],
  ROUTED: [],
  PLANNED: [],
  RESOLVED: ["ACKNOWLEDGED", "CLOSED"],
  CLOSED: [],
  REJECTED: [],
  DUPLICATE: [],
};

const sorted = (statuses: readonly ReportStatus[]) => [...statuses].sort();

describe("the reports' table of moves", () => {
  it("leads each actor kind from one status to another by one move at most", () => {
    expect(ambiguousMoves(reportMoves)).toEqual([]);
  });

  it("gives staff exactly the old staff table", () => {
    expect(Object.keys(STAFF_TRANSITIONS).sort()).toEqual([...REPORT_STATUSES].sort());
    for (const from of REPORT_STATUSES) expect(sorted(STAFF_TRANSITIONS[from]), from).toEqual(sorted(OLD_STAFF_TRANSITIONS[from]));
  });

  it("gives a partner exactly its two old actions, from the same statuses", () => {
    expect(Object.keys(PARTNER_ACTIONS).sort()).toEqual(Object.keys(OLD_PARTNER_ACTIONS).sort());
    for (const from of REPORT_STATUSES) {
      const old = Object.values(OLD_PARTNER_ACTIONS)
        .filter((action) => (action.from as readonly ReportStatus[]).includes(from))
        .map((action) => action.to);
      expect(sorted(targetsFrom(reportMoves, "partner", from)), from).toEqual(sorted(old));
      for (const [action, rule] of Object.entries(OLD_PARTNER_ACTIONS) as [keyof typeof OLD_PARTNER_ACTIONS, (typeof OLD_PARTNER_ACTIONS)[keyof typeof OLD_PARTNER_ACTIONS]][]) {
        expect(canPartnerApply(from, action), `${action} from ${from}`).toBe((rule.from as readonly ReportStatus[]).includes(from));
        expect(reportMoves[PARTNER_ACTIONS[action]].to).toBe(rule.to);
      }
    }
  });

  it("gives the author exactly the old answers to a resolution", () => {
    for (const from of REPORT_STATUSES) expect(sorted(targetsFrom(reportMoves, "author", from)), from).toEqual(sorted(OLD_AUTHOR_TARGETS[from]));
    expect(findMove(reportMoves, "author", "RESOLVED", "CLOSED")).toBe("close");
    expect(findMove(reportMoves, "author", "RESOLVED", "ACKNOWLEDGED")).toBe("reportNotFixed");
  });

  it("names only the three actor kinds", () => {
    for (const rule of Object.values(reportMoves)) for (const kind of rule.by) expect(REPORT_ACTOR_KINDS).toContain(kind);
  });
});

describe("the dates each move writes", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  const earlier = new Date("2026-11-01T10:00:00Z");
  const dealtWith = { acknowledgedAt: earlier, resolvedAt: earlier, closedAt: earlier, rejectionReason: "Hors périmètre." };

  it("acknowledging sets the first acknowledgement once and empties an earlier outcome", () => {
    expect(moveData(reportMoves.acknowledge, { acknowledgedAt: null }, now)).toEqual({
      status: "ACKNOWLEDGED",
      acknowledgedAt: now,
      resolvedAt: null,
      closedAt: null,
      rejectionReason: null,
    });
    expect(moveData(reportMoves.acknowledge, { acknowledgedAt: earlier }, now)).toEqual({ status: "ACKNOWLEDGED", resolvedAt: null, closedAt: null, rejectionReason: null });
  });

  it("staff reopening does what acknowledging did, and sets reopenedAt as the author's reopening does", () => {
    expect(moveData(reportMoves.reopen, dealtWith, now)).toEqual({ status: "ACKNOWLEDGED", reopenedAt: now, resolvedAt: null, closedAt: null, rejectionReason: null });
    expect(moveData(reportMoves.reportNotFixed, dealtWith, now)).toEqual({ status: "ACKNOWLEDGED", reopenedAt: now, resolvedAt: null });
  });

  it("routing acknowledges a report not yet acknowledged; resolving and closing set their dates", () => {
    expect(moveData(reportMoves.route, { acknowledgedAt: null }, now)).toEqual({ status: "ROUTED", acknowledgedAt: now });
    expect(moveData(reportMoves.route, { acknowledgedAt: earlier }, now)).toEqual({ status: "ROUTED" });
    expect(moveData(reportMoves.resolve, {}, now)).toEqual({ status: "RESOLVED", resolvedAt: now });
    expect(moveData(reportMoves.close, {}, now)).toEqual({ status: "CLOSED", closedAt: now });
  });

  it("planning, rejecting and marking a duplicate write the status only (a rejection's reason comes from the form)", () => {
    expect(moveData(reportMoves.plan, dealtWith, now)).toEqual({ status: "PLANNED" });
    expect(moveData(reportMoves.reject, dealtWith, now)).toEqual({ status: "REJECTED" });
    expect(moveData(reportMoves.markDuplicate, dealtWith, now)).toEqual({ status: "DUPLICATE" });
  });
});

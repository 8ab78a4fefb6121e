import { describe, expect, it } from "vitest";
import {
  COMMENT_REQUIRED,
  NOT_RESOLVED,
  REOPEN_WINDOW_DAYS,
  REOPEN_WINDOW_OVER,
  REPORT_STATUSES,
  REPORT_STATUS_LABELS,
  STAFF_TRANSITIONS,
  canStaffTransition,
  canStillReopen,
  isOpen,
  residentTransition,
} from "@/lib/reports/model";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-25T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe("residentTransition", () => {
  it("closes a resolved report the resident confirms fixed, whenever it was resolved", () => {
    expect(residentTransition({ status: "RESOLVED", resolvedAt: daysAgo(1) }, "fixed", null, now)).toEqual({ ok: true, to: "CLOSED" });
    expect(residentTransition({ status: "RESOLVED", resolvedAt: daysAgo(90) }, "fixed", null, now)).toEqual({ ok: true, to: "CLOSED" });
  });

  it("reopens to ACKNOWLEDGED within the window, with a comment", () => {
    expect(residentTransition({ status: "RESOLVED", resolvedAt: daysAgo(2) }, "not-fixed", "Toujours en panne", now)).toEqual({ ok: true, to: "ACKNOWLEDGED" });
  });

  it("accepts a reopening on the last day of the window and refuses it just after", () => {
    const edge = new Date(now.getTime() - REOPEN_WINDOW_DAYS * DAY);
    expect(residentTransition({ status: "RESOLVED", resolvedAt: edge }, "not-fixed", "Toujours en panne", now)).toMatchObject({ ok: true });
    const past = new Date(edge.getTime() - 1000);
    expect(residentTransition({ status: "RESOLVED", resolvedAt: past }, "not-fixed", "Toujours en panne", now)).toEqual({ ok: false, reason: REOPEN_WINDOW_OVER });
  });

  it("refuses a reopening after 30 days", () => {
    expect(residentTransition({ status: "RESOLVED", resolvedAt: daysAgo(31) }, "not-fixed", "Toujours en panne", now)).toEqual({ ok: false, reason: REOPEN_WINDOW_OVER });
  });

  it("refuses a reopening without a resolution date", () => {
    expect(residentTransition({ status: "RESOLVED", resolvedAt: null }, "not-fixed", "Toujours en panne", now)).toEqual({ ok: false, reason: REOPEN_WINDOW_OVER });
  });

  it.each([null, undefined, "", "   "])("refuses a reopening with an empty comment (%j)", (comment) => {
    expect(residentTransition({ status: "RESOLVED", resolvedAt: daysAgo(1) }, "not-fixed", comment, now)).toEqual({ ok: false, reason: COMMENT_REQUIRED });
  });

  it.each(REPORT_STATUSES.filter((s) => s !== "RESOLVED"))("refuses any answer while the report is %s", (status) => {
    for (const decision of ["fixed", "not-fixed"] as const) {
      expect(residentTransition({ status, resolvedAt: daysAgo(1) }, decision, "Commentaire", now)).toEqual({ ok: false, reason: NOT_RESOLVED });
    }
  });

  it("only ever leads to CLOSED or ACKNOWLEDGED", () => {
    const reached = new Set<ReportStatus>();
    for (const status of REPORT_STATUSES) {
      for (const decision of ["fixed", "not-fixed"] as const) {
        const result = residentTransition({ status, resolvedAt: daysAgo(1) }, decision, "Commentaire", now);
        if (result.ok) reached.add(result.to);
      }
    }
    expect([...reached].sort()).toEqual(["ACKNOWLEDGED", "CLOSED"]);
  });
});

describe("canStillReopen", () => {
  it("is true within the window and false after it or without a date", () => {
    expect(canStillReopen(daysAgo(29), now)).toBe(true);
    expect(canStillReopen(daysAgo(31), now)).toBe(false);
    expect(canStillReopen(null, now)).toBe(false);
  });
});

describe("staff transitions", () => {
  it("has a rule and a French label for every status", () => {
    expect(Object.keys(STAFF_TRANSITIONS).sort()).toEqual([...REPORT_STATUSES].sort());
    for (const status of REPORT_STATUSES) expect(REPORT_STATUS_LABELS[status]).toMatch(/\S/);
  });

  it("never moves a report to NEW and never to the status it already has", () => {
    for (const from of REPORT_STATUSES) {
      expect(canStaffTransition(from, "NEW")).toBe(false);
      expect(canStaffTransition(from, from)).toBe(false);
    }
  });

  it("follows the main path new → acknowledged → routed/planned → resolved → closed", () => {
    expect(canStaffTransition("NEW", "ACKNOWLEDGED")).toBe(true);
    expect(canStaffTransition("ACKNOWLEDGED", "ROUTED")).toBe(true);
    expect(canStaffTransition("ROUTED", "PLANNED")).toBe(true);
    expect(canStaffTransition("PLANNED", "RESOLVED")).toBe(true);
    expect(canStaffTransition("RESOLVED", "CLOSED")).toBe(true);
    expect(canStaffTransition("CLOSED", "RESOLVED")).toBe(false);
  });

  it("counts NEW, ACKNOWLEDGED, ROUTED and PLANNED as open, the others as dealt with", () => {
    expect(REPORT_STATUSES.filter(isOpen)).toEqual(["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED"]);
  });
});

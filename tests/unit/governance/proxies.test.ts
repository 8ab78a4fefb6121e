import { describe, expect, it } from "vitest";
import {
  PROXY_HOLDER_MISSING,
  PROXY_HOLDER_NOT_MEMBER,
  PROXY_HOLDER_NOT_PRESENT,
  PROXY_TO_SELF,
  NOT_A_BODY_MEMBER,
  attendanceCounts,
  attendanceErrors,
  normalizeAttendance,
  proxyLimitExceeded,
  type AttendanceEntry,
} from "@/lib/governance/meetings/proxies";

const body = new Set(["a", "b", "c", "d"]);
const row = (memberId: string, status: AttendanceEntry["status"], proxyHolderId: string | null = null): AttendanceEntry => ({ memberId, status, proxyHolderId });

describe("proxies", () => {
  it("accepts a proxy to a present member of the body", () => {
    expect(attendanceErrors([row("a", "PRESENT"), row("b", "REPRESENTED", "a"), row("c", "EXCUSED"), row("d", "ABSENT")], body, 1)).toEqual({});
  });

  it("refuses a represented member without a holder, to themself, to an outsider, or to someone not present", () => {
    expect(attendanceErrors([row("b", "REPRESENTED")], body, 1)).toEqual({ b: PROXY_HOLDER_MISSING });
    expect(attendanceErrors([row("b", "REPRESENTED", "b")], body, 1)).toEqual({ b: PROXY_TO_SELF });
    expect(attendanceErrors([row("b", "REPRESENTED", "z")], body, 1)).toEqual({ b: PROXY_HOLDER_NOT_MEMBER });
    expect(attendanceErrors([row("a", "EXCUSED"), row("b", "REPRESENTED", "a")], body, 1)).toEqual({ b: PROXY_HOLDER_NOT_PRESENT });
    // A represented member cannot carry a proxy in turn.
    expect(attendanceErrors([row("a", "REPRESENTED", "c"), row("b", "REPRESENTED", "a"), row("c", "PRESENT")], body, 1)).toEqual({ b: PROXY_HOLDER_NOT_PRESENT });
  });

  it("refuses more proxies per holder than the statutes allow, on the holder's row", () => {
    const rows = [row("a", "PRESENT"), row("b", "REPRESENTED", "a"), row("c", "REPRESENTED", "a")];
    expect(attendanceErrors(rows, body, 2)).toEqual({});
    expect(attendanceErrors(rows, body, 1)).toEqual({ a: proxyLimitExceeded(1) });
    expect(proxyLimitExceeded(1)).toBe("Ce membre porterait plus de 1 pouvoir : les statuts en permettent 1 par personne.");
  });

  it("refuses a row of someone who does not sit in the body", () => {
    expect(attendanceErrors([row("z", "PRESENT")], body, 1)).toEqual({ z: NOT_A_BODY_MEMBER });
  });

  it("drops a leftover holder from rows that are not represented, and counts", () => {
    const rows = normalizeAttendance([row("a", "PRESENT", "b"), row("b", "REPRESENTED", "a"), row("c", "ABSENT", "a")]);
    expect(rows.map((r) => r.proxyHolderId)).toEqual([null, "a", null]);
    expect(attendanceCounts(rows)).toEqual({ present: 1, represented: 1 });
  });
});

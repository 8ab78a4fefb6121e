import { describe, expect, it } from "vitest";
import { ambiguousMoves } from "@/lib/core/moves";
import {
  CONTRACT_STATUSES,
  contractMoves,
  contractMovesFrom,
  daysUntil,
  documentFileName,
  endingSoonLimit,
  eurosInput,
  minutesToTime,
  parseEuros,
} from "@/lib/contracts/model";
import { toDay } from "@/lib/core/calendar";
import { formatEuros } from "@/lib/format/numbers";
import { formatMinutes } from "@/lib/format/hours";

describe("parseEuros", () => {
  it.each([
    ["12 500,50", 1_250_050],
    ["12\u00a0500,50 €", 1_250_050],
    ["12\u202f500,5", 1_250_050],
    ["12500.50", 1_250_050],
    ["1.250,00", 125_000],
    ["85", 8_500],
    ["0,99", 99],
    ["31,5", 3_150],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuros(text)).toEqual({ ok: true, cents });
  });

  it.each(["", "abc", "12,505", "-5", "12,50,1", "1 2,3,4", "12.500"])("refuses %j", (text) => {
    expect(parseEuros(text).ok).toBe(false);
  });

  it("refuses an amount over ten million euros", () => {
    expect(parseEuros("10 000 000,01")).toEqual({ ok: false, error: expect.stringMatching(/trop élevé/) });
    expect(parseEuros("10 000 000")).toEqual({ ok: true, cents: 1_000_000_000 });
  });

  it("writes amounts back the way they are read", () => {
    for (const cents of [0, 99, 8_500, 1_250_050]) {
      const parsed = parseEuros(eurosInput(cents));
      expect(parsed).toEqual({ ok: true, cents });
    }
    expect(eurosInput(null)).toBe("");
    expect(formatEuros(1_250_050).replace(/\s/g, " ")).toBe("12 500,50 €");
  });
});

describe("the table of moves of a contract", () => {
  it("gives each (kind, from, to) one move", () => {
    expect(ambiguousMoves(contractMoves)).toEqual([]);
  });

  it("offers from each status the moves staff expect", () => {
    expect(Object.fromEntries(CONTRACT_STATUSES.map((s) => [s, contractMovesFrom(s)]))).toEqual({
      DRAFT: ["activate"],
      ACTIVE: ["expire", "close"],
      EXPIRED: ["close", "reopen"],
      CLOSED: ["reopen"],
    });
  });
});

describe("the alert window and the small formats", () => {
  it("counts 90 days from today", () => {
    const today = new Date("2026-12-02T15:30:00Z");
    expect(endingSoonLimit(today).toISOString().slice(0, 10)).toBe("2027-03-02");
    expect(daysUntil(toDay("2027-01-16"), today)).toBe(45);
  });

  it("counts Paris calendar days: past midnight in Paris, UTC's date is still yesterday's", () => {
    // 3 December 2026, 00:30 in Paris (UTC+1); still 2 December in UTC.
    const winter = new Date("2026-12-02T23:30:00Z");
    expect(endingSoonLimit(winter).toISOString().slice(0, 10)).toBe("2027-03-03");
    expect(daysUntil(toDay("2026-12-03"), winter)).toBe(0);
    expect(daysUntil(toDay("2026-12-02"), winter)).toBe(-1);
    expect(daysUntil(toDay("2027-01-16"), winter)).toBe(44);
    // 1 July 2026, 00:15 in Paris (UTC+2); still 30 June in UTC.
    const summer = new Date("2026-06-30T22:15:00Z");
    expect(endingSoonLimit(summer).toISOString().slice(0, 10)).toBe("2026-09-29");
    expect(daysUntil(toDay("2026-07-01"), summer)).toBe(0);
    // 23:59 in Paris is still the same day there.
    expect(daysUntil(toDay("2026-12-03"), new Date("2026-12-02T22:59:00Z"))).toBe(1);
  });

  it("writes times and durations", () => {
    expect(minutesToTime(450)).toBe("07:30");
    expect(minutesToTime(null)).toBe("");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(90)).toBe("1 h 30");
    expect(formatMinutes(120)).toBe("2 h");
  });

  it("makes a safe download name from a title", () => {
    expect(documentFileName("Marché signé n° 14")).toBe("marche-signe-n-14.pdf");
    expect(documentFileName('../../etc/passwd"; x=y')).toBe("etc-passwd-x-y.pdf");
    expect(documentFileName("«»")).toBe("document.pdf");
  });
});

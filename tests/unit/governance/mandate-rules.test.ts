import { describe, expect, it } from "vitest";
import { toDay } from "@/lib/core/calendar";
import {
  ALREADY_SITTING,
  END_BEFORE_START,
  NO_STATUTES_FOR_MANDATE,
  RESIDENTS_SHARE,
  SEATS_FULL,
  endsWithin,
  holdsCollegeMembership,
  mandateProblems,
  nonResidentSeats,
  rangesOverlap,
  statutesOn,
  type MandateSlot,
  type StatutesAt,
} from "@/lib/governance/mandate-rules";
import { POSITION_TAKEN } from "@/lib/governance/mandate-rules";
import { keepsResidentsShare, totalSeats } from "@/lib/governance/statutes-rules";

const d = toDay;
const statutes = (overrides: Partial<StatutesAt> = {}): StatutesAt => ({
  effectiveFrom: d("2024-01-01"),
  boardSeatsResidents: 3,
  boardSeatsLocalAuthorities: 1,
  boardSeatsSocialLandlords: 1,
  boardSeatsSocioEconomic: 1,
  residentsMinSharePercent: 50,
  quorumAssemblyPercent: 25,
  quorumBoardPercent: 50,
  quorumOtherPercent: 50,
  proxiesCountForQuorum: true,
  proxiesPerPerson: 2,
  flagEmployeeMandates: true,
  ...overrides,
});
const slot = (overrides: Partial<MandateSlot> = {}): MandateSlot => ({
  memberId: "m-new",
  college: "RESIDENTS",
  position: "MEMBER",
  startsOn: d("2026-01-01"),
  endsOn: null,
  ...overrides,
});
const check = (candidate: MandateSlot, others: MandateSlot[], bodyKind: "BOARD" | "BUREAU" = "BOARD", versions = [statutes()]) =>
  mandateProblems({ candidate, others, bodyKind, statutes: versions }).map((p) => p.message);

describe("rangesOverlap", () => {
  it("sees a shared day, open ends, and ranges that only touch", () => {
    expect(rangesOverlap({ startsOn: d("2026-01-01"), endsOn: d("2026-06-30") }, { startsOn: d("2026-06-30"), endsOn: null })).toBe(true);
    expect(rangesOverlap({ startsOn: d("2026-01-01"), endsOn: d("2026-06-29") }, { startsOn: d("2026-06-30"), endsOn: null })).toBe(false);
    expect(rangesOverlap({ startsOn: d("2020-01-01"), endsOn: null }, { startsOn: d("2030-01-01"), endsOn: d("2030-02-01") })).toBe(true);
  });
});

describe("mandateProblems", () => {
  it("refuses an end before the start", () => {
    expect(check(slot({ startsOn: d("2026-05-01"), endsOn: d("2026-04-30") }), [])).toEqual([END_BEFORE_START]);
  });

  it("keeps one holder per single position, over overlapping or open-ended ranges", () => {
    const president = slot({ memberId: "m1", position: "PRESIDENT", startsOn: d("2025-01-01"), endsOn: d("2026-03-31") });
    expect(check(slot({ position: "PRESIDENT" }), [president])).toEqual([POSITION_TAKEN("PRESIDENT", d("2025-01-01"))]);
    // The next president from the day after: fine.
    expect(check(slot({ position: "PRESIDENT", startsOn: d("2026-04-01") }), [president])).toEqual([]);
    // Any number of plain members.
    expect(check(slot(), [slot({ memberId: "m1" }), slot({ memberId: "m2" })])).toEqual([]);
  });

  it("gives a person one mandate per body at a time", () => {
    expect(check(slot({ position: "TREASURER" }), [slot({ startsOn: d("2025-01-01") })])).toEqual([ALREADY_SITTING(d("2025-01-01"))]);
  });

  it("never lets a college exceed its seats on any day of the range (board only)", () => {
    const ends = slot({ memberId: "la1", college: "LOCAL_AUTHORITIES", startsOn: d("2025-01-01"), endsOn: d("2026-02-28") });
    const local = slot({ college: "LOCAL_AUTHORITIES" });
    expect(check(local, [ends])).toEqual([SEATS_FULL("LOCAL_AUTHORITIES", 1, d("2026-01-01"))]);
    expect(check({ ...local, startsOn: d("2026-03-01") }, [ends])).toEqual([]);
    // A seat taken later in the range counts too.
    const later = slot({ memberId: "la2", college: "LOCAL_AUTHORITIES", startsOn: d("2027-01-01") });
    expect(check({ ...local, startsOn: d("2026-03-01") }, [ends, later])).toEqual([SEATS_FULL("LOCAL_AUTHORITIES", 1, d("2027-01-01"))]);
    // Not a board: no seats.
    expect(check(local, [ends], "BUREAU")).toEqual([]);
  });

  it("counts the seats of the statutes in force on each day", () => {
    const residents = [1, 2, 3].map((n) => slot({ memberId: `r${n}` }));
    const fewer = statutes({ effectiveFrom: d("2027-01-01"), boardSeatsResidents: 2, boardSeatsLocalAuthorities: 0, boardSeatsSocialLandlords: 0, boardSeatsSocioEconomic: 0 });
    expect(check(slot({ endsOn: d("2026-12-31") }), residents.slice(0, 2), "BOARD", [statutes(), fewer])).toEqual([]);
    expect(check(slot(), residents.slice(0, 2), "BOARD", [statutes(), fewer])).toEqual([SEATS_FULL("RESIDENTS", 2, d("2027-01-01"))]);
    expect(check(slot({ startsOn: d("2023-06-01") }), [], "BOARD", [statutes()])).toEqual([NO_STATUTES_FOR_MANDATE]);
  });

  it("holds the residents' share: the other colleges fill no more than the seats left once it is set aside", () => {
    // 8 seats, 75 % for residents → 6 reserved, 2 for the others, though they have 3 seats between them.
    const share = statutes({ boardSeatsResidents: 5, boardSeatsLocalAuthorities: 1, boardSeatsSocialLandlords: 1, boardSeatsSocioEconomic: 1, residentsMinSharePercent: 75 });
    expect(nonResidentSeats(share)).toBe(2);
    const others = [slot({ memberId: "a", college: "LOCAL_AUTHORITIES" }), slot({ memberId: "b", college: "SOCIAL_LANDLORDS" })];
    expect(check(slot({ college: "SOCIO_ECONOMIC_PARTNERS" }), others, "BOARD", [share])).toEqual([RESIDENTS_SHARE(75, d("2026-01-01"))]);
    // A resident is never refused for the share.
    expect(check(slot(), others, "BOARD", [share])).toEqual([]);
  });
});

describe("holdsCollegeMembership", () => {
  const today = d("2026-12-03");
  it("asks for the start year's membership in the college, or this year's for a mandate recorded after the fact", () => {
    expect(holdsCollegeMembership([{ year: 2026, college: "RESIDENTS" }], "RESIDENTS", d("2026-01-01"), today)).toBe(true);
    expect(holdsCollegeMembership([{ year: 2026, college: "SOCIAL_LANDLORDS" }], "RESIDENTS", d("2026-01-01"), today)).toBe(false);
    expect(holdsCollegeMembership([{ year: 2026, college: "RESIDENTS" }], "RESIDENTS", d("2024-06-01"), today)).toBe(true);
    expect(holdsCollegeMembership([{ year: 2026, college: "RESIDENTS" }], "RESIDENTS", d("2027-01-01"), today)).toBe(false);
    expect(holdsCollegeMembership([{ year: 2027, college: "RESIDENTS" }], "RESIDENTS", d("2027-01-01"), today)).toBe(true);
  });
});

describe("statutes", () => {
  it("are the latest version effective on the day", () => {
    const versions = [statutes({ effectiveFrom: d("2019-01-01") }), statutes({ effectiveFrom: d("2024-01-01") })];
    expect(statutesOn(versions, d("2023-12-31"))?.effectiveFrom).toEqual(d("2019-01-01"));
    expect(statutesOn(versions, d("2024-01-01"))?.effectiveFrom).toEqual(d("2024-01-01"));
    expect(statutesOn(versions, d("2018-01-01"))).toBeNull();
  });

  it("keep the residents' share in their seat table", () => {
    expect(totalSeats(statutes())).toBe(6);
    expect(keepsResidentsShare(statutes())).toBe(true);
    expect(keepsResidentsShare(statutes({ residentsMinSharePercent: 51 }))).toBe(false);
  });
});

describe("endsWithin", () => {
  it("is true from today to today + 90 days, never for open or past mandates", () => {
    const today = d("2026-12-03");
    expect(endsWithin({ startsOn: d("2025-01-01"), endsOn: d("2027-03-03") }, today, 90)).toBe(true);
    expect(endsWithin({ startsOn: d("2025-01-01"), endsOn: d("2027-03-04") }, today, 90)).toBe(false);
    expect(endsWithin({ startsOn: d("2025-01-01"), endsOn: d("2026-12-02") }, today, 90)).toBe(false);
    expect(endsWithin({ startsOn: d("2025-01-01"), endsOn: null }, today, 90)).toBe(false);
  });
});

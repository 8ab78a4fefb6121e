import { describe, expect, it } from "vitest";
import { createMandateSchema, createStatutesSchema, endMandateSchema } from "@/lib/governance/schemas";
import { END_BEFORE_START } from "@/lib/governance/mandate-rules";
import { NO_SEATS, SHARE_NOT_KEPT } from "@/lib/governance/statutes-rules";

const statutes = {
  effectiveFrom: "2027-01-01",
  boardSeatsResidents: "12",
  boardSeatsLocalAuthorities: "2",
  boardSeatsSocialLandlords: "2",
  boardSeatsSocioEconomic: "3",
  residentsMinSharePercent: "60",
  quorumAssemblyPercent: "25",
  quorumBoardPercent: "50",
  quorumOtherPercent: "50",
  proxiesPerPerson: "2",
};
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("createStatutesSchema", () => {
  it("accepts a seat table that keeps the share (12 × 100 ≥ 60 × 19), with unticked boxes as false", () => {
    const parsed = createStatutesSchema.parse(statutes);
    expect(parsed).toMatchObject({ boardSeatsResidents: 12, proxiesCountForQuorum: false, flagEmployeeMandates: false, note: null });
  });

  it("refuses out-of-range numbers, a broken share, an empty board and unknown keys", () => {
    expect(errorsOf(createStatutesSchema.safeParse({ ...statutes, quorumBoardPercent: "101", boardSeatsSocioEconomic: "1.5" }))).toMatchObject({
      quorumBoardPercent: "Entre 0 et 100.",
      boardSeatsSocioEconomic: expect.stringMatching(/entier/),
    });
    expect(errorsOf(createStatutesSchema.safeParse({ ...statutes, boardSeatsResidents: "10" }))).toEqual({ boardSeatsResidents: SHARE_NOT_KEPT });
    const empty = { ...statutes, boardSeatsResidents: "0", boardSeatsLocalAuthorities: "0", boardSeatsSocialLandlords: "0", boardSeatsSocioEconomic: "0" };
    expect(errorsOf(createStatutesSchema.safeParse(empty))).toEqual({ boardSeatsResidents: NO_SEATS });
    expect(createStatutesSchema.safeParse({ ...statutes, createdById: "x" }).success).toBe(false);
  });
});

describe("mandate schemas", () => {
  const mandate = { bodyId: "b1", memberId: "m1", college: "RESIDENTS", position: "MEMBER", startsOn: "2026-05-01", idempotencyKey: "0123456789abcdef" };
  it("refuses an end before the start, next to the end", () => {
    expect(errorsOf(createMandateSchema.safeParse({ ...mandate, endsOn: "2026-04-30" }))).toEqual({ endsOn: END_BEFORE_START });
    expect(createMandateSchema.parse({ ...mandate, endsOn: "" }).endsOn).toBeNull();
  });

  it("asks for the ending's confirmation", () => {
    expect(errorsOf(endMandateSchema.safeParse({ mandateId: "a1", version: "0", endsOn: "2026-06-30" }))).toHaveProperty("confirm");
  });
});

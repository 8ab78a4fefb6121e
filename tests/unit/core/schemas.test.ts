import { describe, expect, it } from "vitest";
import { daySchema, idempotencyKeySchema, isCalendarDay } from "@/lib/core/schemas";

/** The zod pieces shared by every domain's schemas. */

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("isCalendarDay", () => {
  it.each([
    ["2026-11-26", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-11", false],
    ["26/11/2026", false],
    ["2026-11-26T00:00:00Z", false],
    ["", false],
  ])("%s: %s", (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });
});

describe("daySchema", () => {
  it("keeps a real day as the string <input type=date> sent, trimmed", () => {
    expect(daySchema.parse(" 2026-11-26 ")).toBe("2026-11-26");
  });

  it("asks for a missing day and refuses one that does not exist", () => {
    expect(messages(daySchema.safeParse(undefined))).toEqual(["Indiquez la date."]);
    expect(messages(daySchema.safeParse("2026-02-30"))).toEqual(["Date invalide."]);
    expect(messages(daySchema.safeParse("30/11/2026"))).toEqual(["Date invalide."]);
  });
});

describe("idempotencyKeySchema", () => {
  it("takes the key a form was rendered with, and refuses anything else as an expired form", () => {
    expect(idempotencyKeySchema.parse("a1B2c3D4e5F6g7H8")).toBe("a1B2c3D4e5F6g7H8");
    for (const key of ["court", "x".repeat(65), "a1B2c3D4 e5F6g7H8", ""]) {
      expect(messages(idempotencyKeySchema.safeParse(key))).toEqual(["Formulaire expiré : rechargez la page."]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { calendarDaySchema, dayDateSchema, daySchema, idempotencyKeySchema, isCalendarDay, optionalDayDateSchema } from "@/lib/core/schemas";

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

describe("calendarDaySchema and its date forms", () => {
  const typed = calendarDaySchema({ missing: "Indiquez une date.", format: "Format jj/mm/aaaa.", impossible: "Cette date n'existe pas." });

  it("gives one message, the first that applies: missing, then the format, then a day that does not exist", () => {
    expect(messages(typed.safeParse(""))).toEqual(["Indiquez une date."]);
    expect(messages(typed.safeParse("   "))).toEqual(["Indiquez une date."]);
    expect(messages(typed.safeParse("30/11/2026"))).toEqual(["Format jj/mm/aaaa."]);
    expect(messages(typed.safeParse("2026-02-30"))).toEqual(["Cette date n'existe pas."]);
    expect(typed.parse("2026-02-28")).toBe("2026-02-28");
  });

  it("makes a required day the database's date (00:00 UTC)", () => {
    expect(dayDateSchema().parse("2026-11-26").toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(messages(dayDateSchema({ missing: "Indiquez le début." }).safeParse(""))).toEqual(["Indiquez le début."]);
  });

  it("makes a blank optional day null and still refuses a day that does not exist", () => {
    const optional = optionalDayDateSchema();
    expect(optional.parse(undefined)).toBeNull();
    expect(optional.parse(" ")).toBeNull();
    expect(optional.parse("2027-01-31")?.toISOString()).toBe("2027-01-31T00:00:00.000Z");
    expect(messages(optional.safeParse("2027-02-31"))).toEqual(["Date invalide."]);
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

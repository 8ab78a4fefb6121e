import { describe, expect, it } from "vitest";
import { END_BEFORE_START, parseSkills } from "@/lib/employees/model";
import { addAbsenceSchema, createEmployeeSchema, updateEmployeeSchema, weeklyHoursSchema } from "@/lib/employees/schemas";

const valid = {
  name: "  Awa   Keita ",
  phone: "06 12 34 56 78",
  contractType: "CDDI",
  startsOn: "2026-03-02",
  endsOn: "",
  weeklyHours: "26",
  teamId: "",
  skills: "peinture, Ponçage",
  idempotencyKey: "0123456789abcdef0123",
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("weekly hours", () => {
  it.each([
    ["26", 26],
    ["26,5", 26.5],
    ["35.25", 35.25],
    ["48", 48],
    [" 0,5 ", 0.5],
  ])("accepts %s as %s", (text, hours) => {
    expect(weeklyHoursSchema.parse(text)).toBe(hours);
  });

  it.each(["0", "-5", "48,5", "49", "100", "abc", "", "26,555", "1e2", "26,"])("refuses %s", (text) => {
    expect(weeklyHoursSchema.safeParse(text).success).toBe(false);
  });
});

describe("an employee's record", () => {
  it("is cleaned: one-line name, no team, skills merged from boxes and field, each once in lower case", () => {
    const parsed = createEmployeeSchema.parse({ ...valid, skill: ["peinture", "tonte"] });
    expect(parsed).toMatchObject({ name: "Awa Keita", teamId: null, endsOn: null, weeklyHours: 26, skills: ["peinture", "tonte", "ponçage"] });
    expect(parsed.startsOn.toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("refuses an end before the start, on the end field", () => {
    const result = createEmployeeSchema.safeParse({ ...valid, endsOn: "2026-03-01" });
    expect(errorsOf(result)).toEqual({ endsOn: END_BEFORE_START });
  });

  it("accepts an end on the start day", () => {
    expect(createEmployeeSchema.safeParse({ ...valid, endsOn: "2026-03-02" }).success).toBe(true);
  });

  it("refuses a day that does not exist, a missing contract type, an unknown key", () => {
    expect(errorsOf(createEmployeeSchema.safeParse({ ...valid, startsOn: "2026-02-30" }))).toHaveProperty("startsOn");
    expect(errorsOf(createEmployeeSchema.safeParse({ ...valid, contractType: "INTERIM" }))).toHaveProperty("contractType");
    expect(createEmployeeSchema.safeParse({ ...valid, userId: "x" }).success).toBe(false);
  });

  it("refuses long or odd skills and more than fifteen", () => {
    expect(errorsOf(createEmployeeSchema.safeParse({ ...valid, skills: "a".repeat(31) }))).toHaveProperty("skills");
    expect(errorsOf(createEmployeeSchema.safeParse({ ...valid, skills: "<script>" }))).toHaveProperty("skills");
    expect(errorsOf(createEmployeeSchema.safeParse({ ...valid, skills: Array.from({ length: 16 }, (_, i) => `c${i}`).join(",") }))).toHaveProperty("skills");
  });

  it("needs the version to edit, and no idempotency key", () => {
    const { idempotencyKey, ...fields } = valid;
    void idempotencyKey;
    expect(updateEmployeeSchema.safeParse({ ...fields, employeeId: "abc123", version: "2" }).success).toBe(true);
    expect(updateEmployeeSchema.safeParse({ ...fields, employeeId: "abc123" }).success).toBe(false);
  });
});

describe("an absence", () => {
  const absence = { employeeId: "abc123", kind: "SICKNESS", startsOn: "2026-11-02", endsOn: "2026-11-02", note: "" };
  it("lasts one day at least, its last day included", () => {
    expect(addAbsenceSchema.parse(absence)).toMatchObject({ kind: "SICKNESS", note: null });
    expect(errorsOf(addAbsenceSchema.safeParse({ ...absence, endsOn: "2026-11-01" }))).toEqual({ endsOn: END_BEFORE_START });
  });
});

describe("parseSkills", () => {
  it("splits on commas, semicolons and lines, trims, lowers and drops repeats", () => {
    expect(parseSkills(" Peinture ;peinture,\n  tonte   de  pelouse ,, ")).toEqual(["peinture", "tonte de pelouse"]);
  });
});

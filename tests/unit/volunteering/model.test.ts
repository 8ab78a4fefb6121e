import { describe, expect, it } from "vitest";
import { ambiguousMoves, findMove } from "@/lib/core/moves";
import { hoursMoves, hoursValueCents, mergeSkills, missionMoves, parisTimeOf, signupStatusFor } from "@/lib/volunteering/model";
import { DURATION_OUT_OF_RANGE, END_NOT_AFTER_START, createMissionSchema, enterOwnHoursSchema, createActivitySchema, profileSchema } from "@/lib/volunteering/schemas";

describe("volunteering's tables of moves", () => {
  it("let staff alone validate or refuse submitted hours, once", () => {
    expect(ambiguousMoves(hoursMoves)).toEqual([]);
    expect(findMove(hoursMoves, "staff", "SUBMITTED", "VALIDATED")).toBe("validate");
    expect(findMove(hoursMoves, "staff", "SUBMITTED", "REFUSED")).toBe("refuse");
    expect(findMove(hoursMoves, "volunteer", "SUBMITTED", "VALIDATED")).toBeNull();
    expect(findMove(hoursMoves, "staff", "REFUSED", "VALIDATED")).toBeNull();
  });

  it("let staff cancel an open mission only", () => {
    expect(ambiguousMoves(missionMoves)).toEqual([]);
    expect(findMove(missionMoves, "staff", "OPEN", "CANCELLED")).toBe("cancel");
    expect(findMove(missionMoves, "volunteer", "OPEN", "CANCELLED")).toBeNull();
  });
});

describe("the rules", () => {
  it("confirms while places remain, then puts on the waiting list", () => {
    expect(signupStatusFor(0, 1)).toBe("CONFIRMED");
    expect(signupStatusFor(2, 3)).toBe("CONFIRMED");
    expect(signupStatusFor(3, 3)).toBe("WAITLISTED");
    expect(signupStatusFor(4, 3)).toBe("WAITLISTED");
  });

  it("values hours at the activity's hourly rate, to the cent", () => {
    expect(hoursValueCents(60, 1250)).toBe(1250);
    expect(hoursValueCents(150, 1250)).toBe(3125);
    expect(hoursValueCents(20, 1000)).toBe(333);
  });

  it("merges ticked and written skills without duplicates", () => {
    expect(mergeSkills(["Jardinage", "Cuisine"], " jardinage ; Couture,  Peinture  murale,,")).toEqual(["Jardinage", "Cuisine", "Couture", "Peinture murale"]);
    expect(mergeSkills([], null)).toEqual([]);
  });

  // Reading a Paris time (parisInstant) is lib/core/calendar's: tests/unit/core/paris-time.test.ts.
  it("writes an instant as a Paris time in winter and in summer", () => {
    expect(parisTimeOf(new Date("2026-12-05T08:30:00Z"))).toBe("09:30");
    expect(parisTimeOf(new Date("2026-07-14T07:30:00Z"))).toBe("09:30");
  });
});

describe("the forms' inputs", () => {
  const mission = { title: "Atelier", activityId: "act1", day: "2026-12-05", startTime: "14:00", endTime: "17:00", place: "Salle", places: "5" };

  it("turns a mission's day and times into instants", () => {
    const parsed = createMissionSchema.parse(mission);
    expect(parsed).toMatchObject({ places: 5, description: null, startsAt: new Date("2026-12-05T13:00:00Z"), endsAt: new Date("2026-12-05T16:00:00Z") });
  });

  it("refuses a mission ending before it starts, no place, or an odd field", () => {
    const error = (input: Record<string, unknown>) => createMissionSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(error({ ...mission, endTime: "13:00" })).toEqual([END_NOT_AFTER_START]);
    expect(error({ ...mission, places: "0" })).toEqual(["Au moins une place."]);
    expect(error({ ...mission, createdById: "x" })).toHaveLength(1);
  });

  it("takes hours and minutes, from one minute to a day", () => {
    const hours = { day: "2026-03-14", activityId: "act1" };
    expect(enterOwnHoursSchema.parse({ ...hours, hours: "2", minutes: "30" }).minutes).toBe(150);
    expect(enterOwnHoursSchema.parse({ ...hours, hours: "", minutes: "45" }).minutes).toBe(45);
    expect(enterOwnHoursSchema.safeParse({ ...hours, hours: "0", minutes: "0" }).error?.issues[0].message).toBe(DURATION_OUT_OF_RANGE);
    expect(enterOwnHoursSchema.safeParse({ ...hours, hours: "24", minutes: "1" }).error?.issues[0].message).toBe(DURATION_OUT_OF_RANGE);
    expect(enterOwnHoursSchema.safeParse({ ...hours, hours: "1,5", minutes: "0" }).success).toBe(false);
  });

  it("reads an hourly value the French way", () => {
    expect(createActivitySchema.parse({ name: "Animation", hourlyRate: "12,50" }).hourlyRate).toBe(1250);
    expect(createActivitySchema.safeParse({ name: "Animation", hourlyRate: "0" }).success).toBe(false);
    expect(createActivitySchema.safeParse({ name: "Animation", hourlyRate: "douze" }).success).toBe(false);
  });

  it("keeps the profile's skills from the list and the free field", () => {
    expect(profileSchema.parse({ skills: "Cuisine", otherSkills: "Couture" })).toEqual({ skills: ["Cuisine", "Couture"], availability: null });
    expect(profileSchema.safeParse({ skills: ["Astronautique"] }).success).toBe(false);
  });
});

describe("the totals' CSV", () => {
  it("writes a line per volunteer and activity with French decimals, escaping formulas", async () => {
    const { totalsCsv, yearParam } = await import("@/lib/volunteering/totals-csv");
    const csv = totalsCsv({
      year: 2026,
      rows: [{ userId: "u", name: "=Ana", activityId: "a", activity: "Jardinage partagé", minutes: 150, hourlyRateCents: 1250, valueCents: 3125 }],
      byVolunteer: [],
      byActivity: [],
      minutes: 150,
      valueCents: 3125,
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`'=Ana;Jardinage partagé;"2,50";"12,50";"31,25"\r\n`);
    expect(csv).toContain(`Total;;"2,50";;"31,25"\r\n`);
    expect(yearParam("2025", 2026)).toBe(2025);
    expect(yearParam("20x5", 2026)).toBe(2026);
    expect(yearParam(null, 2026)).toBe(2026);
  });
});

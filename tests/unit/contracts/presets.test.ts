import { describe, expect, it } from "vitest";
import { MAX_LINE_OCCURRENCES, buildRecurrence, countOccurrences, describeRecurrence, nextOccurrences, parseRecurrence, scheduleChoiceOf, type ScheduleChoice } from "@/lib/contracts/schedule";
import { toDay } from "@/lib/core/calendar";

const contract = { startsOn: toDay("2026-01-01"), endsOn: toDay("2026-12-31") };
const iso = (days: Date[]) => days.map((d) => d.toISOString().slice(0, 10));

describe("schedule presets → RRULE → French description", () => {
  it.each<[ScheduleChoice, string | null, string]>([
    [{ preset: "none" }, null, "Sur commande, sans passage régulier"],
    [{ preset: "daily" }, "FREQ=DAILY", "Chaque jour"],
    [{ preset: "mon-sat" }, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA", "Du lundi au samedi"],
    [{ preset: "weekdays", days: ["TH", "MO"] }, "FREQ=WEEKLY;BYDAY=MO,TH", "Chaque lundi et jeudi"],
    [{ preset: "weekdays", days: ["MO", "WE", "FR"] }, "FREQ=WEEKLY;BYDAY=MO,WE,FR", "Chaque lundi, mercredi et vendredi"],
    [{ preset: "weekdays", days: ["MO", "TU", "WE", "TH", "FR"] }, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "Du lundi au vendredi"],
    [{ preset: "every-n-weeks", interval: 2, days: ["TU"] }, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "Toutes les 2 semaines, le mardi"],
    [{ preset: "monthly", monthDay: 1 }, "FREQ=MONTHLY;BYMONTHDAY=1", "Chaque mois, le 1er"],
    [{ preset: "monthly", monthDay: 15 }, "FREQ=MONTHLY;BYMONTHDAY=15", "Chaque mois, le 15"],
  ])("%j gives %s", (choice, rule, description) => {
    const built = buildRecurrence(choice);
    expect(built).toEqual({ ok: true, rule });
    if (rule) expect(parseRecurrence(rule)).toEqual({ ok: true, rule });
    expect(describeRecurrence(rule)).toBe(description);
  });

  it.each<[ScheduleChoice, string]>([
    [{ preset: "weekdays", days: [] }, "days"],
    [{ preset: "weekdays", days: ["XX"] }, "days"],
    [{ preset: "every-n-weeks", interval: 0, days: ["MO"] }, "interval"],
    [{ preset: "every-n-weeks", interval: 53, days: ["MO"] }, "interval"],
    [{ preset: "every-n-weeks", interval: 3, days: [] }, "days"],
    [{ preset: "monthly", monthDay: 31 }, "monthDay"],
    [{ preset: "monthly", monthDay: null }, "monthDay"],
  ])("refuses %j on the field %s", (choice, field) => {
    const built = buildRecurrence(choice);
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.field).toBe(field);
      expect(built.error).toMatch(/[a-zé]/);
    }
  });

  it("describes the other rules parseRecurrence accepts", () => {
    expect(describeRecurrence("FREQ=DAILY;INTERVAL=3")).toBe("Tous les 3 jours");
    expect(describeRecurrence("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10")).toBe("Tous les 2 mois, le 10");
    expect(describeRecurrence("FREQ=YEARLY")).toBe("Chaque année");
    expect(describeRecurrence("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1")).toMatch(/^Règle personnalisée/);
    expect(describeRecurrence("FREQ=HOURLY")).toBe("Règle de récurrence illisible");
  });

  it("reads a stored rule back into the form's choice", () => {
    for (const choice of [
      { preset: "weekdays", days: ["MO", "TH"] },
      { preset: "mon-sat" },
      { preset: "every-n-weeks", interval: 4, days: ["TU"] },
      { preset: "monthly", monthDay: 5 },
      { preset: "daily" },
      { preset: "none" },
    ] as ScheduleChoice[]) {
      const built = buildRecurrence(choice);
      if (!built.ok) throw new Error(built.error);
      expect(buildRecurrence(scheduleChoiceOf(built.rule))).toEqual(built);
    }
  });
});

describe("counting and previewing a line's days", () => {
  it("counts Mondays and Thursdays over a year", () => {
    expect(countOccurrences("FREQ=WEEKLY;BYDAY=MO,TH", contract)).toBe(105);
  });

  it("refuses a rule that would make thousands of jobs (null past the cap)", () => {
    const tenYears = { startsOn: toDay("2026-01-01"), endsOn: toDay("2035-12-31") };
    expect(countOccurrences("FREQ=DAILY", tenYears)).toBeNull();
    expect(countOccurrences("FREQ=WEEKLY;BYDAY=MO", tenYears)).toBeLessThan(MAX_LINE_OCCURRENCES);
  });

  it("previews the next days from today, within the contract's dates", () => {
    expect(iso(nextOccurrences("FREQ=WEEKLY;BYDAY=MO,TH", contract, toDay("2026-03-03"), 4))).toEqual(["2026-03-05", "2026-03-09", "2026-03-12", "2026-03-16"]);
    expect(iso(nextOccurrences("FREQ=WEEKLY;BYDAY=MO,TH", contract, toDay("2025-06-01"), 2))).toEqual(["2026-01-01", "2026-01-05"]);
    expect(nextOccurrences("FREQ=DAILY", contract, toDay("2027-01-01"))).toEqual([]);
    expect(iso(nextOccurrences("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA", contract, toDay("2026-12-26"), 5))).toEqual(["2026-12-26", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"]);
  });
});

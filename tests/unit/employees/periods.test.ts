import { describe, expect, it } from "vitest";
import { currentPeriod, daysOf, periodFromParams, periodOf, yearOrMonth } from "@/lib/employees/periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("weeks", () => {
  it("runs Monday to Sunday, with the weeks around it", () => {
    const week = periodOf("week", "2026-W49");
    expect(week && [iso(week.from), iso(week.to), week.previous, week.next]).toEqual(["2026-11-30", "2026-12-07", "2026-W48", "2026-W50"]);
    expect(week && daysOf(week).map(iso)).toHaveLength(7);
    expect(week?.label).toBe("semaine du 30 nov. 2026 au 6 déc. 2026");
  });

  it("refuses weeks that do not exist", () => {
    expect(periodOf("week", "2027-W53")).toBeNull();
    expect(periodOf("week", "2026-W00")).toBeNull();
    expect(periodOf("week", "2026-49")).toBeNull();
    expect(periodOf("week", "2026-W53")).not.toBeNull();
  });
});

describe("months", () => {
  it("run from the first to the first of the next, across years", () => {
    const december = periodOf("month", "2026-12");
    expect(december && [iso(december.from), iso(december.to), december.previous, december.next, december.label]).toEqual([
      "2026-12-01",
      "2027-01-01",
      "2026-11",
      "2027-01",
      "décembre 2026",
    ]);
    expect(periodOf("month", "2026-13")).toBeNull();
  });

  it("hold February's 28 days", () => {
    expect(daysOf(periodOf("month", "2027-02")!)).toHaveLength(28);
  });
});

describe("this period, in Paris", () => {
  it("gives this week: Sunday 23:30 UTC is already Monday's week in Paris", () => {
    expect(currentPeriod("week", new Date("2026-11-29T23:30:00Z")).key).toBe("2026-W49");
    expect(currentPeriod("month", new Date("2026-11-30T23:30:00Z")).key).toBe("2026-12");
  });
});

describe("the URL's period", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  it("is the month when given, else the week, else this week", () => {
    expect(periodFromParams({ mois: "2026-10", semaine: "2026-W40" }, now).key).toBe("2026-10");
    expect(periodFromParams({ semaine: "2026-W40" }, now).key).toBe("2026-W40");
    expect(periodFromParams({ semaine: "n'importe quoi", mois: "2026-99" }, now).key).toBe("2026-W48");
  });

  it("gives the figures a year or a month", () => {
    expect(yearOrMonth({}, now)).toMatchObject({ year: 2026, month: null, from: day("2026-01-01"), to: day("2027-01-01") });
    expect(yearOrMonth({ annee: "2025", mois: "12" }, now)).toMatchObject({ year: 2025, month: 12, from: day("2025-12-01"), to: day("2026-01-01") });
    expect(yearOrMonth({ annee: "x", mois: "13" }, now)).toMatchObject({ year: 2026, month: null });
  });
});

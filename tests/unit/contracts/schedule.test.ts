import { describe, expect, it } from "vitest";
import { MAX_OCCURRENCES, TooManyOccurrencesError, occurrences, parseRecurrence } from "@/lib/contracts/schedule";
import { toDay } from "@/lib/core/calendar";

const contract = { startsOn: toDay("2026-01-01"), endsOn: toDay("2026-12-31") };
const iso = (days: Date[]) => days.map((d) => d.toISOString().slice(0, 10));

describe("parseRecurrence", () => {
  it("normalises a weekly rule", () => {
    expect(parseRecurrence("rrule:freq=weekly;byday=mo,th")).toEqual({ ok: true, rule: "FREQ=WEEKLY;BYDAY=MO,TH" });
  });

  it.each(["FREQ=HOURLY", "FREQ=MINUTELY;INTERVAL=5", "FREQ=WEEKLY;BYHOUR=8", "FREQ=DAILY;COUNT=3", "FREQ=DAILY;UNTIL=20270101", "", "BYDAY=MO", "FREQ=WEEKLY;INTERVAL=0", "n'importe quoi"])(
    "refuses %j with a French message",
    (rule) => {
      const parsed = parseRecurrence(rule);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/[a-zé]/);
    },
  );
});

describe("occurrences", () => {
  it("gives Mondays and Thursdays within the window", () => {
    expect(iso(occurrences("FREQ=WEEKLY;BYDAY=MO,TH", contract, { from: toDay("2026-03-02"), to: toDay("2026-03-15") }))).toEqual([
      "2026-03-02",
      "2026-03-05",
      "2026-03-09",
      "2026-03-12",
    ]);
  });

  it("gives every evening but Sunday", () => {
    const days = occurrences("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA", contract, { from: toDay("2026-03-01"), to: toDay("2026-03-08") });
    expect(iso(days)).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07"]);
  });

  it("stays within the contract's dates", () => {
    const short = { startsOn: toDay("2026-03-04"), endsOn: toDay("2026-03-10") };
    expect(iso(occurrences("FREQ=DAILY", short, { from: toDay("2026-03-01"), to: toDay("2026-03-31") }))).toEqual([
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
    ]);
    expect(occurrences("FREQ=DAILY", short, { from: toDay("2026-04-01"), to: toDay("2026-04-30") })).toEqual([]);
  });

  it("refuses a window past the limit rather than truncating it", () => {
    const long = { startsOn: toDay("2020-01-01"), endsOn: toDay("2030-12-31") };
    expect(() => occurrences("FREQ=DAILY", long, { from: long.startsOn, to: long.endsOn })).toThrow(TooManyOccurrencesError);
    expect(occurrences("FREQ=DAILY", long, { from: toDay("2026-01-01"), to: toDay("2026-01-31") }, MAX_OCCURRENCES)).toHaveLength(31);
  });
});

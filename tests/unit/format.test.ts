import { describe, expect, it } from "vitest";
import {
  formatDay,
  formatDayTime,
  formatDelay,
  formatDuration,
  formatIsoDay,
  formatLongDay,
  formatMonth,
  formatShortDay,
  formatTimestamp,
} from "@/lib/format/dates";
import { formatCoordinate, formatEuros, formatNumber, formatTenth, plural, pluralForm } from "@/lib/format/numbers";
import { formatMinutes, formatWeeklyHours, formatWorkedTime } from "@/lib/format/hours";
import { enumOptions } from "@/lib/format/options";

// French digit grouping is a narrow no-break space.
const NNBSP = "\u202f";
// Before a currency sign: a no-break space.
const NBSP = "\u00a0";

describe("dates", () => {
  // 06:05 UTC on 26 November is 07:05 in Paris (winter time, UTC+1).
  const morning = new Date("2026-11-26T06:05:03Z");

  it("writes a day in its three lengths, in French", () => {
    expect(formatDay(morning)).toBe("26 nov. 2026");
    expect(formatLongDay(morning)).toBe("26 novembre 2026");
    expect(formatShortDay(morning)).toBe("26/11/2026");
  });

  it("writes a moment to the minute in a sentence, to the second in a log", () => {
    expect(formatDayTime(morning)).toBe("26 novembre 2026 à 07:05");
    expect(formatTimestamp(morning)).toBe("26/11/2026 07:05:03");
  });

  it("takes the ISO strings that dates become on their way to a client component", () => {
    expect(formatDay(morning.toISOString())).toBe("26 nov. 2026");
    expect(formatDayTime(morning.toISOString())).toBe("26 novembre 2026 à 07:05");
  });

  it("reads every date in Paris time, whatever the zone of the machine", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Paris.
    const newYear = new Date("2026-12-31T23:30:00Z");
    expect(formatLongDay(newYear)).toBe("1 janvier 2027");
    expect(formatIsoDay(newYear)).toBe("2027-01-01");
    // Summer time: UTC+2.
    expect(formatDayTime(new Date("2026-07-14T20:00:00Z"))).toBe("14 juillet 2026 à 22:00");
  });

  it("writes the day as <input type=date> reads it", () => {
    expect(formatIsoDay(morning)).toBe("2026-11-26");
    expect(formatIsoDay(new Date("2026-03-05T12:00:00Z"))).toBe("2026-03-05");
  });

  it("names a month of the figures as it was computed, with no zone shift", () => {
    expect(formatMonth("2026-11")).toBe("novembre 2026");
    expect(formatMonth("2027-01")).toBe("janvier 2027");
  });
});

describe("durations", () => {
  it("rounds a time to fix to hours under a day, to days beyond", () => {
    expect(formatDuration(60)).toBe("1 heure");
    expect(formatDuration(3600)).toBe("1 heure");
    expect(formatDuration(18 * 3600)).toBe("18 heures");
    expect(formatDuration(24 * 3600)).toBe("1 jour");
    expect(formatDuration(4 * 24 * 3600 + 3 * 3600)).toBe("4 jours");
  });

  it("gives a median delay to a tenth, in hours up to two days", () => {
    expect(formatDelay(0.5)).toBe("0,5 heure");
    expect(formatDelay(1)).toBe("1 heure");
    expect(formatDelay(1.96)).toBe("2 heures");
    expect(formatDelay(12.5)).toBe("12,5 heures");
    expect(formatDelay(47.9)).toBe("47,9 heures");
    expect(formatDelay(48)).toBe("2 jours");
    expect(formatDelay(77)).toBe("3,2 jours");
  });
});

describe("numbers", () => {
  it("groups digits and writes decimals the French way", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1234)).toBe(`1${NNBSP}234`);
    expect(formatNumber(1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatNumber(0.5)).toBe("0,5");
    expect(formatTenth(12.345)).toBe("12,3");
    expect(formatTenth(3)).toBe("3");
  });

  it("writes euro cents as an amount in euros, cents always shown", () => {
    expect(formatEuros(1_250_050)).toBe(`12${NNBSP}500,50${NBSP}€`);
    expect(formatEuros(8_500)).toBe(`85,00${NBSP}€`);
    expect(formatEuros(0)).toBe(`0,00${NBSP}€`);
  });

  it("writes coordinates with five decimals", () => {
    expect(formatCoordinate(47.394123)).toBe("47,39412");
    expect(formatCoordinate(0.6842)).toBe("0,68420");
  });
});

describe("plural", () => {
  it("keeps 0 and 1 singular, as French does, and 2 and more plural", () => {
    expect(plural(0, "signalement", "signalements")).toBe("0 signalement");
    expect(plural(1, "signalement", "signalements")).toBe("1 signalement");
    expect(plural(2, "signalement", "signalements")).toBe("2 signalements");
    expect(plural(25, "signalement", "signalements")).toBe("25 signalements");
  });

  it("agrees a whole phrase", () => {
    expect(plural(1, "notification non lue", "notifications non lues")).toBe("1 notification non lue");
    expect(plural(3, "notification non lue", "notifications non lues")).toBe("3 notifications non lues");
  });

  it("keeps a fraction below two singular", () => {
    expect(pluralForm(1.5, "heure", "heures")).toBe("heure");
    expect(pluralForm(2.5, "heure", "heures")).toBe("heures");
  });

  it("groups the digits of a large count", () => {
    expect(plural(1500, "entrée", "entrées")).toBe(`1${NNBSP}500 entrées`);
  });

  it("gives the form alone, for a label beside its figure", () => {
    expect(pluralForm(1, "compte", "comptes")).toBe("compte");
    expect(pluralForm(0, "compte", "comptes")).toBe("compte");
    expect(pluralForm(4, "compte", "comptes")).toBe("comptes");
  });
});

describe("enumOptions", () => {
  const LABELS = { LOW: "Basse", NORMAL: "Normale", HIGH: "Haute" } as const;

  it("lists a table of labels as options, in the table's order", () => {
    expect(enumOptions(LABELS)).toEqual([
      { value: "LOW", label: "Basse" },
      { value: "NORMAL", label: "Normale" },
      { value: "HIGH", label: "Haute" },
    ]);
  });

  it("follows the order and subset of the values given", () => {
    expect(enumOptions(LABELS, ["HIGH", "LOW"])).toEqual([
      { value: "HIGH", label: "Haute" },
      { value: "LOW", label: "Basse" },
    ]);
  });
});

describe("worked time and a job's length", () => {
  // Totals keep "0 h 45" so that a column of them reads alike; a job's length says "45 min".
  it.each([
    [450, "7 h 30", "7 h 30"],
    [420, "7 h", "7 h"],
    [45, "0 h 45", "45 min"],
    [0, "0 h", "0 min"],
    [65, "1 h 05", "1 h 05"],
    [12 * 60, "12 h", "12 h"],
    [60 * 1234, "1 234 h", "1 234 h"],
  ])("%s minutes: %s worked, %s long", (minutes, worked, length) => {
    expect(formatWorkedTime(minutes).replace(/\u202f/g, " ")).toBe(worked);
    expect(formatMinutes(minutes).replace(/\u202f/g, " ")).toBe(length);
  });

  it("writes weekly hours from decimals", () => {
    expect(formatWeeklyHours(26.5)).toBe("26 h 30");
    expect(formatWeeklyHours(35)).toBe("35 h");
  });
});

import { describe, expect, it } from "vitest";
import {
  computeStatement,
  formatPeriod,
  lineAmountCents,
  parisMonthOf,
  parisMonthRange,
  parisPeriodRange,
  parseStatementMonth,
  parseStatementPeriod,
  parseStatementYear,
  periodFromSearchParams,
  shiftMonth,
  shiftPeriod,
  statementTitle,
} from "@/lib/work-orders/statement";
import { statementCsv } from "@/lib/work-orders/statement-csv";
import { partnerJobsParamsSchema } from "@/lib/work-orders/partner-params";
import { orderJobSchema, sendBackJobSchema } from "@/lib/work-orders/partner-schemas";

describe("amounts by unit", () => {
  it("counts visits, hours and a flat month", () => {
    expect(lineAmountCents({ unit: "PER_VISIT", unitPriceCents: 4500 }, 3, 500)).toEqual({ quantity: 3, amountCents: 13_500 });
    // 90 minutes at 28,00 € an hour: 42,00 €; 20 minutes at 25,00 €: 8,333… → 8,33 €.
    expect(lineAmountCents({ unit: "HOURLY", unitPriceCents: 2800 }, 2, 90)).toEqual({ quantity: 1.5, amountCents: 4200 });
    expect(lineAmountCents({ unit: "HOURLY", unitPriceCents: 2500 }, 1, 20).amountCents).toBe(833);
    expect(lineAmountCents({ unit: "FLAT", unitPriceCents: 120_000 }, 4, 600)).toEqual({ quantity: 1, amountCents: 120_000 });
    expect(lineAmountCents({ unit: "FLAT", unitPriceCents: 120_000 }, 0, 0)).toEqual({ quantity: 0, amountCents: 0 });
  });

  it("gives every line, a line without jobs at zero, and the totals", () => {
    const lines = [
      { id: "a", task: "Halls", unit: "PER_VISIT" as const, unitPriceCents: 4500 },
      { id: "b", task: "Espaces verts", unit: "HOURLY" as const, unitPriceCents: 3000 },
      { id: "c", task: "Forfait", unit: "FLAT" as const, unitPriceCents: 50_000 },
    ];
    const { lines: out, totals, months } = computeStatement(lines, [
      { lineId: "a", month: "2026-11", jobs: 1, minutes: 60 },
      { lineId: "a", month: "2026-11", jobs: 1, minutes: 30 },
      { lineId: "b", month: "2026-11", jobs: 1, minutes: 150 },
      { lineId: null, month: "2026-11", jobs: 1, minutes: 999 },
    ]);
    expect(out.map((l) => [l.id, l.jobs, l.minutes, l.amountCents])).toEqual([
      ["a", 2, 90, 9000],
      ["b", 1, 150, 7500],
      ["c", 0, 0, 0],
    ]);
    expect(totals).toEqual({ jobs: 3, minutes: 240, amountCents: 16_500 });
    expect(months).toEqual([{ month: "2026-11", jobs: 3, minutes: 240, amountCents: 16_500 }]);
  });

  it("reads a line's month added up (as the query gives it) as it reads its jobs one by one", () => {
    const lines = [
      { id: "a", task: "Halls", unit: "PER_VISIT" as const, unitPriceCents: 4500 },
      { id: "h", task: "Espaces verts", unit: "HOURLY" as const, unitPriceCents: 2500 },
    ];
    const oneByOne = computeStatement(lines, [
      { lineId: "a", month: "2026-11", jobs: 1, minutes: 60 },
      { lineId: "a", month: "2026-11", jobs: 1, minutes: 30 },
      { lineId: "h", month: "2026-11", jobs: 1, minutes: 20 },
      { lineId: "h", month: "2026-11", jobs: 1, minutes: 25 },
    ]);
    const summed = computeStatement(lines, [
      { lineId: "h", month: "2026-11", jobs: 2, minutes: 45 },
      { lineId: "a", month: "2026-11", jobs: 2, minutes: 90 },
    ]);
    expect(summed).toEqual(oneByOne);
    expect(summed.lines.map((l) => [l.id, l.jobs, l.minutes, l.amountCents])).toEqual([
      ["a", 2, 90, 9000],
      ["h", 2, 45, 1875],
    ]);
  });

  it("adds a year up month by month: a flat price once per month with a job, cents rounded in each month", () => {
    const lines = [
      { id: "h", task: "Espaces verts", unit: "HOURLY" as const, unitPriceCents: 2500 },
      { id: "f", task: "Forfait", unit: "FLAT" as const, unitPriceCents: 50_000 },
    ];
    const { lines: out, totals, months } = computeStatement(lines, [
      // 20 minutes at 25 € in each of two months: 8,33 € twice (16,66 €), not 40 minutes once (16,67 €).
      { lineId: "h", month: "2026-03", jobs: 1, minutes: 20 },
      { lineId: "h", month: "2026-01", jobs: 1, minutes: 20 },
      { lineId: "f", month: "2026-01", jobs: 1, minutes: 0 },
      { lineId: "f", month: "2026-01", jobs: 1, minutes: 0 },
      { lineId: "f", month: "2026-03", jobs: 1, minutes: 0 },
    ]);
    expect(out.map((l) => [l.id, l.jobs, l.minutes, l.amountCents])).toEqual([
      ["h", 2, 40, 1666],
      ["f", 3, 0, 100_000],
    ]);
    expect(out[0].quantity).toBeCloseTo(40 / 60);
    expect(out[1].quantity).toBe(2);
    expect(totals).toEqual({ jobs: 5, minutes: 40, amountCents: 101_666 });
    expect(months).toEqual([
      { month: "2026-01", jobs: 3, minutes: 20, amountCents: 50_833 },
      { month: "2026-03", jobs: 2, minutes: 20, amountCents: 50_833 },
    ]);
  });
});

describe("months in Paris time", () => {
  it("parses ?mois= and refuses anything else", () => {
    expect(parseStatementMonth("2026-11")).toEqual({ kind: "month", year: 2026, month: 11, key: "2026-11" });
    for (const bad of ["2026-13", "2026-1", "26-11", "2026-11-01", "", undefined, ["2026-11"], "1999-12"]) expect(parseStatementMonth(bad)).toBeNull();
  });

  it("parses ?annee= and a period's key, and takes ?annee= before ?mois=", () => {
    expect(parseStatementYear("2026")).toEqual({ kind: "year", year: 2026, key: "2026" });
    for (const bad of ["26", "20266", "1999", "2100", "2026-11", undefined, ["2026"]]) expect(parseStatementYear(bad)).toBeNull();
    expect(parseStatementPeriod("2026-11")?.kind).toBe("month");
    expect(parseStatementPeriod("2026")?.kind).toBe("year");
    expect(parseStatementPeriod("novembre")).toBeNull();
    expect(periodFromSearchParams({})).toBeUndefined();
    expect(periodFromSearchParams({ annee: null, mois: null })).toBeUndefined();
    expect(periodFromSearchParams({ annee: "2025", mois: "2026-11" })?.key).toBe("2025");
    expect(periodFromSearchParams({ mois: "2026-11" })?.key).toBe("2026-11");
    expect(periodFromSearchParams({ mois: "2026" })).toBeNull();
    expect(periodFromSearchParams({ annee: "2026-11" })).toBeNull();
  });

  it("names and moves a period, a month or a year", () => {
    expect(formatPeriod("2026-11")).toBe("novembre 2026");
    expect(formatPeriod("2026")).toBe("2026");
    expect(statementTitle("2026-11")).toBe("Relevé de novembre 2026");
    expect(statementTitle("2026")).toBe("Relevé de l'année 2026");
    expect(shiftPeriod("2026", -1)).toBe("2025");
    expect(shiftPeriod("2026-12", 1)).toBe("2027-01");
  });

  it("bounds a year in Paris time, from 1 January's midnight to the next", () => {
    expect(parisPeriodRange({ kind: "year", year: 2026, key: "2026" })).toEqual({ start: new Date("2025-12-31T23:00:00Z"), end: new Date("2026-12-31T23:00:00Z") });
    expect(parisPeriodRange({ kind: "month", year: 2026, month: 11, key: "2026-11" })).toEqual(parisMonthRange(2026, 11));
  });

  it("starts a winter month at 23:00 UTC the day before, a summer month at 22:00", () => {
    expect(parisMonthRange(2026, 11)).toEqual({ start: new Date("2026-10-31T23:00:00Z"), end: new Date("2026-11-30T23:00:00Z") });
    // October: summer time at its start, winter time at its end (clocks go back on the 25th).
    expect(parisMonthRange(2026, 10)).toEqual({ start: new Date("2026-09-30T22:00:00Z"), end: new Date("2026-10-31T23:00:00Z") });
    expect(parisMonthRange(2026, 12).end).toEqual(new Date("2026-12-31T23:00:00Z"));
  });

  it("puts an instant in its Paris month, and moves between months", () => {
    expect(parisMonthOf(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12");
    expect(parisMonthOf(new Date("2026-11-30T22:59:59Z"))).toBe("2026-11");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
  });
});

describe("the statement as CSV", () => {
  it("has a BOM, ';' separators, decimal commas and escaped cells", () => {
    const csv = statementCsv({
      contract: { reference: "M2026-014", object: "Entretien; halls" },
      partner: "Habitat Bellerive",
      period: "2026-11",
      months: [{ month: "2026-11", jobs: 1, minutes: 90, amountCents: 4275 }],
      lines: [{ id: "a", task: "=Halls", unit: "HOURLY", unitPriceCents: 2850, jobs: 1, minutes: 90, quantity: 1.5, amountCents: 4275 }],
      totals: { jobs: 1, minutes: 90, amountCents: 4275 },
      jobs: [{ number: 12, task: "Halls", site: "Les Tilleuls", doneAt: new Date("2026-11-10T09:00:00Z"), minutes: 90 }],
    });
    expect(csv.startsWith("\uFEFFRelevé mensuel;M2026-014;\"Entretien; halls\"\r\n")).toBe(true);
    // lib/reports/csv.ts quotes a cell with a comma: a French spreadsheet reads "28,50" as a number.
    expect(csv).toContain(`'=Halls;À l'heure;"28,50";1;"1,50";"1,50";"42,75"\r\n`);
    expect(csv).toContain(`Total;;;1;"1,50";;"42,75"\r\n`);
    expect(csv).toContain(`12;Halls;Les Tilleuls;10/11/2026;"1,50"\r\n`);
    expect(csv).not.toContain("Mois;Interventions validées");
  });

  it("says a year's statement is one, with its months", () => {
    const csv = statementCsv({
      contract: { reference: "M2026-014", object: "Entretien" },
      partner: "Habitat Bellerive",
      period: "2026",
      months: [
        { month: "2026-10", jobs: 1, minutes: 60, amountCents: 2850 },
        { month: "2026-11", jobs: 1, minutes: 90, amountCents: 4275 },
      ],
      lines: [{ id: "a", task: "Halls", unit: "HOURLY", unitPriceCents: 2850, jobs: 2, minutes: 150, quantity: 2.5, amountCents: 7125 }],
      totals: { jobs: 2, minutes: 150, amountCents: 7125 },
      jobs: [],
    });
    expect(csv.startsWith("\uFEFFRelevé annuel;M2026-014;Entretien\r\n")).toBe(true);
    expect(csv).toContain("Année;2026\r\n");
    expect(csv).toContain(`Mois;Interventions validées;Heures;Montant HT (€)\r\n2026-10;1;"1,00";"28,50"\r\n2026-11;1;"1,50";"42,75"\r\n`);
  });
});

describe("the partner's inputs", () => {
  it("ignores odd filters and requires a comment to send back", () => {
    expect(partnerJobsParamsSchema.parse({ statut: "DONE", mois: "2026-11", page: "2" })).toEqual({ status: "DONE", month: "2026-11", page: 2 });
    expect(partnerJobsParamsSchema.parse({ statut: "X", mois: "nov", page: "-1" })).toEqual({ status: undefined, month: undefined, page: 1 });
    expect(sendBackJobSchema.safeParse({ workOrderId: "abc", version: "0", comment: "   " }).success).toBe(false);
  });

  it("refuses a partnerId and days that do not exist", () => {
    const order = { lineId: "l1", siteId: "s1", date: "2026-12-10", description: "Nettoyer le local", idempotencyKey: "k".repeat(20) };
    expect(orderJobSchema.safeParse(order).success).toBe(true);
    expect(orderJobSchema.safeParse({ ...order, partnerId: "p1" }).success).toBe(false);
    expect(orderJobSchema.safeParse({ ...order, date: "2026-02-30" }).success).toBe(false);
  });
});

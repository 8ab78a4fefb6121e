/** A year as the addresses write it (lib/core/year-key.ts), and the readers that share it. */
import { describe, expect, it } from "vitest";
import { YEAR_KEY, parseYearKey } from "@/lib/core/year-key";
import { yearOrMonth } from "@/lib/employees/periods";
import { routes } from "@/lib/routes";
import { parseStatementYear, periodParam } from "@/lib/work-orders/statement";

describe("a year key", () => {
  it("is four digits, from 2000 to 2099", () => {
    expect(parseYearKey("2026")).toBe(2026);
    expect(parseYearKey("2000")).toBe(2000);
    expect(parseYearKey("2099")).toBe(2099);
    for (const bad of ["1999", "2100", "26", "20266", " 2026", "2026-11", "２０２６", "", undefined, null, 2026, ["2026"]]) expect(parseYearKey(bad)).toBeNull();
    expect(YEAR_KEY.test("2026-11")).toBe(false);
  });

  it("is read alike by the statements, the work figures and the addresses", () => {
    const now = new Date("2026-06-15T12:00:00Z");
    for (const key of ["2025", "2099", "2100", "1999", "x"]) {
      const year = parseYearKey(key);
      expect(parseStatementYear(key)?.year ?? null).toBe(year);
      expect(yearOrMonth({ annee: key }, now).year).toBe(year ?? 2026);
    }
    expect(routes.partner.statement("c1", "2026")).toBe("/partenaire/contrats/c1/releve?annee=2026");
    expect(routes.partner.statement("c1", "2026-11")).toBe("/partenaire/contrats/c1/releve?mois=2026-11");
    expect(periodParam("2026")).toBe("annee");
    expect(periodParam("2026-11")).toBe("mois");
  });
});

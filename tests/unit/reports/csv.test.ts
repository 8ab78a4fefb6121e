import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "@/lib/reports/csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone, empty for null", () => {
    expect(csvCell("Ampoule grillée")).toBe("Ampoule grillée");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes separators, quotes and line breaks, doubling the quotes", () => {
    expect(csvCell('Il a dit "demain"')).toBe('"Il a dit ""demain"""');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
  });

  it.each(["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tcmd", "=HYPERLINK(\"http://x\";\"y\")"])("guards %j against formula injection", (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("does not prefix negative numbers given as numbers", () => {
    expect(csvCell(-2)).toBe("-2");
  });
});

describe("csvLine", () => {
  it("joins with semicolons and ends with CRLF", () => {
    expect(csvLine(["a", 1, null, "=x"])).toBe("a;1;;'=x\r\n");
  });
});

/**
 * CSV for spreadsheets (pure, unit-tested): fields quoted when needed, quotes doubled, and cells
 * that a spreadsheet would run as a formula (= + - @, tab, carriage return) prefixed with an apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[";,\n\r]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[], separator = ";"): string {
  return `${values.map(csvCell).join(separator)}\r\n`;
}

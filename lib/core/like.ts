/**
 * Prisma's `contains` is a LIKE pattern: `%` and `_` typed in a search box must match themselves,
 * not any text (the backslash, LIKE's escape, is escaped too).
 */
export function likeLiteral(text: string) {
  return text.replace(/[\\%_]/g, "\\$&");
}

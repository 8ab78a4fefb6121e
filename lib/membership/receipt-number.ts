import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The year's next receipt number, taken inside the payment's transaction: the year's counter row is
 * created if missing (ON CONFLICT DO NOTHING: two first payments of a year do not collide), then
 * locked (FOR UPDATE: a concurrent payment waits for this transaction to end), then moved on. A
 * payment rolled back rolls its number back with it, so the year's receipts run 1, 2, 3… without a
 * gap or a repeat, which a database sequence cannot promise (it never goes back).
 */
export async function nextReceiptNumber(tx: Tx, year: number): Promise<number> {
  await tx.$executeRaw`INSERT INTO "ReceiptCounter" ("year", "last") VALUES (${year}, 0) ON CONFLICT ("year") DO NOTHING`;
  const [row] = await tx.$queryRaw<{ last: number }[]>`SELECT "last" FROM "ReceiptCounter" WHERE "year" = ${year} FOR UPDATE`;
  const next = row.last + 1;
  await tx.$executeRaw`UPDATE "ReceiptCounter" SET "last" = ${next} WHERE "year" = ${year}`;
  return next;
}

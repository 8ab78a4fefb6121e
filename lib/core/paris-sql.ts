import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The Paris month ("YYYY-MM") of a timestamp column, in SQL: the figures and the statement group
 * by the month a person in the Régie lives in, not UTC's. Its TypeScript twin is `parisMonthOf`
 * (lib/work-orders/statement.ts); a test holds the statement's SQL months equal to it.
 */
export function parisMonthSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`;
}

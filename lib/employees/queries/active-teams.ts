import "server-only";
import { readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The teams work may be given to (not archived), their id and name, as the rows of one SELECT
 * whose alias is `t`: what `listActiveTeams` orders, and what a page's own statement reads as a CTE
 * (the planning's `teams`), so that the rule is written once.
 */
export const activeTeamsSql = Prisma.sql`SELECT t.id, t.name FROM "Team" t WHERE t."archivedAt" IS NULL`;

/**
 * The teams work may be given to (not archived), by name: what every team picker and filter offers
 * (an employee's team, a contract line's, a job's, the planning's). A team's name is not behind the
 * employees' privacy wall; the caller has checked its own permission (employees, contracts, jobs).
 * Raw SQL on Prisma's pool (lib/db.ts `readRows`), a named statement: the planning reads it on
 * every visit, and Prisma 6's client engine compiled the equivalent findMany anew each time.
 */
export async function listActiveTeams(): Promise<{ id: string; name: string }[]> {
  return readRows<{ id: string; name: string }>(Prisma.sql`${activeTeamsSql} ORDER BY t.name, t.id`);
}

import "server-only";
import { db } from "@/lib/db";

/**
 * The teams work may be given to (not archived), by name: what every team picker and filter offers
 * (an employee's team, a contract line's, a job's, the planning's). A team's name is not behind the
 * employees' privacy wall; the caller has checked its own permission (employees, contracts, jobs).
 */
export async function listActiveTeams(): Promise<{ id: string; name: string }[]> {
  return db.team.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * A month whose statement runs over more than one page (20 jobs a page): a past contract of the
 * demo landlord (the partner of HB-2026-031), written straight into the database, with 25 jobs
 * validated in June 2025. Its own contract and year, so that no other test's statement or totals
 * move. Made once per database: later calls return the same contract.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { CONTRACT } from "./done-job";

export const BUSY_CONTRACT = "HB-2025-E2E";
export const BUSY_MONTH = "2025-06";
export const BUSY_JOBS = 25;
const id = (prefix: string) => `${prefix}${randomUUID().replaceAll("-", "").slice(0, 16)}`;

export async function busyStatement(): Promise<{ contractId: string }> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query("BEGIN");
    const { rows: [seeded] } = await db.query<{ partnerId: string; siteId: string }>(
      `SELECT c."partnerId", ls."siteId" FROM "Contract" c JOIN "ContractLine" l ON l."contractId" = c.id JOIN "ContractLineSite" ls ON ls."lineId" = l.id
        WHERE c.reference = $1 ORDER BY l."sortOrder" LIMIT 1`,
      [CONTRACT],
    );
    const { rows: made } = await db.query<{ id: string }>(
      `INSERT INTO "Contract" (id, reference, "partnerId", object, kind, "startsOn", "endsOn", status, "updatedAt")
       VALUES ($1, $2, $3, 'Entretien des halls (2025)', 'PUBLIC_PROCUREMENT', '2025-01-01', '2025-12-31', 'EXPIRED', now())
       ON CONFLICT (reference) DO NOTHING RETURNING id`,
      [id("e2ectr"), BUSY_CONTRACT, seeded.partnerId],
    );
    if (made.length) {
      const lineId = id("e2elin");
      await db.query(
        `INSERT INTO "ContractLine" (id, "contractId", task, unit, "unitPriceCents", "updatedAt") VALUES ($1, $2, 'Nettoyage des halls', 'PER_VISIT', 4500, now())`,
        [lineId, made[0].id],
      );
      await db.query(`INSERT INTO "ContractLineSite" ("lineId", "siteId") VALUES ($1, $2)`, [lineId, seeded.siteId]);
      for (let i = 0; i < BUSY_JOBS; i++) {
        const day = `2025-06-${String(2 + i).padStart(2, "0")}`;
        await db.query(
          `INSERT INTO "WorkOrder" (id, origin, "contractId", "contractLineId", "partnerId", "siteId", task, "scheduledDate", status, "doneAt", "validatedAt", "updatedAt")
           VALUES ($1, 'SCHEDULE', $2, $3, $4, $5, 'Nettoyage des halls', $6::date, 'VALIDATED', $6::date + time '10:00', $6::date + time '18:00', now())`,
          [id("e2ejob"), made[0].id, lineId, seeded.partnerId, seeded.siteId, day],
        );
      }
    }
    await db.query("COMMIT");
    const { rows: [contract] } = await db.query<{ id: string }>(`SELECT id FROM "Contract" WHERE reference = $1`, [BUSY_CONTRACT]);
    return { contractId: contract.id };
  } catch (error) {
    await db.query("ROLLBACK");
    throw error;
  } finally {
    await db.end();
  }
}

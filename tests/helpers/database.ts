import { db } from "@/lib/db";
import { databaseUrl } from "@/lib/env";

/**
 * The integration tests' database: every app table emptied before each test, and a snapshot to
 * prove that a refused call changed nothing.
 */

// The migrations' bookkeeping survives; everything else is app data.
const KEEP = new Set(["_prisma_migrations"]);
// Throttling counters move on refused attempts by design; snapshots leave them out.
const NOT_IN_SNAPSHOT = new Set(["RateLimit"]);

let tables: string[] | undefined;

async function appTables(): Promise<string[]> {
  if (tables) return tables;
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  tables = rows.map((r) => r.tablename).filter((name) => !KEEP.has(name));
  if (!tables.includes("User") || !tables.includes("AuditLog") || !tables.includes("RateLimit")) {
    throw new Error(`Unexpected tables (${tables.join(", ")}): run \`npx prisma migrate deploy\` on the test database first.`);
  }
  return tables;
}

/** Refuses to empty anything but a test database: a name with "test", or the embedded test server. */
function assertThrowawayDatabase() {
  const url = new URL(databaseUrl());
  const name = decodeURIComponent(url.pathname.slice(1));
  const embeddedTestServer = url.hostname === "127.0.0.1" && url.port === "5434"; // scripts/test.mjs
  if (!/test/i.test(name) && !embeddedTestServer) {
    throw new Error(`Refusing to truncate database "${name}": the tests need a throwaway database whose name contains "test".`);
  }
}

/**
 * Empties every app table, "AuditLog" included: TRUNCATE does not fire its append-only row
 * trigger, which only refuses UPDATE and DELETE.
 */
export async function resetDatabase() {
  assertThrowawayDatabase();
  const names = await appTables();
  await db.$executeRawUnsafe(`TRUNCATE ${names.map((n) => `"${n}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

export type DatabaseSnapshot = Record<string, unknown[]>;

/** Every row of every app table (throttling counters aside), in a stable order (by the row: link tables have no id). */
export async function databaseSnapshot(): Promise<DatabaseSnapshot> {
  const snapshot: DatabaseSnapshot = {};
  for (const name of await appTables()) {
    if (NOT_IN_SNAPSHOT.has(name)) continue;
    const [row] = await db.$queryRawUnsafe<{ rows: string }[]>(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${name}" t`,
    );
    snapshot[name] = JSON.parse(row.rows) as unknown[];
  }
  return snapshot;
}

/** Rows of the throttling table, to check that an attempt spent (or did not spend) a point. */
export async function rateLimitRows() {
  return db.$queryRaw<{ key: string; points: number }[]>`SELECT "key", "points" FROM "RateLimit" ORDER BY "key"`;
}

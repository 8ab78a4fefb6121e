import "server-only";
import { Client } from "pg";
import { databaseUrl } from "@/lib/env";
import { runRetention } from "@/lib/retention/run-retention";

/**
 * Runs the retention job in the server process: a minute after start, then every day. Several
 * server processes may run this timer; a PostgreSQL advisory lock, held on a connection of its own
 * for the run, lets only one of them work at a time (the others skip that turn). Every rule is
 * idempotent, so a run after a restart does no harm.
 */
const LOCK_KEY = 7_231_902; // arbitrary, unique to this job among the portal's advisory locks
const DAY_MS = 24 * 60 * 60 * 1000;

const globalForRetention = globalThis as unknown as { retentionTimer?: NodeJS.Timeout };

/** One run if no other process holds the lock; returns whether this one ran it. */
export async function runRetentionOnce(now = new Date()): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_KEY]);
    if (!rows[0]?.locked) return false;
    try {
      const report = await runRetention(now);
      console.info("[retention]", JSON.stringify(report));
      return true;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

export function startRetentionSchedule(firstRunMs = 60_000, intervalMs = DAY_MS) {
  if (globalForRetention.retentionTimer) return;
  const run = () => runRetentionOnce().catch((error) => console.error("[retention] run failed", error));
  const first = setTimeout(() => {
    void run();
    // A timer alone must not keep a process alive (tests, scripts, a server shutting down).
    globalForRetention.retentionTimer = setInterval(run, intervalMs).unref();
  }, firstRunMs).unref();
  globalForRetention.retentionTimer = first;
}

export function stopRetentionSchedule() {
  clearTimeout(globalForRetention.retentionTimer);
  clearInterval(globalForRetention.retentionTimer);
  globalForRetention.retentionTimer = undefined;
}

import "server-only";
import { Client } from "pg";
import { databaseUrl } from "@/lib/env";

/**
 * A job the server process runs once a day (retention, the Régie's daily work): first a minute
 * after start or at an hour of the night, then every day. Several server processes may run the timer; a PostgreSQL advisory lock,
 * held on a connection of its own for the run, lets only one of them work at a time (the others
 * skip that turn). Every job is idempotent, so a run after a restart does no harm.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export type DailyJob<R> = {
  /** For the logs: "[retention] …". */
  name: string;
  /** Arbitrary, unique to this job among the portal's advisory locks. */
  lockKey: number;
  run: (now: Date) => Promise<R>;
};

const timers = (globalThis as unknown as { dailyJobTimers?: Map<string, NodeJS.Timeout> }).dailyJobTimers ?? new Map<string, NodeJS.Timeout>();
(globalThis as unknown as { dailyJobTimers?: Map<string, NodeJS.Timeout> }).dailyJobTimers = timers;

/** One run if no other process holds the job's lock; returns whether this one ran it. */
export async function runDailyJobOnce<R>(job: DailyJob<R>, now = new Date()): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [job.lockKey]);
    if (!rows[0]?.locked) return false;
    try {
      const report = await job.run(now);
      console.info(`[${job.name}]`, JSON.stringify(report));
      return true;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [job.lockKey]);
    }
  } finally {
    await client.end();
  }
}

const parisClock = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** Milliseconds from `now` to the next `hour` o'clock in Paris (a night job's first run). */
export function msUntilParisHour(hour: number, now = new Date()): number {
  const [h, m, s] = parisClock.format(now).split(":").map(Number);
  const elapsed = ((h * 60 + m) * 60 + s) * 1000 + now.getMilliseconds();
  const wait = (hour * 3_600_000 - elapsed + DAY_MS) % DAY_MS;
  return wait === 0 ? DAY_MS : wait;
}

/** Starts the job's timer: a first run after `firstRunMs`, then one every `intervalMs`. */
export function startDailyJob<R>(job: DailyJob<R>, firstRunMs = 60_000, intervalMs = DAY_MS) {
  if (timers.has(job.name)) return;
  const run = () => runDailyJobOnce(job).catch((error) => console.error(`[${job.name}] run failed`, error));
  const first = setTimeout(() => {
    void run();
    // A timer alone must not keep a process alive (tests, scripts, a server shutting down).
    timers.set(job.name, setInterval(run, intervalMs).unref());
  }, firstRunMs).unref();
  timers.set(job.name, first);
}

/** Stops every daily job's timer (tests that start the server's instrumentation). */
export function stopDailyJobs() {
  for (const timer of timers.values()) {
    clearTimeout(timer);
    clearInterval(timer);
  }
  timers.clear();
}

import "server-only";
import { runRetention } from "@/lib/retention/run-retention";
import { runDailyJobOnce, type DailyJob } from "@/lib/scheduling/daily-job";

/** The retention periods applied once a day (lib/retention/run-retention.ts), by one process at a time. */
export const retentionJob: DailyJob<Awaited<ReturnType<typeof runRetention>>> = { name: "retention", lockKey: 7_231_902, run: runRetention };

/** One run if no other process holds the lock; returns whether this one ran it. */
export function runRetentionOnce(now = new Date()): Promise<boolean> {
  return runDailyJobOnce(retentionJob, now);
}

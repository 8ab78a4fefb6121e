/**
 * Runs once when a server process starts (Next.js): start-up checks, caches checked against the
 * database, then the outbox's retry worker and the daily jobs.
 */
export async function register() {
  // Only in the Node.js server: not in the edge runtime, nor in `next build`'s workers.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { runStartChecks } = await import("@/lib/start-checks");
  runStartChecks();
  const { installSocketAddressHeader } = await import("@/lib/auth/socket-address");
  installSocketAddressHeader();
  const { prepareCachesForDatabase } = await import("@/lib/cache/startup");
  await prepareCachesForDatabase();
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker();
  // Daily jobs (lib/scheduling/daily-job.ts): retention (purges, expired links, inactive
  // accounts), and the Régie's work (contracts that ran out, the schedules' coming jobs).
  const { msUntilParisHour, startDailyJob } = await import("@/lib/scheduling/daily-job");
  const { retentionJob } = await import("@/lib/retention/schedule");
  const { dailyWorkJob } = await import("@/lib/scheduling/daily-work");
  startDailyJob(retentionJob);
  // At 4 in the morning, Paris time: the planning a team reads when the day starts is complete,
  // and a server restarted in the day does not generate under the staff's feet.
  startDailyJob(dailyWorkJob, msUntilParisHour(4));
}

/**
 * Runs once when a server process starts (Next.js): start-up checks, caches checked against the
 * database, then the outbox's retry worker and the daily retention job.
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
  // Daily retention (lib/retention/schedule.ts): purges, expired links, inactive accounts.
  const { startRetentionSchedule } = await import("@/lib/retention/schedule");
  startRetentionSchedule();
}

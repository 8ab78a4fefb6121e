/** Runs once when a server process starts (Next.js): start-up checks, then the outbox's retry worker. */
export async function register() {
  // Only in the Node.js server: not in the edge runtime, nor in `next build`'s workers.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { hstsMissingProblem, insecureOriginProblem } = await import("@/lib/secure-origin");
  const { readRoutesManifest } = await import("@/lib/routes-manifest");
  const problem = insecureOriginProblem(process.env) ?? hstsMissingProblem(process.env, readRoutesManifest());
  if (problem) {
    // Exit, not throw: Next 16.4 logs an error thrown by register() and goes on serving.
    // tests/integration/production-start.test.ts starts the built server to check it stops.
    console.error(`\n[quartier] ${problem}\n`);
    process.exit(1);
  }
  const { installSocketAddressHeader } = await import("@/lib/auth/socket-address");
  installSocketAddressHeader();
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker();
}

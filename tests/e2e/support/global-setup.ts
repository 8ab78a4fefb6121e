/**
 * Brings the database to a known state before the tests: every table emptied, the demo data seeded
 * (reset-database.ts, run with tsx in a child process).
 *
 * Playwright 1.65 runs global setup after the web servers have started (plugin setup first): fine,
 * since the portal reads the database on every request, and the pages prerendered at build time
 * (home, sign-up) show public figures and lists that the tests do not pin down.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

export default function globalSetup() {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(__dirname, "reset-database.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) throw new Error(`Resetting the database failed (exit code ${result.status ?? result.signal}).`);
}

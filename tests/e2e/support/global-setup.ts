/**
 * Brings the database to a known state before the tests: every table emptied, the demo data seeded
 * (reset-database.ts, run with tsx in a child process).
 *
 * Playwright 1.65 runs global setup after the web servers have started (plugin setup first): fine,
 * since the portal reads the database on every request, and the pages prerendered at build time
 * (home, sign-up) show public figures and lists that the tests do not pin down.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

export default function globalSetup() {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(__dirname, "reset-database.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) throw new Error(`Resetting the database failed (exit code ${result.status ?? result.signal}).`);
  // Next's data cache (unstable_cache) lives on disk and survives a restart: after a reseed, the
  // option lists cached by an earlier run (report categories, territory) would name ids that no
  // longer exist. The freshly started server has read nothing yet, so emptying the folder is enough.
  rmSync(path.join(ROOT, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
}

// `npm test`: lint, typecheck, unit + integration tests (real database), then end-to-end tests in
// Chromium against a production build. Uses DATABASE_URL when set, else an embedded PostgreSQL.
import { rmSync, readFileSync, existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { ensureDatabase, prisma, root, run } from "./db.mjs";
import { buildServiceWorker } from "./build-service-worker.mjs";

/** A port nothing listens on now: a server left over from an interrupted run cannot collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(String(port)));
    });
  });
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");
const only = process.argv.slice(2); // e.g. `npm test -- unit` runs only the named steps

const step = (name) => only.length === 0 || only.includes(name);

if (step("lint")) run(bin("eslint"), [".", "--max-warnings=0"]);
if (step("typecheck")) {
  run(bin("prisma"), ["generate"], { DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://unused" });
  run(bin("tsc"), ["--noEmit", "-p", "."]);
}

const db = await ensureDatabase({ name: "test", port: 5434, fresh: true });
const env = { DATABASE_URL: db.url, NODE_OPTIONS: "" };
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
let failed = false;
try {
  prisma(["generate"], env);
  prisma(["migrate", "deploy"], env);
  if (step("unit") || step("integration")) {
    run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(resultsDir, "vitest.json")}`], env);
  }
  if (step("migrations")) {
    // The `prisma migrate dev` check needs a server that can create databases: PGlite serves one.
    if (db.embedded) console.log("migrate dev check: runs only against a PostgreSQL server (set DATABASE_URL); not on the embedded database.");
    else {
      const out = `--outputFile.json=${path.join(resultsDir, "vitest-migrate.json")}`;
      run(bin("vitest"), ["run", "--config", "vitest.migrate.config.ts", "--reporter=default", "--reporter=json", out], env);
    }
  }
  if (step("e2e")) {
    buildServiceWorker({ production: true });
    run(bin("next"), ["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
    // The data cache (unstable_cache) outlives a server in .next/cache: entries a server wrote
    // against another database (a bench run, the dev data) would be served as this one's.
    rmSync(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
    const ports = {};
    for (const name of ["E2E_APP_PORT", "MAIL_SINK_SMTP_PORT", "MAIL_SINK_HTTP_PORT"]) ports[name] = process.env[name] ?? (await freePort());
    run(bin("playwright"), ["test"], { ...env, ...ports });
  }
} catch (error) {
  failed = true;
  console.error(String(error.message ?? error));
} finally {
  await db.stop();
}

// One closing line for whoever reads the log: every test counted, whichever runner ran it.
let passed = 0;
let failures = 0;
for (const file of ["vitest.json", "vitest-migrate.json"]) {
  const report = path.join(resultsDir, file);
  if (!existsSync(report)) continue;
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, "utf8"));
  passed += numPassedTests;
  failures += numFailedTests;
}
const e2e = path.join(resultsDir, "playwright.json");
if (existsSync(e2e)) {
  const stats = JSON.parse(readFileSync(e2e, "utf8")).stats;
  passed += stats.expected + stats.flaky;
  failures += stats.unexpected;
}
console.log(`${passed} passed, ${failures} failed`);
process.exit(failed || failures > 0 ? 1 : 0);

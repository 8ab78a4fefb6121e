#!/usr/bin/env node
// `npm run start:cluster`: several production server processes behind one port, so that a machine's
// cores all serve pages (one Next.js process uses about one core). Node's cluster: the primary
// listens and hands connections to the workers in turn; each worker is a Next.js server of this
// build through Next's programmatic API, set up as `next start` sets up its own: NODE_ENV
// production; without -H, listening on every interface, with Next told "localhost" (see README,
// Production, on -H localhost); with -H, that hostname for both.
//
//   node scripts/start-cluster.mjs [--workers N] [-p PORT] [-H HOSTNAME]
//   (or WEB_CONCURRENCY, PORT; N defaults to the cores available)
//
// More than one worker needs REDIS_URL: Next's data cache and its tag revalidations then live in
// Redis (lib/cache/redis-cache-handler.cjs). Without it each worker would keep its own, and one
// would serve a public list another has already revalidated.
import cluster from "node:cluster";
import http from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    workers: { type: "string" },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const workers = Number(values.workers ?? process.env.WEB_CONCURRENCY ?? availableParallelism());
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

if (cluster.isPrimary) startPrimary();
else await startWorker();

function startPrimary() {
  if (!Number.isInteger(workers) || workers < 1) fail(`--workers must be a whole number ≥ 1 (got ${values.workers ?? process.env.WEB_CONCURRENCY}).`);
  if (workers > 1 && !process.env.REDIS_URL) {
    fail(`${workers} workers need REDIS_URL (a shared cache): each would otherwise keep its own cache and serve lists another one has revalidated. Set REDIS_URL, or start one worker (--workers 1).`);
  }
  let stopping = false;
  const listened = new Set();
  console.log(`[cluster] ${workers} worker(s) on http://${hostname ?? "localhost"}:${port}${process.env.REDIS_URL ? ", cache shared in Redis" : ""}`);
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("listening", (worker) => {
    listened.add(worker.id);
    if (listened.size === workers) console.log(`[cluster] ready: ${workers} worker(s) listening`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A worker that stops before it ever listened (a start check refused the environment, the
    // build is missing…) would stop again: the whole cluster stops, with its exit code.
    if (!listened.has(worker.id)) {
      console.error(`[cluster] worker ${worker.process.pid} stopped before serving (${signal ?? code}): stopping.`);
      stop(code || 1);
      return;
    }
    console.error(`[cluster] worker ${worker.process.pid} stopped (${signal ?? code}): starting another.`);
    cluster.fork();
  });

  function stop(code = 0) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    // Open keep-alive connections can hold a graceful stop: a few seconds, then out.
    setTimeout(() => process.exit(code), 5000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    });
  }
  process.on("SIGTERM", () => stop());
  process.on("SIGINT", () => stop());
}

async function startWorker() {
  // As `next start` does before it loads Next (bin/next sets NODE_ENV for the command it runs).
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dir: root, hostname: hostname ?? "localhost", port, dev: false });
  await app.prepare();
  const handle = app.getRequestHandler();
  http.createServer((req, res) => handle(req, res)).listen(port, hostname);
}

function fail(message) {
  console.error(`\n[cluster] ${message}\n`);
  process.exit(1);
}

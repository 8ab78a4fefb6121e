#!/usr/bin/env node
/**
 * `npm run bench`: seeds a large Régie into its own database, builds and starts the portal on
 * localhost:3419 against it, and measures a few pages with autocannon (10 connections, 10 s each),
 * then the time a year's statement PDF takes, one request at a time.
 * Prints req/s, p50, p95 (from autocannon's histogram when available, else p97.5), errors, the
 * ratio to the static page, and the SQL queries each page makes (counted with PRISMA_LOG_QUERIES=1).
 * The ratio's base is the median of the static page measured before every page: one server
 * process serves the same static page at rates ±25 % apart over a run (its heap grows past 1 GB,
 * and a measurement right after a heavy page pays for that page's garbage; session 17 saw 733 to
 * 1,451 req/s in one run), so one static figure taken at the start made the pages measured last
 * look slow and the run's order decide.
 * Before measuring, every page is served in turn under load (BENCH_MIXED_ROUNDS rounds of
 * BENCH_MIXED seconds each, default 2 × 3 s), as a production process serves them all: a page's
 * rate kept rising for 30–40 s of its own load when only its 8 s warm-up came before it (session
 * 20: the board dashboard 90 → 124 → 129 → 132 req/s in four rounds), so the first pages measured
 * paid for the JIT and the run's order decided again. Then every page is measured twice, in the
 * list's order and in reverse (BENCH_PASSES=1 for one pass): a page's req/s is the mean of its
 * passes, its p50 and p95 the worse of them, and both passes' rates are printed.
 * The ratio of the signed-in page that reads only the session is the run's health: about 0.20 on
 * a quiet machine (sessions 17–20), 0.11–0.12 on the loaded ones whose figures moved by a third.
 *
 * Env: DATABASE_URL_BENCH (default postgresql://postgres@127.0.0.1:5432/quartier_bench),
 * BENCH_SKIP_BUILD=1 to reuse the last build, BENCH_DURATION (seconds, default 10), BENCH_WARMUP
 * (seconds of the same load on each page before it is measured, default 8), BENCH_PORT (default
 * 3419, so that two checkouts can measure at once), BENCH_PAGES (a comma-separated list of words:
 * only the pages whose name contains one of them are measured, beside the static page),
 * BENCH_SEED_ONLY=1 (prepare the database and stop).
 * Then 1 and 2 server processes (scripts/start-cluster.mjs, cache shared in Redis) on the static
 * page, the public lists and the staff overview: BENCH_REDIS_URL (default redis://127.0.0.1:6379),
 * BENCH_PROCESSES=0 to skip.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import autocannon from "autocannon";
import { createClient } from "@redis/client";
import { sessionCookie as openSession } from "./session-cookie.mjs";
import { hash } from "@node-rs/argon2";
import sharp from "sharp";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DB_URL = process.env.DATABASE_URL_BENCH ?? "postgresql://postgres@127.0.0.1:5432/quartier_bench";
const PORT = Number(process.env.BENCH_PORT ?? 3419);
const BASE = `http://localhost:${PORT}`;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 8);
const MIXED = Number(process.env.BENCH_MIXED ?? 3);
const MIXED_ROUNDS = Number(process.env.BENCH_MIXED_ROUNDS ?? 2);
const PASSES = process.env.BENCH_PASSES === "1" ? 1 : 2;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
/** Keys of this run only (lib/cache/redis-cache-handler.cjs), deleted at the end. */
const REDIS_KEY_PREFIX = `quartier-bench-${process.pid}`;
const RESIDENTS = 20_000;
const REPORTS = 200_000;
const WORK_ORDERS = 100_000;
const MEMBERS = 5_000;

const env = {
  ...process.env,
  DATABASE_URL: DB_URL,
  APP_URL: BASE,
  // Plain HTTP on localhost, on purpose: the production start check would refuse it otherwise.
  ALLOW_INSECURE_HTTP: "1",
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
};

function run(cmd, args, extraEnv = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${result.status})`);
}

async function ensureDatabase() {
  const url = new URL(DB_URL);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(DB_URL), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!exists.rowCount) {
    console.log(`creating database ${name}`);
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  }
  await admin.end();
  run("npx", ["prisma", "migrate", "deploy"]);
}

async function seed() {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  const counts = await client.query(`SELECT (SELECT count(*) FROM "Report")::int AS reports, (SELECT count(*) FROM "User")::int AS users`);
  const { reports, users } = counts.rows[0];
  await client.end();
  if (reports === REPORTS && users >= RESIDENTS) {
    console.log(`already seeded: ${users} users, ${reports} reports`);
    return;
  }
  if (reports || users) {
    console.log("wrong size: emptying the bench database");
    const c = new pg.Client({ connectionString: DB_URL });
    await c.connect();
    await c.query(`DO $$ DECLARE t text; BEGIN
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'AuditLog') LOOP
        EXECUTE format('TRUNCATE TABLE %I CASCADE', t);
      END LOOP; END $$`);
    await c.end();
  }
  console.log(`seeding ${RESIDENTS} residents and ${REPORTS} reports…`);
  const started = Date.now();
  const sharedHash = await hash("mot-de-passe-bench-2026");
  run("psql", [DB_URL, "-v", "ON_ERROR_STOP=1", "-q", "-v", `hash=${sharedHash}`, "-f", path.join(ROOT, "bench/seed.sql")]);
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The Régie's work (bench/seed-work.sql), once, on top of the reports' seed. */
async function seedWork() {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  const { jobs } = (await client.query(`SELECT count(*)::int AS jobs FROM "WorkOrder"`)).rows[0];
  await client.end();
  if (jobs === WORK_ORDERS) {
    console.log(`already seeded: ${jobs} work orders`);
    return;
  }
  if (jobs) throw new Error(`the bench database has ${jobs} work orders, not ${WORK_ORDERS}: drop it and run again`);
  console.log(`seeding 100 employees, 50 contracts and ${WORK_ORDERS} work orders…`);
  const started = Date.now();
  const sharedHash = await hash("mot-de-passe-bench-2026");
  run("psql", [DB_URL, "-v", "ON_ERROR_STOP=1", "-q", "-v", `hash=${sharedHash}`, "-f", path.join(ROOT, "bench/seed-work.sql")]);
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The association's own life (bench/seed-association.sql), once, on top of the two seeds above. */
async function seedAssociation() {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  const { members } = (await client.query(`SELECT count(*)::int AS members FROM "Member"`)).rows[0];
  await client.end();
  if (members === MEMBERS) {
    console.log(`already seeded: ${members} members`);
    return;
  }
  if (members) throw new Error(`the bench database has ${members} members, not ${MEMBERS}: drop it and run again`);
  console.log(`seeding ${MEMBERS} members over ten years, 500 meetings and 2,000 volunteer missions…`);
  const started = Date.now();
  run("psql", [DB_URL, "-v", "ON_ERROR_STOP=1", "-q", "-f", path.join(ROOT, "bench/seed-association.sql")]);
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Reports whose photos exist as files: the latest ones, which the public list, its cards and the report pages Lighthouse opens show. */
const PHOTO_FILE_REPORTS = 600;

/**
 * Real photo files for the latest reports' photo rows, so that the pages Lighthouse loads fetch
 * real images (a 1280×960 WebP of about the seed's size, as lib/reports/photos.ts stores them)
 * rather than 404s; the older rows keep files nobody reads. One image, hard-linked under each key.
 * Idempotent. A database seeded before the keys were valid storage keys gets them first.
 */
async function writePhotoFiles() {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  await client.query(`UPDATE "ReportPhoto" SET "storageKey" = md5(id) || '.webp', mime = 'image/webp' WHERE "storageKey" LIKE 'bench/%'`);
  const { rows } = await client.query(
    `SELECT p."storageKey" AS key FROM "ReportPhoto" p JOIN "Report" r ON r.id = p."reportId" WHERE r.number > (SELECT max(number) FROM "Report") - $1`,
    [PHOTO_FILE_REPORTS],
  );
  await client.end();
  // The folder of lib/storage/file-storage.ts uploadDir() (a server-only TS module this script
  // cannot import): UPLOAD_DIR, or .data/uploads under the directory `next start` runs in.
  const dir = process.env.UPLOAD_DIR ?? path.join(ROOT, ".data", "uploads");
  const source = path.join(dir, "bench-photo.webp");
  if (!existsSync(source)) {
    mkdirSync(dir, { recursive: true });
    // A photo-like image: blurred noise compresses about as a real picture does, not as a flat colour.
    const noise = await sharp({ create: { width: 1280, height: 960, channels: 3, noise: { type: "gaussian", mean: 128, sigma: 40 } } }).png().toBuffer();
    const image = await sharp(noise).blur(1.2).webp({ quality: 80 }).toBuffer();
    writeFileSync(source, image);
  }
  for (const { key } of rows) {
    const file = path.join(dir, key.slice(0, 2), key);
    if (existsSync(file)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    linkSync(source, file);
  }
  console.log(`photo files: ${rows.length} for the latest ${PHOTO_FILE_REPORTS} reports`);
}

const sessionCookie = (userId) => openSession(DB_URL, userId);

// The production settings of README, Production: a larger young generation for V8 (fewer
// garbage collections of the short-lived objects each render makes).
const SERVER_NODE_OPTIONS = "--max-semi-space-size=32";

// "localhost", not "127.0.0.1": see README, Production (proxy.ts's rewrites would go over HTTP).
function startServer(extraEnv = {}, command = ["npx", "next", "start", "-p", String(PORT), "-H", "localhost"]) {
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { ...env, NODE_OPTIONS: `${SERVER_NODE_OPTIONS} ${process.env.NODE_OPTIONS ?? ""}`.trim(), ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines = [];
  child.stdout.on("data", (d) => lines.push(...d.toString().split("\n").filter(Boolean)));
  child.stderr.on("data", (d) => process.stderr.write(d));
  return { child, lines };
}

/** `workers` processes behind the port, sharing Next's cache in Redis (README, Several processes). */
function startCluster(workers) {
  return startServer({ REDIS_URL, REDIS_KEY_PREFIX }, ["node", "scripts/start-cluster.mjs", "--workers", String(workers), "-p", String(PORT), "-H", "localhost"]);
}

async function deleteRedisKeys() {
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${REDIS_KEY_PREFIX}:*`, COUNT: 1000 })) if (keys.length) await redis.unlink(keys);
  await redis.quit();
}

async function stopServer({ child }) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {}
  await sleep(1000);
}

async function waitReady() {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${BASE}/api/health`);
      if (res.status < 500) return;
    } catch {}
    await sleep(500);
  }
  throw new Error("the server did not start");
}

async function get(url, cookie) {
  const res = await fetch(`${BASE}${url}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await res.text();
  return res.status;
}

function p95(result) {
  // autocannon 8+: result.latency has p97_5 and p99; some versions expose p95 too.
  if (typeof result.latency.p95 === "number") return { value: result.latency.p95, label: "p95" };
  return { value: result.latency.p97_5, label: "p97.5" };
}

/** `seconds` of the measurement's load on a page: autocannon's result. */
const load = (page, seconds) => autocannon({ url: `${BASE}${page.url}`, connections: 10, duration: seconds, headers: page.cookie ? { cookie: page.cookie } : {} });

async function measure(page, warmup = WARMUP) {
  // A server that has served a page a few thousand times has its code optimized by the JIT; the
  // first seconds of a fresh process are slower and would be measured as the page's own cost.
  await load(page, warmup);
  const result = await load(page, DURATION);
  const non2xx = result.non2xx ?? 0;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: p95(result),
    errors: result.errors + result.timeouts + non2xx,
  };
}

/** A page's passes as one figure: the mean rate, the worse latencies and every error. */
function combine(passes) {
  const worse = passes.reduce((a, b) => (b.p95.value > a.p95.value ? b : a));
  return {
    rps: passes.reduce((sum, r) => sum + r.rps, 0) / passes.length,
    p50: Math.max(...passes.map((r) => r.p50)),
    p95: worse.p95,
    errors: passes.reduce((sum, r) => sum + r.errors, 0),
    rates: passes.map((r) => r.rps.toFixed(0)).join(" / "),
  };
}

async function main() {
  run("npx", ["prisma", "generate"]);
  await ensureDatabase();
  await seed();
  await seedWork();
  await seedAssociation();
  await writePhotoFiles();
  if (process.env.BENCH_SEED_ONLY === "1") return;
  if (process.env.BENCH_SKIP_BUILD !== "1") run("npm", ["run", "build"]);
  // The data cache (unstable_cache) outlives the server in .next/cache: entries written by a server
  // run on another database (the e2e tests' demo data) would be served here as the bench's.
  rmSync(path.join(ROOT, ".next", "cache", "fetch-cache"), { recursive: true, force: true });

  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  const { rows } = await client.query(
    `SELECT "authorId" AS id, count(*)::int AS n, min(id) AS report FROM "Report" WHERE "authorId" = 'bu1' GROUP BY 1`,
  );
  const publicReport = (await client.query(`SELECT number FROM "Report" WHERE visibility = 'PUBLIC' AND status = 'ROUTED' ORDER BY number DESC LIMIT 1`)).rows[0].number;
  const area = (await client.query(`SELECT id FROM "Area" ORDER BY name LIMIT 1`)).rows[0].id;
  // The statement's month and year: the last whole month and year, full of validated jobs.
  const { lastMonth, lastYear } = (
    await client.query(`SELECT to_char(date_trunc('month', now() AT TIME ZONE 'Europe/Paris') - interval '1 month', 'YYYY-MM') AS "lastMonth",
                               to_char(now() AT TIME ZONE 'Europe/Paris', 'YYYY')::int - 1 AS "lastYear"`)
  ).rows[0];
  const boardUser = (await client.query(`SELECT "userId" FROM "RoleGrant" WHERE id = 'bgboard'`)).rows[0].userId;
  await client.end();
  const resident = rows[0];
  const residentCookie = await sessionCookie("bu1");
  const staffCookie = await sessionCookie("bstaff");
  const partnerCookie = await sessionCookie("bpartner");
  const employeeCookie = await sessionCookie("bemployee");
  // The board member of bench/seed-association.sql: the account its grant "bgboard" was given to.
  const boardCookie = await sessionCookie(boardUser);

  const pages = [
    { name: "static page", url: "/mentions-legales" },
    { name: "public report list", url: "/signalements" },
    { name: "public list, filtered", url: `/signalements?statut=ROUTED&secteur=${area}&categorie=bc3` },
    { name: "public report page", url: `/signalements/${publicReport}` },
    // The floor of a signed-in page: the resident's layout and a page that reads only the session.
    { name: "signed-in page, session only", url: "/espace/supprimer", cookie: residentCookie },
    { name: "staff queue, filtered", url: "/gestion/signalements?statut=NEW", cookie: staffCookie },
    { name: "staff overview", url: "/gestion", cookie: staffCookie },
    { name: "partner queue, filtered", url: "/partenaire/signalements?statut=ROUTED", cookie: partnerCookie },
    { name: `resident's reports (${resident.n})`, url: "/espace/signalements", cookie: residentCookie },
    { name: "resident's report page", url: `/espace/signalements/${resident.report}`, cookie: residentCookie },
    // The Régie's work (bench/seed-work.sql): team 1's week, the day of bem20 (bemployee), and
    // contract bk1 of partner bp1 (bpartner) with last month's statement.
    { name: "team's week", url: "/gestion/planning?equipe=bt1", cookie: staffCookie },
    { name: "employee's day", url: "/interventions", cookie: employeeCookie },
    { name: "partner's contract page", url: "/partenaire/contrats/bk1", cookie: partnerCookie },
    { name: "partner's monthly statement", url: `/partenaire/contrats/bk1/releve?mois=${lastMonth}`, cookie: partnerCookie },
    // The association (bench/seed-association.sql): 5,000 members over ten years, 500 meetings.
    { name: "membership register", url: "/gestion/adherents", cookie: staffCookie },
    { name: "board dashboard", url: "/gouvernance/tableau-de-bord", cookie: boardCookie },
    { name: "transparency page", url: "/association" },
  ];
  const only = process.env.BENCH_PAGES?.split(",").map((word) => word.trim()).filter(Boolean);
  if (only?.length) pages.splice(1, pages.length, ...pages.slice(1).filter((page) => only.some((word) => page.name.includes(word))));
  const yearPdf = { url: `/partenaire/contrats/bk1/releve/pdf?annee=${lastYear}`, cookie: partnerCookie };

  // 1. Queries per page, with the query logger on: a cold request (empty caches) then a warm one.
  let server = startServer({ PRISMA_LOG_QUERIES: "1" });
  await waitReady();
  for (const page of pages) {
    const count = async () => {
      const before = server.lines.filter((l) => l.startsWith("[prisma:query]")).length;
      const status = await get(page.url, page.cookie);
      await sleep(300);
      return { status, queries: server.lines.filter((l) => l.startsWith("[prisma:query]")).length - before };
    };
    const cold = await count();
    const warm = await count();
    page.status = warm.status;
    page.queries = { cold: cold.queries, warm: warm.queries };
  }
  await stopServer(server);
  // A page that answers an error would be measured as fast as an error page is: no figure then.
  const broken = pages.filter((page) => page.status !== 200);
  if (broken.length) {
    throw new Error(`these pages do not answer 200, nothing measured: ${broken.map((p) => `${p.url} (${p.status})`).join(", ")}`);
  }

  // 2. Throughput, logger off.
  server = startServer();
  await waitReady();
  for (const page of pages) await get(page.url, page.cookie); // warm up
  // Every page in turn under load, as a production process serves them (see the top comment).
  for (let round = 1; round <= MIXED_ROUNDS; round++) {
    process.stdout.write(`warming every page, round ${round} of ${MIXED_ROUNDS}… `);
    for (const page of pages) await load(page, MIXED);
    console.log("done");
  }
  const staticPage = pages[0];
  const staticRates = [];
  for (let pass = 1; pass <= PASSES; pass++) {
    for (const page of pass === 1 ? pages : [...pages].reverse()) {
      // The static page again before each other page (2 s of warm-up: its code is hot already).
      const baseline = page === staticPage ? undefined : await measure(staticPage, 2);
      process.stdout.write(`pass ${pass}, measuring ${page.name}… `);
      const result = await measure(page);
      (page.passes ??= []).push(result);
      staticRates.push((baseline ?? result).rps);
      console.log(`${result.rps.toFixed(0)} req/s${baseline ? ` (static page just before: ${baseline.rps.toFixed(0)})` : ""}`);
    }
  }
  for (const page of pages) page.result = combine(page.passes);
  staticRates.sort((a, b) => a - b);
  const base = staticRates[Math.floor(staticRates.length / 2)];
  // 3. A year's statement as a PDF, one request at a time: the time a partner waits for it.
  const pdfTimes = [];
  let pdfBytes = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const res = await fetch(`${BASE}${yearPdf.url}`, { headers: { cookie: yearPdf.cookie } });
    const body = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200 || !String.fromCharCode(...body.subarray(0, 5)).startsWith("%PDF-")) throw new Error(`${yearPdf.url} answered ${res.status}, not a PDF`);
    pdfTimes.push(performance.now() - started);
    pdfBytes = body.length;
  }
  await stopServer(server);
  // 4. One and two processes behind the port, the cache in Redis: what a second process buys.
  const processPages = pages.filter((page) => ["static page", "public report list", "public list, filtered", "staff overview"].includes(page.name));
  const byProcesses = new Map();
  if (process.env.BENCH_PROCESSES !== "0") {
    try {
      for (const workers of [1, 2]) {
        server = startCluster(workers);
        await waitReady();
        for (const page of processPages) await get(page.url, page.cookie);
        const results = new Map();
        for (const page of processPages) {
          process.stdout.write(`measuring ${page.name}, ${workers} process(es)… `);
          results.set(page, await measure(page));
          console.log(`${results.get(page).rps.toFixed(0)} req/s`);
        }
        byProcesses.set(workers, results);
        await stopServer(server);
      }
    } finally {
      await deleteRedisKeys();
    }
  }

  const [firstPdf, ...warmPdfs] = pdfTimes;
  warmPdfs.sort((a, b) => a - b);

  const lines = [
    `| page | status | req/s | ratio to static | p50 | p95 | errors | SQL queries (cold / warm) | req/s of each pass |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
    ...pages.map(
      (p) =>
        `| ${p.name} \`${p.url.replace(/[a-z0-9]{20,}/g, "…")}\` | ${p.status} | ${p.result.rps.toFixed(0)} | ${(p.result.rps / base).toFixed(2)} | ${p.result.p50} ms | ${p.result.p95.value} ms${p.result.p95.label === "p95" ? "" : " (p97.5)"} | ${p.result.errors} | ${p.queries.cold} / ${p.queries.warm} | ${p.result.rates} |`,
    ),
  ];
  console.log(
    `\n${MIXED_ROUNDS} rounds of ${MIXED} s on every page, then for each page ${WARMUP} s warm-up and ${DURATION} s measured, ${PASSES === 2 ? "in two passes (list order, then reverse)" : "in one pass"}; 10 connections, next start on localhost:${PORT}, ${REPORTS} reports, ${RESIDENTS} residents\n`,
  );
  console.log(
    `The static page: ${staticRates.length} measurements, one before each page, from ${staticRates[0].toFixed(0)} to ${staticRates.at(-1).toFixed(0)} req/s; ratios are to their median, ${base.toFixed(0)} req/s.\n`,
  );
  const floor = pages.find((p) => p.name === "signed-in page, session only");
  if (floor) console.log(`The run's health: the page that reads only the session serves ${(floor.result.rps / base).toFixed(2)} of the static page (about 0.20 on a quiet machine).\n`);
  console.log(lines.join("\n"));
  if (byProcesses.size === 2) {
    const [one, two] = [byProcesses.get(1), byProcesses.get(2)];
    const staticOne = one.get(processPages[0]).rps;
    const staticTwo = two.get(processPages[0]).rps;
    console.log(`\nOne process (next start, file-system cache, table above) and scripts/start-cluster.mjs with 1 and 2 processes sharing the cache in Redis, same run:\n`);
    console.log(
      [
        `| page | next start req/s | 1 process + Redis: req/s (ratio) | 2 processes + Redis: req/s (ratio) | p95, 2 processes | gain of the second process |`,
        `| --- | --- | --- | --- | --- | --- |`,
        ...processPages.map((p) => {
          const [a, b] = [one.get(p), two.get(p)];
          return `| ${p.name} | ${p.result.rps.toFixed(0)} | ${a.rps.toFixed(0)} (${(a.rps / staticOne).toFixed(2)}) | ${b.rps.toFixed(0)} (${(b.rps / staticTwo).toFixed(2)}) | ${b.p95.value} ms${b.p95.label === "p95" ? "" : " (p97.5)"} | ×${(b.rps / a.rps).toFixed(2)} |`;
        }),
      ].join("\n"),
    );
  }
  console.log(
    `\nA year's statement PDF \`${yearPdf.url}\` (${(pdfBytes / 1024).toFixed(0)} kB): first ${firstPdf.toFixed(0)} ms, then median ${warmPdfs[Math.floor(warmPdfs.length / 2)].toFixed(0)} ms, max ${warmPdfs.at(-1).toFixed(0)} ms (one request at a time)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

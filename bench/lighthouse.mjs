#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: what a resident's phone pays for the public pages, the report form
 * and "mes signalements". Lighthouse 12 (mobile, its default simulated throttling: a mid-range
 * phone on slow 4G, CPU ×4), performance and accessibility, in headless Chromium, against a
 * production build serving the bench database (read only: it only opens a session for the
 * resident, as bench/run.mjs does).
 *
 * Each page is run RUNS times (default 3) and each figure is the median of its runs: on a shared
 * machine one run can be twice as slow as the next. Beside Lighthouse's figures, "first-load JS"
 * is what the page's HTML asks for before anything is clicked: the scripts it names, gzipped as
 * `next start` sends them (Next 16's build no longer prints a per-route size).
 *
 *   npm run bench:lighthouse [-- --port 3419] [--runs 3] [--pages home,carte] [--json out.json]
 *
 * Starts `next start` on the port unless something already answers there (build first:
 * `npm run build` with DATABASE_URL pointing at the bench database). Env as bench/run.mjs:
 * DATABASE_URL_BENCH, BENCH_PORT; CHROME_PATH (default /usr/bin/chromium).
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";
import { sessionCookie } from "./session-cookie.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.BENCH_PORT ?? "3419" },
    runs: { type: "string", default: "3" },
    pages: { type: "string" },
    json: { type: "string" },
  },
});
const DB_URL = process.env.DATABASE_URL_BENCH ?? "postgresql://postgres@127.0.0.1:5432/quartier_bench";
const BASE = `http://localhost:${values.port}`;
const RUNS = Number(values.runs);
const RESIDENT = "bu1";
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** The pages measured; `signedIn`: with the resident's session cookie. */
async function pagesToMeasure() {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  const one = async (sql) => (await client.query(sql)).rows[0];
  const report = await one(`SELECT number FROM "Report" WHERE visibility = 'PUBLIC' AND status = 'ROUTED' ORDER BY number DESC LIMIT 1`);
  const category = await one(`SELECT id FROM "ReportCategory" WHERE active ORDER BY "sortOrder", name LIMIT 1`);
  const building = await one(`SELECT id FROM "Building" ORDER BY name LIMIT 1`);
  await client.end();
  return [
    { name: "home", url: "/" },
    { name: "public list", url: "/signalements" },
    { name: "map", url: "/signalements/carte" },
    { name: "public report", url: `/signalements/${report.number}` },
    { name: "association", url: "/association" },
    { name: "report form, step 1", url: "/signalements/nouveau", signedIn: true },
    { name: "report form, step 2", url: `/signalements/nouveau?categorie=${category.id}&lieu=building:${building.id}`, signedIn: true },
    { name: "mes signalements", url: "/espace/signalements", signedIn: true },
  ];
}

async function answers(url) {
  try {
    return (await fetch(url, { redirect: "manual" })).status;
  } catch {
    return 0;
  }
}

/** The production server on the bench database, unless one already runs on the port. */
async function ensureServer() {
  if (await answers(`${BASE}/mentions-legales`)) return null;
  console.log(`starting next start on ${BASE}`);
  const server = spawn("npx", ["next", "start", "-p", values.port, "-H", "localhost"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: { ...process.env, DATABASE_URL: DB_URL, APP_URL: BASE, ALLOW_INSECURE_HTTP: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let i = 0; i < 120 && !(await answers(`${BASE}/mentions-legales`)); i++) await sleep(500);
  return server;
}

/** The scripts the page's HTML names (no interaction, no lazy chunk), gzipped, in bytes. */
async function firstLoadJs(url, headers) {
  const html = await (await fetch(url, { headers })).text();
  // Modern browsers skip the noModule polyfills: they are not part of what a phone loads.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const sources = new Set(tags.map((m) => m[2].replaceAll("&amp;", "&")));
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length;
  return { bytes, scripts: sources.size };
}

/**
 * CPU time of the page's main thread, in ms, read from the trace's thread clock: Lighthouse's
 * timings are wall time (×4 for the phone), and grow with whatever else runs on a shared machine;
 * this one barely does, so it is the figure to compare two versions of a page measured apart.
 * The page's main thread: the renderer main thread that worked the most.
 */
function mainThreadCpu(trace) {
  const mains = new Set(
    trace.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const sums = new Map();
  for (const e of trace.traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph === "X" && e.name === "RunTask" && e.tdur && mains.has(thread)) sums.set(thread, (sums.get(thread) ?? 0) + e.tdur);
  }
  return Math.max(0, ...sums.values()) / 1000;
}

/** One Lighthouse run's figures. */
function figures(lhr, trace) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const scripts = lhr.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
  return {
    performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
    tbt: audit("total-blocking-time"),
    lcp: audit("largest-contentful-paint"),
    fcp: audit("first-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    mainThread: audit("mainthread-work-breakdown"),
    mainThreadCpu: mainThreadCpu(trace),
    jsTransferred: scripts?.transferSize ?? 0,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value).toLocaleString("en")} ms`;
const s = (value) => `${(value / 1000).toFixed(2)} s`;

async function main() {
  const only = values.pages?.split(",").map((word) => word.trim()).filter(Boolean);
  const pages = (await pagesToMeasure()).filter((page) => !only?.length || only.some((word) => page.name.includes(word)));
  const server = await ensureServer();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const cookie = pages.some((page) => page.signedIn) ? await sessionCookie(DB_URL, RESIDENT) : null;
  const rows = [];
  let browser;
  try {
    // The full version from DevTools (the user agent says only "156.0.0.0").
    browser = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()).Browser;
    for (const page of pages) {
      const url = `${BASE}${page.url}`;
      const headers = page.signedIn ? { cookie } : {};
      const status = (await fetch(url, { headers, redirect: "manual" })).status; // also renders a cold ISR page once
      if (status !== 200) throw new Error(`${page.url} answers ${status}, not 200`);
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
        });
        runs.push(figures(result.lhr, result.artifacts.Trace));
      }
      const med = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
      const firstLoad = await firstLoadJs(url, headers);
      rows.push({ ...page, median: med, runs, firstLoad });
      console.log(`${page.name}: score ${med.performance}, TBT ${ms(med.tbt)}, LCP ${s(med.lcp)}, first-load JS ${kB(firstLoad.bytes)}`);
    }
  } finally {
    await chrome.kill();
    if (server) process.kill(-server.pid);
  }

  // Which Chromium matters as much as the machine: the same build blocked 90 ms under 138 and
  // 262–477 ms under 156 (bench/RESULTS.md, session 16).
  console.log(`\nLighthouse 12, mobile, simulated throttling; median of ${RUNS} runs; ${new Date().toISOString()}; ${browser} (${CHROME_PATH})`);
  console.log(`benchmarkIndex (Lighthouse's CPU speed of this machine, median): ${Math.round(median(rows.map((r) => r.median.benchmarkIndex)))}\n`);
  console.log("| page | score | TBT | LCP | FCP | CLS | main thread (×4) | main-thread CPU | JS transferred | first-load JS (scripts) | accessibility |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const { name, url, median: m, firstLoad } of rows) {
    console.log(
      `| ${name} \`${url.split("?")[0]}\` | ${m.performance} | ${ms(m.tbt)} | ${s(m.lcp)} | ${s(m.fcp)} | ${m.cls.toFixed(3)} | ${ms(m.mainThread)} | ${ms(m.mainThreadCpu)} | ${kB(m.jsTransferred)} | ${kB(firstLoad.bytes)} (${firstLoad.scripts}) | ${m.accessibility} |`,
    );
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
}

await main();

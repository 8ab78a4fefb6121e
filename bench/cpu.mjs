#!/usr/bin/env node
/**
 * CPU time per request of one page: the Node.js server's (its whole process tree) and
 * PostgreSQL's (every `postgres` process), read from /proc before and after N requests.
 * Unlike req/s, the figure barely moves when other work shares the machine, so it is the one to
 * compare while changing a page; `npm run bench` gives the ratios the targets are set in.
 *
 *   node bench/cpu.mjs --pid <pid of next start> --url /gestion [--user bstaff] [--n 300]
 *        [--port 3419] [--connections 4]
 *
 * --user opens a session for that account in DATABASE_URL_BENCH (bench/session-cookie.mjs).
 * Prints: node ms/request, postgres ms/request, bytes of the answer, status.
 */
import { readFileSync, readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { sessionCookie } from "./session-cookie.mjs";

const { values } = parseArgs({
  options: {
    pid: { type: "string" },
    url: { type: "string" },
    user: { type: "string" },
    n: { type: "string", default: "300" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3419" },
    connections: { type: "string", default: "4" },
  },
});
if (!values.pid || !values.url) throw new Error("usage: --pid <server pid> --url <path> [--user id] [--n 300]");
const DB_URL = process.env.DATABASE_URL_BENCH ?? "postgresql://postgres@127.0.0.1:5432/quartier_bench";
const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // After the command name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), comm: text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")) };
  } catch {
    return null;
  }
}

function processes() {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => ({ pid: Number(pid), ...stat(pid) }))
    .filter((p) => p.ticks !== undefined && !Number.isNaN(p.ticks));
}

function cpuTicks(root) {
  const all = processes();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (tree.has(p.pid) || !tree.has(p.ppid)) continue;
      tree.add(p.pid);
      grew = true;
    }
  }
  const node = all.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0);
  const postgres = all.filter((p) => p.comm.startsWith("postgres")).reduce((sum, p) => sum + p.ticks, 0);
  return { node, postgres };
}

const cookie = values.user ? await sessionCookie(DB_URL, values.user) : undefined;
const url = `http://localhost:${values.port}${values.url}`;
const headers = cookie ? { cookie } : {};
let bytes = 0;
let status = 0;
async function worker(count) {
  for (let i = 0; i < count; i++) {
    const res = await fetch(url, { headers, redirect: "manual" });
    bytes = (await res.arrayBuffer()).byteLength;
    status = res.status;
  }
}
const n = Number(values.n);
const connections = Number(values.connections);
await Promise.all(Array.from({ length: connections }, () => worker(20))); // warm the JIT and caches
const before = cpuTicks(Number(values.pid));
const started = performance.now();
await Promise.all(Array.from({ length: connections }, () => worker(Math.ceil(n / connections))));
const seconds = (performance.now() - started) / 1000;
const after = cpuTicks(Number(values.pid));
const done = Math.ceil(n / connections) * connections;
const perRequest = (ticks) => ((ticks * TICK_MS) / done).toFixed(2);
console.log(
  `${values.url}: node ${perRequest(after.node - before.node)} ms/request, postgres ${perRequest(after.postgres - before.postgres)} ms/request, ${(bytes / 1024).toFixed(0)} kB, status ${status}, ${(done / seconds).toFixed(0)} req/s while measuring`,
);

#!/usr/bin/env node
/**
 * Where a phone's main thread goes on one page: a Chromium performance trace of its load under 4×
 * CPU throttling (as Lighthouse's mobile run assumes), then its long tasks (over 50 ms of wall
 * time) and what each one spent its time on. Lighthouse gives a score and a total; this names the
 * chunk, the timer or the layout behind each long task, so a change can aim at it.
 *
 *   node bench/trace.mjs --port 3570 --url /signalements/carte [--runs 3] [--cookie 'name=value'] [--json out.json]
 *
 * Against a production build already serving (`next start`), the bench database for the bench's
 * data. Each run opens a fresh context (empty cache), a 412×823 screen at 1.75× like Lighthouse's
 * phone, loads the page, waits until nothing has run for 2 s, and reads the trace. Network is not
 * throttled: this measures the CPU's part only. Per run it prints the long tasks after the first
 * contentful paint with their three largest items of self time (an event name, with the script
 * it belongs to), and "blocking", the sum over those tasks of their time beyond 50 ms (how
 * Lighthouse's TBT counts, without its simulated network). CHROME_PATH: default /usr/bin/chromium.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "playwright";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.BENCH_PORT ?? "3419" },
    url: { type: "string", multiple: true, default: ["/signalements"] },
    runs: { type: "string", default: "3" },
    cookie: { type: "string" },
    json: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});
const BASE = `http://localhost:${values.port}`;
const LONG = 50_000; // µs

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "blink.user_timing",
  "loading",
  "toplevel",
].join(",");

async function traceOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
  });
  if (values.cookie) {
    const [name, ...rest] = values.cookie.split("=");
    await context.addCookies([{ name, value: rest.join("="), url: BASE }]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const chunks = [];
  cdp.on("Tracing.dataCollected", ({ value }) => chunks.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  await page.goto(`${BASE}${url}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  // Until the page stops working: 2 s without a task over 10 ms (a map adds circles after load).
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = performance.now();
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) last = Math.max(last, entry.startTime + entry.duration);
        }).observe({ type: "longtask", buffered: true });
        const check = () => (performance.now() - last > 2000 ? resolve() : setTimeout(check, 250));
        check();
      }),
  );
  await cdp.send("Tracing.end");
  await done;
  await context.close();
  return chunks;
}

/** The page's main thread: where its main frame's navigation started. */
function mainThread(events, url) {
  const path = url.split("?")[0];
  const start = events.filter((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame && new URL(e.args.data.documentLoaderURL || "about:blank").pathname === path).at(-1);
  if (!start) throw new Error(`no navigation to ${path} in the trace`);
  return { thread: `${start.pid}:${start.tid}`, t0: start.ts };
}

const shortUrl = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, "").replace(/^\/_next\/static\/chunks\//, "") : "");

/** A task's self time per "event [script]", nesting by time (complete events on one thread nest). */
function selfTimes(task, children) {
  const out = new Map();
  const stack = [{ e: task, end: task.ts + task.dur, label: "RunTask", url: "" }];
  const close = (frame) => {
    const key = frame.url ? `${frame.label} [${frame.url}]` : frame.label;
    out.set(key, (out.get(key) ?? 0) + frame.self);
  };
  stack[0].self = task.dur;
  for (const e of children) {
    while (stack.length > 1 && e.ts >= stack.at(-1).end) close(stack.pop());
    const parent = stack.at(-1);
    const dur = Math.min(e.dur, parent.end - e.ts);
    parent.self -= dur;
    const url = shortUrl(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName) || parent.url;
    stack.push({ e, end: e.ts + dur, label: e.name, url, self: dur });
  }
  while (stack.length) close(stack.pop());
  return [...out.entries()].filter(([, t]) => t > 0).sort((a, b) => b[1] - a[1]);
}

function analyse(events, url) {
  const { thread, t0 } = mainThread(events, url);
  const own = events.filter((e) => `${e.pid}:${e.tid}` === thread);
  const fcp = own.find((e) => e.name === "firstContentfulPaint" && e.ts >= t0)?.ts ?? t0;
  const complete = own.filter((e) => e.ph === "X" && typeof e.dur === "number").sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = complete.filter((e) => e.name === "RunTask" && e.ts >= t0);
  const long = tasks.filter((t) => t.dur > LONG);
  const described = long.map((task) => {
    const children = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur);
    return {
      start: Math.round((task.ts - t0) / 1000),
      ms: Math.round(task.dur / 1000),
      afterFcp: task.ts + task.dur > fcp,
      top: selfTimes(task, children).slice(0, 3).map(([label, t]) => `${label} ${Math.round(t / 1000)}`),
    };
  });
  const blocking = long.filter((t) => t.ts + t.dur > fcp).reduce((sum, t) => sum + t.dur - Math.max(LONG, fcp - t.ts), 0) / 1000;
  const busy = tasks.reduce((sum, t) => sum + t.dur, 0) / 1000;
  const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
  return { fcp: Math.round((fcp - t0) / 1000), busy: Math.round(busy), cpu: Math.round(cpu), longTasks: long.length, longTotal: Math.round(long.reduce((s, t) => s + t.dur, 0) / 1000), blocking: Math.round(blocking), tasks: described };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const results = [];
try {
  for (const url of values.url) {
    const runs = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const run = analyse(await traceOnce(browser, url), url);
      runs.push(run);
      if (!values.quiet) {
        console.log(`${url} run ${i + 1}: FCP ${run.fcp} ms, main thread busy ${run.busy} ms (CPU ${run.cpu} ms), ${run.longTasks} long tasks ${run.longTotal} ms, blocking after FCP ${run.blocking} ms`);
        for (const t of run.tasks) console.log(`  @${t.start} ms  ${t.ms} ms${t.afterFcp ? "" : " (before FCP)"}: ${t.top.join(" · ")}`);
      }
    }
    const med = (key) => median(runs.map((r) => r[key]));
    console.log(`${url} median of ${runs.length}: busy ${med("busy")} ms, CPU ${med("cpu")} ms, long tasks ${med("longTasks")} totalling ${med("longTotal")} ms, blocking ${med("blocking")} ms`);
    results.push({ url, runs });
  }
} finally {
  await browser.close();
}
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));

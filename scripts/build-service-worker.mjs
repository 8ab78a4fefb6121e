// The employee's phone's service worker (lib/work-orders/offline/service-worker.ts, on serwist)
// bundled into one classic script at public/interventions/sw.js, which Next serves as a static
// file at /interventions/sw.js (next.config.ts adds the Service-Worker-Allowed header that lets it
// control /interventions itself). Built before the app, like the app itself: by `npm run build`,
// scripts/dev.mjs, scripts/test.mjs and bench/run.mjs; never by `next start`, which serves what
// was built (and may run without the build tools). Also runnable alone:
// `node scripts/build-service-worker.mjs [--dev]`.
import { buildSync } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SERVICE_WORKER_OUT = path.join(root, "public", "interventions", "sw.js");

export function buildServiceWorker({ production = process.env.NODE_ENV === "production" } = {}) {
  buildSync({
    entryPoints: [path.join(root, "lib", "work-orders", "offline", "service-worker.ts")],
    outfile: SERVICE_WORKER_OUT,
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: production,
    sourcemap: false,
    tsconfig: path.join(root, "tsconfig.json"),
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildServiceWorker({ production: !process.argv.includes("--dev") });

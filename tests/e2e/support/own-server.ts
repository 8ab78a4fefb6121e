/**
 * A production server of this build that a spec starts itself, in a copy of the project whose
 * `.next` is its own: its memory (VmRSS of its pid) and the growth of its `.next` are then its
 * alone, whatever the suite's shared server does meanwhile. Code, modules and config are symlinks
 * to the real ones; only `.next` (without the build cache) is copied.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export const ROOT = path.resolve(__dirname, "../../..");

export function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "quartier-own-server-"));
  for (const name of readdirSync(ROOT)) {
    if (name === ".next" || name === "test-results" || name === ".git") continue;
    symlinkSync(path.join(ROOT, name), path.join(dir, name));
  }
  cpSync(path.join(ROOT, ".next"), path.join(dir, ".next"), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !source.startsWith(path.join(ROOT, ".next", "cache", "turbopack")),
  });
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type OwnServer = { url: string; pid: number; rss: () => number; log: () => string; stop: () => Promise<void> };

/** `env`: more variables for this server (REDIS_URL for tests/e2e/shared-cache.spec.ts). */
export async function startServer(dir: string, databaseUrl: string, env: Record<string, string> = {}): Promise<OwnServer> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      // Plain http on localhost on purpose (lib/start-checks.ts stops a production server otherwise).
      ALLOW_INSECURE_HTTP: "1",
      UPLOAD_DIR: path.join(dir, ".data", "uploads"),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    rss: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        // Open keep-alive connections can hold a graceful stop: give it a few seconds.
        setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/** A database of its own next to DATABASE_URL's (same server), created empty. */
export async function recreateDatabase(baseUrl: string, name: string): Promise<string> {
  const admin = new URL(baseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One of the project's commands (node_modules/.bin) on a database; its output, or an error with it if it fails. */
export function runOnDatabase(command: string, args: string[], databaseUrl: string): string {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", command), args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export async function dropDatabase(baseUrl: string, name: string) {
  const admin = new URL(baseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function removeProjectCopy(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

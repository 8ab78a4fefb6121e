// Gives every script a PostgreSQL: the server named by DATABASE_URL, or else an embedded one
// (PGlite behind a socket, data kept in .data/pglite-<name>) started here and stopped with us.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function waitForPort(port, timeoutMs = 30000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`PGlite did not listen on ${port}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * Returns { url, stop }. With DATABASE_URL set, uses it as is. Otherwise starts PGlite on `port`
 * (several connections allowed: Prisma's pool and the throttle's need them); `fresh` starts it empty.
 */
export async function ensureDatabase({ name = "dev", port = 5433, fresh = false } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  if (!(await portIsFree(port))) throw new Error(`Port ${port} is taken: another embedded database is running? Stop it or set DATABASE_URL.`);
  const dir = path.join(root, ".data", `pglite-${name}`);
  // Only once the port is known free: another run's embedded database may be using this folder.
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const child = spawn(bin("pglite-server"), [`--db=${dir}`, `--port=${port}`, "--max-connections=20", "--extensions=pg_trgm"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForPort(port);
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&connection_limit=10`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });
  return { url, embedded: true, stop };
}

/** Runs a command to completion with the database's URL in its environment; throws on failure. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

export function prisma(args, env) {
  run(bin("prisma"), args, env);
}

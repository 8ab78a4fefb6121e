/**
 * scripts/start-cluster.mjs refuses, before starting anything, what would serve stale or nothing:
 * several workers without a shared cache (REDIS_URL), or a worker count that is not one.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";

const script = path.resolve(__dirname, "../../scripts/start-cluster.mjs");

function start(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, REDIS_URL: undefined, WEB_CONCURRENCY: undefined, ...env } as NodeJS.ProcessEnv, encoding: "utf8", timeout: 20_000 });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe("start-cluster refuses", () => {
  test("two workers without REDIS_URL, saying why", () => {
    const { code, output } = start(["--workers", "2"]);
    expect(code).toBe(1);
    expect(output).toContain("2 workers need REDIS_URL");
  });

  test("WEB_CONCURRENCY=3 without REDIS_URL", () => {
    const { code, output } = start([], { WEB_CONCURRENCY: "3" });
    expect(code).toBe(1);
    expect(output).toContain("3 workers need REDIS_URL");
  });

  test("a worker count that is not a whole number ≥ 1", () => {
    const { code, output } = start(["--workers", "zéro"]);
    expect(code).toBe(1);
    expect(output).toContain("--workers must be a whole number ≥ 1");
  });
});

/**
 * The shared cache handler against the real Redis at 127.0.0.1:6379 (REDIS_TEST_URL to change),
 * under a key prefix of its own. "Another process" is simulated by forgetting this process's tag
 * times (Next's in-process manifest): what remains is what Redis holds. The two-process journey
 * through real servers is tests/e2e/shared-cache.spec.ts.
 */
import { createRequire } from "node:module";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";

const require = createRequire(import.meta.url);
const { areTagsStale, tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external") as {
  areTagsStale: (tags: string[], timestamp: number) => boolean;
  tagsManifest: Map<string, unknown>;
};

const REDIS_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `quartier-test-${process.pid}-${Date.now().toString(36)}`;
const IDENTITY = Symbol.for("quartier.cache.databaseIdentity");

type Handler = {
  get(key: string, ctx: object): Promise<{ lastModified: number; value: Record<string, unknown> } | null>;
  set(key: string, data: object | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};

/** A server directory with a BUILD_ID, as Next gives the handler (serverDistDir). */
function serverDistDir(buildId: string) {
  const dist = mkdtempSync(path.join(tmpdir(), "quartier-cache-"));
  mkdirSync(path.join(dist, "server"));
  writeFileSync(path.join(dist, "BUILD_ID"), buildId);
  return path.join(dist, "server");
}

/** A fresh copy of the module (its own client), as a new server process loads it. */
async function newHandler(redisUrl = REDIS_URL): Promise<Handler> {
  vi.resetModules();
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_KEY_PREFIX = PREFIX;
  // A CommonJS file without types (Next loads it outside the bundle): imported by a path in a variable.
  const handlerPath = "@/lib/cache/redis-cache-handler.cjs";
  const { default: RedisCacheHandler } = await import(handlerPath);
  return new RedisCacheHandler({ serverDistDir: serverDistDir("build-1") }) as Handler;
}

async function ready(handler: Handler) {
  // The client connects in the background; the first reads are misses until then.
  for (let i = 0; i < 50; i++) {
    await handler.set("/probe", { kind: "FETCH", data: { body: "{}", headers: {}, url: "" }, revalidate: 60 }, { fetchCache: true });
    if (await handler.get("/probe", { kind: "FETCH", tags: [], softTags: [] })) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("Redis did not become ready");
}

const redis = createClient({ url: REDIS_URL });
/** Next compares times in milliseconds, strictly: a revalidation in the same millisecond as the write is not after it. */
const aMomentLater = () => new Promise((r) => setTimeout(r, 5));

async function ourKeys() {
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${PREFIX}:*`, COUNT: 1000 })) keys.push(...batch);
  return keys;
}

const page = (tags: string, status = 200) => ({
  kind: "APP_PAGE",
  html: "<p>liste</p>",
  rscData: Buffer.from([0, 1, 2, 255]),
  segmentData: new Map([["/_tree", Buffer.from("arbre")]]),
  headers: { "x-next-cache-tags": tags },
  status,
  postponed: undefined,
});
const pageCtx = { kind: "APP_PAGE", cacheControl: { revalidate: 3600, expire: 31536000 } };
const data = (body: string) => ({ kind: "FETCH", data: { body, headers: {}, url: "" }, revalidate: 3600 });
const dataCtx = (tags: string[]) => ({ kind: "FETCH", tags, softTags: ["_N_T_/signalements"] });

beforeAll(async () => {
  await redis.connect();
});

afterAll(async () => {
  const keys = await ourKeys();
  if (keys.length) await redis.unlink(keys);
  await redis.quit();
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
});

beforeEach(() => {
  (globalThis as Record<symbol, unknown>)[IDENTITY] = "database-A";
  tagsManifest.clear();
});

describe("shared cache handler (Redis)", () => {
  test("a page keeps its binary payloads, every key has a TTL of at most a day, and a 404 render is not stored", async () => {
    const handler = await newHandler();
    await ready(handler);
    await handler.set("/signalements", page("public-reports"), pageCtx);
    await handler.set("/signalements/inconnu", page("", 404), pageCtx);

    const entry = await handler.get("/signalements", { kind: "APP_PAGE" });
    expect(entry?.value.rscData).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(entry?.value.segmentData).toEqual(new Map([["/_tree", Buffer.from("arbre")]]));
    expect(entry?.value.html).toBe("<p>liste</p>");
    expect(await handler.get("/signalements/inconnu", { kind: "APP_PAGE" })).toBeNull();

    const keys = await ourKeys();
    expect(keys.some((key) => key.endsWith(":build-1:/signalements"))).toBe(true);
    expect(keys.some((key) => key.endsWith("/signalements/inconnu"))).toBe(false);
    for (const key of keys) {
      const ttl = await redis.ttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(24 * 3600 + 60);
    }
  });

  test("a tag expired by another process makes its page and its data a miss here", async () => {
    const writer = await newHandler();
    await ready(writer);
    await writer.set("/signalements", page("public-reports,_N_T_/signalements"), pageCtx);
    await writer.set("reads-1", data("old"), { fetchCache: true, tags: ["public-reports"] });
    await aMomentLater();
    await writer.revalidateTag(["public-reports"], { expire: 0 });

    tagsManifest.clear(); // the reader is another process: it knows only what Redis holds
    const reader = await newHandler();
    await ready(reader);
    expect(await reader.get("/signalements", { kind: "APP_PAGE" })).toBeNull();
    expect(await reader.get("reads-1", dataCtx(["public-reports"]))).toBeNull();

    // Written after the revalidation: served.
    await aMomentLater();
    await reader.set("reads-1", data("new"), { fetchCache: true, tags: ["public-reports"] });
    expect((await reader.get("reads-1", dataCtx(["public-reports"])))?.value).toMatchObject({ data: { body: "new" } });
  });

  test("a tag revalidated with a profile (\"max\") elsewhere leaves the entry served, marked stale for Next to render again", async () => {
    const handler = await newHandler();
    await ready(handler);
    await handler.set("reads-2", data("figures"), { fetchCache: true, tags: ["public-figures"] });
    await aMomentLater();
    await handler.revalidateTag("public-figures", { expire: 365 * 24 * 3600 });
    tagsManifest.clear();

    const entry = await handler.get("reads-2", dataCtx(["public-figures"]));
    expect(entry?.value).toMatchObject({ data: { body: "figures" } });
    expect(areTagsStale(["public-figures"], entry!.lastModified)).toBe(true);
  });

  test("entries written from another database are never read", async () => {
    const handler = await newHandler();
    await ready(handler);
    await handler.set("reads-3", data("A"), { fetchCache: true, tags: [] });
    (globalThis as Record<symbol, unknown>)[IDENTITY] = "database-B";
    expect(await handler.get("reads-3", dataCtx([]))).toBeNull();
    (globalThis as Record<symbol, unknown>)[IDENTITY] = "database-A";
    expect(await handler.get("reads-3", dataCtx([]))).not.toBeNull();
  });

  test("with Redis unreachable, reads are misses at once, writes and revalidations do not fail, and it is said once", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const handler = await newHandler("redis://127.0.0.1:1"); // nothing listens on port 1
      await new Promise((r) => setTimeout(r, 300));
      const started = Date.now();
      expect(await handler.get("/signalements", { kind: "APP_PAGE" })).toBeNull();
      await handler.set("/signalements", page("public-reports"), pageCtx);
      await handler.revalidateTag("public-reports", { expire: 0 });
      expect(Date.now() - started).toBeLessThan(200);
      // This process still sees its own revalidation.
      expect(tagsManifest.get("public-reports")).toMatchObject({ expired: expect.any(Number) });
      await new Promise((r) => setTimeout(r, 1000)); // several reconnection attempts
      expect(errors.mock.calls.filter(([message]) => String(message).includes("Redis unreachable"))).toHaveLength(1);
    } finally {
      errors.mockRestore();
    }
  });
});

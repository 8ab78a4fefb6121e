// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file Next loads at start, outside the bundle */
/**
 * Next's incremental cache (pages rendered on demand, unstable_cache data) and its tag
 * revalidations kept in Redis, so that every server process (node:cluster workers, or servers
 * behind any load balancer) reads the same entries and sees the same revalidations. Chosen by
 * lib/cache/incremental-cache-handler.cjs when REDIS_URL is set.
 *
 * Tags: revalidateTag() writes, per tag, the times Next's own file-system handler keeps in its
 * in-process tags manifest (`stale`: served once more while it is rendered again; `expired`: not
 * served); get() reads the entry's tags back from Redis into that manifest, so Next's own checks
 * (areTagsExpired / areTagsStale, in this file and in IncrementalCache) decide as they would in
 * one process. There is no in-process copy of entries: Next 16's only memory layer for a
 * `cacheHandler` is the LRU inside its FileSystemCache, which this class does not use.
 *
 * Keys: `<REDIS_KEY_PREFIX or "quartier">:<database>:` then `tag:<tag>` or `<build id>:<key>`.
 * <database> is a digest of the identity of the database this server serves
 * (lib/cache/database-identity.ts): entries written from another database (a restore, a reseed)
 * are never read. The build id keeps a page rendered by one build (its script URLs) from being
 * served by another; tags are shared across builds, so that a revalidation during a rolling
 * restart reaches both. Every key has a TTL: what an anonymous visitor can make the server store
 * (pages behind the checks of lib/reports/filter-key.ts and the like) expires by itself.
 *
 * Redis is optional at run time: when it is unreachable (at start or later), pages are served
 * uncached, it is said once in the log, and the client reconnects by itself. Revalidations made
 * meanwhile are kept and written when Redis is back, so an entry they made stale is not served.
 */
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { createClient } = require("@redis/client");
// Next's tags manifest, the one IncrementalCache reads (an .external module: one instance per process).
const { areTagsExpired, tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");
const { decode, encode } = require("./cache-entry-codec.cjs");
const { isNotFoundRender } = require("./not-found-render.cjs");

const DATABASE_IDENTITY = Symbol.for("quartier.cache.databaseIdentity");
const TAGS_HEADER = "x-next-cache-tags";
/** A read slower than this is a miss: a slow Redis must not hold pages up. */
const COMMAND_TIMEOUT_MS = 500;
/** No entry lives longer than a day (twice its `revalidate` when that is shorter). */
const MAX_ENTRY_TTL_S = 24 * 3600;
/** A tag's times outlive every entry written before them, which is all they need to judge. */
const TAG_TTL_S = MAX_ENTRY_TTL_S + 60;

/** @type {import("@redis/client").RedisClientType | undefined} */
let client;
let unreachable = false;
/** @type {string | undefined} */
let buildId;
/**
 * Revalidations Redis has not received yet: tag → the times to write. One entry a tag, merged, so
 * it holds at most the domains' fixed tag names (lib/<domain>/cache-tags.ts; no tag carries an id
 * and nothing calls revalidatePath), however long Redis stays down.
 */
const unsent = new Map();

function connection() {
  if (client) return client;
  client = createClient({
    url: process.env.REDIS_URL,
    // Fail at once while disconnected (the page is then rendered uncached) rather than queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  client.on("error", (/** @type {Error} */ error) => {
    if (unreachable) return;
    unreachable = true;
    console.error(`[cache] Redis unreachable (${error.message}): pages are served without the shared cache until it is back.`);
  });
  client.on("ready", () => {
    if (unreachable) console.log("[cache] Redis is back: the shared cache is on again.");
    unreachable = false;
    void sendUnsent();
  });
  // A failed first connection is reported by the "error" listener; the client keeps retrying.
  client.connect().catch(() => {});
  return client;
}

/** @template T @param {Promise<T>} promise @returns {Promise<T>} */
function within(promise) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("Redis did not answer in time")), COMMAND_TIMEOUT_MS);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/** Key prefixes for the database this process serves, once its identity is known. */
function prefixes() {
  const identity = /** @type {Record<symbol, unknown>} */ (globalThis)[DATABASE_IDENTITY];
  if (typeof identity !== "string" || !buildId) return null;
  const database = createHash("sha256").update(identity).digest("hex").slice(0, 16);
  const root = `${process.env.REDIS_KEY_PREFIX || "quartier"}:${database}:`;
  return { tag: `${root}tag:`, entry: `${root}${buildId}:` };
}

/**
 * The tags' times from Redis into Next's tags manifest (Redis holds every process's revalidations).
 * @param {NonNullable<typeof client>} redis @param {{ tag: string }} keys @param {string[]} tags
 */
async function readTags(redis, keys, tags) {
  const rows = await Promise.all(tags.map((tag) => redis.hmGet(keys.tag + tag, ["stale", "expired"])));
  rows.forEach(([stale, expired], i) => {
    if (stale == null && expired == null) return;
    const times = { ...tagsManifest.get(tags[i]) };
    if (stale != null) times.stale = Number(stale);
    if (expired != null) times.expired = Number(expired);
    tagsManifest.set(tags[i], times);
  });
}

async function sendUnsent() {
  const keys = prefixes();
  if (!keys || !client?.isReady || unsent.size === 0) return;
  const batch = [...unsent];
  try {
    await within(Promise.all(batch.map(([tag, times]) => client?.multi().hSet(keys.tag + tag, times).expire(keys.tag + tag, TAG_TTL_S).exec())));
    // Only what was sent: a revalidation made meanwhile stays for the next try.
    for (const [tag, times] of batch) if (unsent.get(tag) === times) unsent.delete(tag);
  } catch {
    // Still unsent: tried again on the next revalidation or reconnection.
  }
}

/** @param {any} value */
function headerTags(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} context */
  constructor(context) {
    if (!buildId && context.serverDistDir) buildId = readFileSync(path.join(context.serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    connection();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const keys = prefixes();
    const redis = connection();
    if (!keys || !redis.isReady) return null;
    try {
      const isFetch = ctx.kind === "FETCH";
      // A data entry's tags are known before it is read: both in one round trip.
      const fetchTags = isFetch ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      const [stored] = await within(Promise.all([redis.get(keys.entry + key), readTags(redis, keys, fetchTags)]));
      if (!stored) return null;
      const entry = decode(stored);
      const tags = isFetch ? fetchTags : headerTags(entry.value);
      if (!isFetch) await within(readTags(redis, keys, tags));
      // As Next's file-system handler: an expired tag is a miss (a stale one is for Next to judge).
      if (areTagsExpired(tags, entry.lastModified)) return null;
      return entry;
    } catch {
      return null;
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const keys = prefixes();
    const redis = connection();
    if (!data || isNotFoundRender(data) || !keys || !redis.isReady) return;
    const revalidate = data.kind === "FETCH" ? data.revalidate : ctx.cacheControl?.revalidate;
    const ttl = typeof revalidate === "number" && revalidate > 0 ? Math.min(2 * revalidate, MAX_ENTRY_TTL_S) : MAX_ENTRY_TTL_S;
    const entry = { lastModified: Date.now(), value: data, cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl };
    try {
      await within(redis.set(keys.entry + key, encode(entry), { expiration: { type: "EX", value: Math.ceil(ttl) } }));
    } catch {
      // Not stored: the next request renders it again.
    }
  }

  /**
   * The same times as Next's file-system handler, in this process at once and in Redis for the others.
   * @param {string | string[]} tags @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) {
      /** @type {{ stale?: number, expired?: number }} */
      const times = durations ? { stale: now, ...(durations.expire !== undefined && { expired: now + durations.expire * 1000 }) } : { expired: now };
      tagsManifest.set(tag, { ...tagsManifest.get(tag), ...times });
      unsent.set(tag, { ...unsent.get(tag), ...times });
    }
    await sendUnsent();
  }

  resetRequestCache() {}
}

module.exports = RedisCacheHandler;

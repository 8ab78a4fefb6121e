// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file Next loads at start, outside the bundle */
/**
 * The cache handler set in next.config.ts (`cacheHandler`). With REDIS_URL set, the shared one of
 * lib/cache/redis-cache-handler.cjs (several server processes). Without it, Next's own
 * file-system cache (pages rendered on demand, unstable_cache data), with two changes:
 * - A 404 render of a page is never stored (lib/cache/not-found-render.cjs).
 * - Entries written before the server's start are ignored when the server found, at start, that
 *   it now serves another database than the one its caches were written from (see
 *   lib/cache/startup.ts, which sets the time under the symbol below). In Redis, keys carry the
 *   database's identity instead.
 * It extends Next's class rather than copying it: a Next upgrade that changes the class breaks the
 * build's start, and tests/e2e/hardening.spec.ts checks both behaviours on a production server.
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { isNotFoundRender } = require("./not-found-render.cjs");

const NOT_BEFORE = Symbol.for("quartier.cache.notBefore");

class QuartierCacheHandler extends FileSystemCache {
  /** @param {[string, any]} args */
  async get(...args) {
    const entry = await super.get(...args);
    const notBefore = /** @type {Record<symbol, unknown>} */ (globalThis)[NOT_BEFORE];
    if (entry && typeof notBefore === "number" && typeof entry.lastModified === "number" && entry.lastModified < notBefore) return null;
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isNotFoundRender(data)) return;
    return super.set(key, data, ctx);
  }
}

// Read when a server loads the handler (`next start`, each cluster worker). `next build` keeps the
// file system: its prerenders belong in .next, and a build needs no Redis.
const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== "phase-production-build";
module.exports = shared ? require("./redis-cache-handler.cjs") : QuartierCacheHandler;

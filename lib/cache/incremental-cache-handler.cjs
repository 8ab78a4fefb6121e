// @ts-check
/**
 * Next's own file-system cache (pages rendered on demand, unstable_cache data), with two changes,
 * set in next.config.ts (`cacheHandler`):
 * - A 404 render of a page is never stored. A page with a dynamic segment and `revalidate` would
 *   otherwise keep one 404 render on disk per URL anyone makes up (/signalements/<junk>), so a
 *   loop of junk URLs fills the disk. Rendering the 404 again costs no more than a cache miss.
 * - Entries written before the server's start are ignored when the server found, at start, that
 *   it now serves another database than the one its caches were written from (see
 *   lib/cache/startup.ts, which sets the time under the symbol below).
 * It extends Next's class rather than copying it: a Next upgrade that changes the class breaks the
 * build's start, and tests/e2e/hardening-caches.spec.ts checks both behaviours on a production server.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file Next loads at start, outside the bundle
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

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
    if (data && data.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}

module.exports = QuartierCacheHandler;

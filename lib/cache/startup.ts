import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { databaseIdentity } from "@/lib/cache/database-identity";

const NOT_BEFORE = Symbol.for("quartier.cache.notBefore");

/**
 * At the server's start: if the database is not the one the caches in .next were last used with
 * (a database recreated, reseeded or restored from another one since; or the first start of a
 * build, whose pages were rendered from whatever database `next build` saw), every cached page
 * and data entry written before now is ignored (lib/cache/incremental-cache-handler.cjs) and the
 * old data cache is deleted. Keys carry the identity too (lib/cache/cached-read.ts); this also
 * covers the pages rendered at build time and on demand.
 */
export async function prepareCachesForDatabase(distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next")): Promise<boolean> {
  const cacheDir = path.join(/*turbopackIgnore: true*/ distDir, "cache");
  const stampFile = path.join(/*turbopackIgnore: true*/ cacheDir, "quartier-database-identity");
  const current = await databaseIdentity();
  const previous = await readFile(/*turbopackIgnore: true*/ stampFile, "utf8").catch(() => null);
  if (previous === current) return false;
  (globalThis as Record<symbol, unknown>)[NOT_BEFORE] = Date.now();
  await rm(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ cacheDir, "fetch-cache"), { recursive: true, force: true });
  await mkdir(/*turbopackIgnore: true*/ cacheDir, { recursive: true });
  await writeFile(/*turbopackIgnore: true*/ stampFile, current);
  console.log(previous ? "[cache] another database than last time: caches written before this start are ignored." : "[cache] first start of this build: pages rendered before this start are rendered again.");
  return true;
}

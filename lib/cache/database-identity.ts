import "server-only";
import { db } from "@/lib/db";

/**
 * The database's identity: a random value the migrations write once (table DatabaseIdentity), so
 * a database recreated or restored from another one has another value. Read once per process:
 * a server is started against one database. "none" when the row is missing (a database emptied
 * by the tests), so that nothing breaks, only caches are shared between such databases.
 */
let identity: Promise<string> | undefined;
/** Where lib/cache/redis-cache-handler.cjs (loaded outside the bundle) reads it for its keys. */
const PUBLISHED = Symbol.for("quartier.cache.databaseIdentity");

export function databaseIdentity(): Promise<string> {
  identity ??= db.databaseIdentity
    .findUnique({ where: { id: 1 }, select: { value: true } })
    .then((row) => {
      const value = row?.value ?? "none";
      (globalThis as Record<symbol, unknown>)[PUBLISHED] = value;
      return value;
    })
    .catch((error: unknown) => {
      identity = undefined; // the database may be starting: read again next time
      throw error;
    });
  return identity;
}

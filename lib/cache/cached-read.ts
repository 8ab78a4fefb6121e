import "server-only";
import { unstable_cache } from "next/cache";
import { databaseIdentity } from "@/lib/cache/database-identity";

/**
 * unstable_cache with the database's identity in every key. The data cache lives in .next/cache
 * and outlives the database: after a reseed or a restore behind the same build, entries written
 * from the other database (categories whose ids no longer exist…) would be served until they
 * expire. With the identity as the first argument (arguments are part of the key), those entries
 * are simply never read again.
 */
export function cachedRead<A extends unknown[], T>(
  read: (...args: A) => Promise<T>,
  keyParts: string[],
  options: { tags: string[]; revalidate: number },
): (...args: A) => Promise<T> {
  const cached = unstable_cache((_identity: string, ...args: A) => read(...args), keyParts, options);
  return async (...args: A) => cached(await databaseIdentity(), ...args);
}

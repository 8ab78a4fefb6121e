import "server-only";
import { db } from "@/lib/db";
import type { PublicReportFilter } from "@/lib/reports/filter-params";
import { knownFilterValues, usesKnownValues, type KnownFilterValues } from "@/lib/reports/filter-params";

/** The ids a public filter may name: the active categories and the areas, as the list's form offers them. */
export async function readKnownFilterValues(): Promise<KnownFilterValues> {
  const [categories, areas] = await Promise.all([
    db.reportCategory.findMany({ where: { active: true }, select: { id: true } }),
    db.area.findMany({ select: { id: true } }),
  ]);
  return knownFilterValues(categories, areas);
}

type GuardOptions = {
  load?: () => Promise<KnownFilterValues>;
  /** Known values are read again after this long, whatever happens. */
  maxAgeMs?: number;
  /** An id not seen yet may be a category or area created since: read again, but not more often than this. */
  recheckAfterMs?: number;
  now?: () => number;
};

/**
 * For proxy.ts, which decides on every filtered request whether a cached page may exist for it:
 * the known ids are kept in memory and read again every few minutes, or sooner when an unknown id
 * comes (at most once every 10 seconds, and one read at a time), so junk ids cannot turn into a
 * query each.
 */
export function createPublicFilterGuard({ load = readKnownFilterValues, maxAgeMs = 5 * 60_000, recheckAfterMs = 10_000, now = Date.now }: GuardOptions = {}) {
  let known: KnownFilterValues | null = null;
  let loadedAt = 0;
  let pending: Promise<KnownFilterValues> | null = null;

  function reload(): Promise<KnownFilterValues> {
    pending ??= load()
      .then((values) => {
        known = values;
        loadedAt = now();
        return values;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  return {
    /** Whether the filter names only ids that exist (statuses and pages are checked by the parser). */
    async allows(filter: PublicReportFilter): Promise<boolean> {
      if (!filter.categoryId && !filter.areaId) return true;
      let values = known && now() - loadedAt <= maxAgeMs ? known : await reload();
      if (usesKnownValues(filter, values)) return true;
      if (now() - loadedAt < recheckAfterMs) return false;
      values = await reload();
      return usesKnownValues(filter, values);
    },
  };
}

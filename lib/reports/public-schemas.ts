import { z } from "zod";
import type { PublicReportFilter } from "@/lib/reports/filter-params";

export const PUBLIC_REPORTS_PAGE_SIZE = 20;
/** Pages beyond this are not offered: counting further on a large table costs more than it tells. */
export const PUBLIC_REPORTS_MAX_PAGES = 50;

/** "/signalements/1234": the report's public number. */
export const publicReferenceSchema = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().int().max(2_147_483_647));

export type KnownFilterValues = { categories: ReadonlySet<string>; areas: ReadonlySet<string> };

/** The known values, from the rows of the active categories and of the areas. */
export function knownFilterValues(categories: readonly { id: string }[], areas: readonly { id: string }[]): KnownFilterValues {
  return { categories: new Set(categories.map((c) => c.id)), areas: new Set(areas.map((a) => a.id)) };
}

/** Whether the filter's ids name an active category and an area (what the list's form offers). */
export function usesKnownValues(filter: PublicReportFilter, known: KnownFilterValues): boolean {
  return (!filter.categoryId || known.categories.has(filter.categoryId)) && (!filter.areaId || known.areas.has(filter.areaId));
}

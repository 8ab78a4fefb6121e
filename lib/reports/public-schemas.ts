import { z } from "zod";
import { PUBLIC_STATUSES } from "@/lib/reports/model";

export const PUBLIC_REPORTS_PAGE_SIZE = 20;
/** Pages beyond this are not offered: counting further on a large table costs more than it tells. */
export const PUBLIC_REPORTS_MAX_PAGES = 50;

const id = z.string().max(40).regex(/^[a-z0-9]+$/i);

/** The list's GET parameters; any other parameter (utm_source, fbclid…) is dropped. */
export const PUBLIC_FILTER_PARAMS = ["categorie", "statut", "secteur", "page"] as const;

/**
 * One filter of the public list. Strict: a value no page has (an unknown status, a malformed id,
 * a page outside 1–50) is refused, and the caller answers 404 rather than render (and cache) a
 * page for it. Whether the ids name a category and an area that exist is checked apart
 * (usesKnownValues), against the lists of the moment.
 */
export const publicReportFilterSchema = z.strictObject({
  categorie: id.optional(),
  statut: z.enum(PUBLIC_STATUSES).optional(),
  secteur: id.optional(),
  page: z
    .string()
    .regex(/^[0-9]{1,3}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(PUBLIC_REPORTS_MAX_PAGES))
    .optional()
    .transform((v) => v ?? 1),
});
export type PublicReportFilter = z.output<typeof publicReportFilterSchema>;

/** The unfiltered list, first page. */
export const UNFILTERED: PublicReportFilter = { categorie: undefined, statut: undefined, secteur: undefined, page: 1 };

/**
 * The filter of a query string (/signalements?statut=…), or null for a value no page has. Unknown
 * parameters are dropped; an empty value ("Toutes" in the form) means any; the order of the
 * parameters does not matter; a parameter given twice is refused (the form never sends that).
 */
export function parsePublicFilterSearch(params: URLSearchParams): PublicReportFilter | null {
  const raw: Record<string, string> = {};
  for (const name of PUBLIC_FILTER_PARAMS) {
    const values = params.getAll(name);
    if (values.length > 1) return null;
    if (values[0]) raw[name] = values[0];
  }
  const parsed = publicReportFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** "/signalements/1234": the report's public number. */
export const publicReferenceSchema = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().int().max(2_147_483_647));

const ANY = "tous";

/**
 * The filter as one path segment ("<categorie>~<statut>~<secteur>~<page>"), so that each filtered
 * list is its own cached page (proxy.ts rewrites /signalements?… to /signalements/filtre/<key>).
 */
export function publicFilterKey(filter: PublicReportFilter): string {
  return [filter.categorie ?? ANY, filter.statut ?? ANY, filter.secteur ?? ANY, String(filter.page)].join("~");
}

/** The filter of a key, or null unless the key is exactly the one publicFilterKey() writes for it. */
export function parsePublicFilterKey(key: string): PublicReportFilter | null {
  const parts = key.split("~");
  if (parts.length !== 4) return null;
  const [categorie, statut, secteur, page] = parts;
  const raw = Object.fromEntries(Object.entries({ categorie, statut, secteur }).filter(([, v]) => v !== ANY));
  const parsed = publicReportFilterSchema.safeParse({ ...raw, page });
  if (!parsed.success || publicFilterKey(parsed.data) !== key) return null;
  return parsed.data;
}

export type KnownFilterValues = { categories: ReadonlySet<string>; areas: ReadonlySet<string> };

/** The known values, from the rows of the active categories and of the areas. */
export function knownFilterValues(categories: readonly { id: string }[], areas: readonly { id: string }[]): KnownFilterValues {
  return { categories: new Set(categories.map((c) => c.id)), areas: new Set(areas.map((a) => a.id)) };
}

/** Whether the filter's ids name an active category and an area (what the list's form offers). */
export function usesKnownValues(filter: PublicReportFilter, known: KnownFilterValues): boolean {
  return (!filter.categorie || known.categories.has(filter.categorie)) && (!filter.secteur || known.areas.has(filter.secteur));
}

/** A filter without its page: what the list's form sets, and all the map needs. */
export type PublicFilterValues = Omit<Partial<PublicReportFilter>, "page">;

/** A public page's address with the filter's non-empty values ("/signalements/carte?statut=NEW"). */
export function filteredHref(path: string, filter: PublicFilterValues): string {
  const query = new URLSearchParams(Object.entries({ categorie: filter.categorie, statut: filter.statut, secteur: filter.secteur }).filter((e): e is [string, string] => !!e[1]));
  return query.size ? `${path}?${query}` : path;
}

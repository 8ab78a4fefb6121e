/**
 * The report lists' filters as visitors see them in the address bar (French names and values:
 * `?statut=NEW&secteur=…&age=7j`), translated here, and only here, to the English filters the
 * queries take (`{ status, areaId, olderThanDays }`). Pages parse `searchParams` with these
 * schemas; links and forms that build a filter URL write it with the functions below. No server
 * import: proxy.ts and client components use it.
 */
import { z } from "zod";
import { optionalIdParam } from "@/lib/core/schemas";
import { PRIORITIES, PUBLIC_STATUSES, REPORT_STATUSES, type PublicStatus } from "@/lib/reports/model";
import type { ReportPriority, ReportStatus } from "@/lib/generated/prisma/enums";

export const PUBLIC_REPORTS_PAGE_SIZE = 20;
/** Pages beyond this are not offered: counting further on a large table costs more than it tells. */
export const PUBLIC_REPORTS_MAX_PAGES = 50;

/** Each parameter's name in the URL, by the filter's key. */
type ParamNames<F> = { readonly [K in keyof F]-?: string };

/** A query string's parameters (non-empty ones only) from already-written values. */
function present(entries: [string, string | undefined][]): Record<string, string> {
  return Object.fromEntries(entries.filter((e): e is [string, string] => !!e[1]));
}

// ——— The staff queue (/gestion/signalements and its CSV export) ———

export const QUEUE_SORTS = ["newest", "oldest", "priority"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_AGE_DAYS = [7, 30, 90] as const;
export type QueueAgeDays = (typeof QUEUE_AGE_DAYS)[number];

export type TriageQueueFilter = {
  search?: string;
  status?: ReportStatus;
  priority?: ReportPriority;
  categoryId?: string;
  areaId?: string;
  siteId?: string;
  partnerId?: string;
  /** Received more than this many days ago. */
  olderThanDays?: QueueAgeDays;
  /** With at least one photo (true), or none (false). */
  withPhotos?: boolean;
  sort?: QueueSort;
  page?: number;
};

export const QUEUE_PARAMS = {
  search: "q",
  status: "statut",
  priority: "priorite",
  categoryId: "categorie",
  areaId: "secteur",
  siteId: "site",
  partnerId: "partenaire",
  olderThanDays: "age",
  withPhotos: "photos",
  sort: "tri",
  page: "page",
} as const satisfies ParamNames<TriageQueueFilter>;

/** The URL's values of the enumerated filters, by their English value (the form's options use them). */
export const QUEUE_AGE_VALUES = { 7: "7j", 30: "30j", 90: "90j" } as const satisfies Record<QueueAgeDays, string>;
export const QUEUE_PHOTOS_VALUES = { with: "oui", without: "non" } as const;
export const QUEUE_SORT_VALUES = { newest: "recent", oldest: "ancien", priority: "priorite" } as const satisfies Record<QueueSort, string>;

/** The English key whose French value is `value`, in one of the tables above. */
function keyOf<T extends Record<string | number, string>>(table: T, value: string | undefined): keyof T | undefined {
  return (Object.keys(table) as (keyof T)[]).find((key) => table[key] === value);
}

/** The queue's GET parameters: anything unknown or malformed is ignored, never an error page. */
export const triageQueueParamsSchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(100)
      .optional()
      .catch(undefined)
      .transform((v) => v || undefined),
    statut: z.enum(REPORT_STATUSES).optional().catch(undefined),
    priorite: z.enum(PRIORITIES).optional().catch(undefined),
    categorie: optionalIdParam,
    secteur: optionalIdParam,
    site: optionalIdParam,
    partenaire: optionalIdParam,
    age: z.enum(Object.values(QUEUE_AGE_VALUES)).optional().catch(undefined),
    photos: z.enum(Object.values(QUEUE_PHOTOS_VALUES)).optional().catch(undefined),
    tri: z.enum(Object.values(QUEUE_SORT_VALUES)).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10000).optional().catch(undefined),
  })
  .transform((p): TriageQueueFilter => {
    const age = keyOf(QUEUE_AGE_VALUES, p.age);
    const photos = keyOf(QUEUE_PHOTOS_VALUES, p.photos);
    return {
      search: p.q,
      status: p.statut,
      priority: p.priorite,
      categoryId: p.categorie,
      areaId: p.secteur,
      siteId: p.site,
      partnerId: p.partenaire,
      olderThanDays: age === undefined ? undefined : (Number(age) as QueueAgeDays),
      withPhotos: photos === undefined ? undefined : photos === "with",
      sort: keyOf(QUEUE_SORT_VALUES, p.tri),
      page: p.page,
    };
  });

/** The queue's filter as URL parameters, without the page (links and the export keep the filter). */
export function queueSearchParams(filter: TriageQueueFilter): Record<string, string> {
  return present([
    [QUEUE_PARAMS.search, filter.search],
    [QUEUE_PARAMS.status, filter.status],
    [QUEUE_PARAMS.priority, filter.priority],
    [QUEUE_PARAMS.categoryId, filter.categoryId],
    [QUEUE_PARAMS.areaId, filter.areaId],
    [QUEUE_PARAMS.siteId, filter.siteId],
    [QUEUE_PARAMS.partnerId, filter.partnerId],
    [QUEUE_PARAMS.olderThanDays, filter.olderThanDays && QUEUE_AGE_VALUES[filter.olderThanDays]],
    [QUEUE_PARAMS.withPhotos, filter.withPhotos === undefined ? undefined : QUEUE_PHOTOS_VALUES[filter.withPhotos ? "with" : "without"]],
    [QUEUE_PARAMS.sort, filter.sort && QUEUE_SORT_VALUES[filter.sort]],
  ]);
}

// ——— A partner's list (/partenaire/signalements) ———

export type PartnerReportFilter = { status?: ReportStatus; page: number };

export const PARTNER_LIST_PARAMS = { status: "statut", page: "page" } as const satisfies ParamNames<PartnerReportFilter>;

/** The list's GET parameters, parsed leniently: a wrong value is ignored, not an error page. */
export const partnerReportsParamsSchema = z
  .object({
    statut: z.enum(REPORT_STATUSES).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(50).catch(1),
  })
  .transform((p): PartnerReportFilter => ({ status: p.statut, page: p.page }));

export function partnerReportsSearchParams(filter: PartnerReportFilter): Record<string, string> {
  return present([
    [PARTNER_LIST_PARAMS.status, filter.status],
    [PARTNER_LIST_PARAMS.page, String(filter.page)],
  ]);
}

// ——— The public list and map (/signalements, /signalements/carte) ———

export type PublicReportFilter = { categoryId?: string; status?: PublicStatus; areaId?: string; page: number };
/** A filter without its page: what the list's form sets, and all the map needs. */
export type PublicFilterValues = Omit<Partial<PublicReportFilter>, "page">;

export const PUBLIC_PARAMS = { categoryId: "categorie", status: "statut", areaId: "secteur", page: "page" } as const satisfies ParamNames<PublicReportFilter>;

/** The list's GET parameters; any other parameter (utm_source, fbclid…) is dropped. */
export const PUBLIC_FILTER_PARAMS = [PUBLIC_PARAMS.categoryId, PUBLIC_PARAMS.status, PUBLIC_PARAMS.areaId, PUBLIC_PARAMS.page] as const;

const publicId = z.string().max(40).regex(/^[a-z0-9]+$/i);

/**
 * One filter of the public list. Strict: a value no page has (an unknown status, a malformed id,
 * a page outside 1–50) is refused, and the caller answers 404 rather than render (and cache) a
 * page for it. Whether the ids name a category and an area that exist is checked apart
 * (usesKnownValues), against the lists of the moment.
 */
export const publicReportParamsSchema = z
  .strictObject({
    categorie: publicId.optional(),
    statut: z.enum(PUBLIC_STATUSES).optional(),
    secteur: publicId.optional(),
    page: z
      .string()
      .regex(/^[0-9]{1,3}$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(PUBLIC_REPORTS_MAX_PAGES))
      .optional()
      .transform((v) => v ?? 1),
  })
  .transform((p): PublicReportFilter => ({ categoryId: p.categorie, status: p.statut, areaId: p.secteur, page: p.page }));

/** The unfiltered list, first page. */
export const UNFILTERED: PublicReportFilter = { categoryId: undefined, status: undefined, areaId: undefined, page: 1 };

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
  const parsed = publicReportParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

const ANY = "tous";

/**
 * The filter as one path segment ("<categorie>~<statut>~<secteur>~<page>"), so that each filtered
 * list is its own cached page (proxy.ts rewrites /signalements?… to /signalements/filtre/<key>).
 */
export function publicFilterKey(filter: PublicReportFilter): string {
  return [filter.categoryId ?? ANY, filter.status ?? ANY, filter.areaId ?? ANY, String(filter.page)].join("~");
}

/** The filter of a key, or null unless the key is exactly the one publicFilterKey() writes for it. */
export function parsePublicFilterKey(key: string): PublicReportFilter | null {
  const parts = key.split("~");
  if (parts.length !== 4) return null;
  const [categorie, statut, secteur, page] = parts;
  const raw = Object.fromEntries(Object.entries({ categorie, statut, secteur }).filter(([, v]) => v !== ANY));
  const parsed = publicReportParamsSchema.safeParse({ ...raw, page });
  if (!parsed.success || publicFilterKey(parsed.data) !== key) return null;
  return parsed.data;
}

/** The filter's non-empty values as URL parameters, without the page. */
export function publicSearchParams(filter: PublicFilterValues): Record<string, string> {
  return present([
    [PUBLIC_PARAMS.categoryId, filter.categoryId],
    [PUBLIC_PARAMS.status, filter.status],
    [PUBLIC_PARAMS.areaId, filter.areaId],
  ]);
}

/** A public page's address with the filter's non-empty values ("/signalements/carte?statut=NEW"). */
export function filteredHref(path: string, filter: PublicFilterValues): string {
  const query = new URLSearchParams(publicSearchParams(filter));
  return query.size ? `${path}?${query}` : path;
}

// ─── The public list's pages and the public report address ───


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

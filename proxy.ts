import { NextResponse, type NextRequest } from "next/server";
import { createPublicFilterGuard } from "@/lib/reports/public-filter-guard";
import { parsePublicFilterKey, parsePublicFilterSearch, publicFilterKey } from "@/lib/reports/filter-params";
import { routes } from "@/lib/routes";

const FILTER_PATH = `${routes.public.filterPages}/`;
const guard = createPublicFilterGuard();

/**
 * The public list's filters live in the query string (a GET form that works without JavaScript),
 * but a page that reads searchParams is rendered on every request. Here a filtered URL is
 * rewritten to /signalements/filtre/<key>: one cached page per filter, refreshed when a report
 * changes (tag "public-reports"). The address in the browser does not change. No session is read.
 *
 * Each key is a cache entry (pages on disk and in memory, and the data cache of its reads), so
 * only filters made of known values get one: a status of the enum, the id of an active category
 * and of an area, a page from 1 to PUBLIC_REPORTS_MAX_PAGES. The cache is bounded by
 *   (6 public statuses + any) × (active categories + any) × (areas + any) × 50 pages,
 * e.g. 7 × 11 × 4 × 50 = 15,400 keys for the demo data's 10 categories and 3 areas, however many
 * URLs visitors make up. Unknown parameters are dropped and the parameters' order is irrelevant
 * (one key per filter). Anything else (a junk status or id, page 0 or 51, a parameter given twice,
 * a key typed in by hand that is not the canonical one) gets the 404 page without a filtered page
 * being rendered, so it never becomes an entry: a 404 rendered by the [key] page would be cached
 * under its own key like any other render. The [key] page checks again (notFound()) in case it is
 * reached some other way, and answers 404 for a page beyond the filter's last.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  let filter;
  if (pathname.startsWith(FILTER_PATH)) {
    filter = parsePublicFilterKey(safeDecode(pathname.slice(FILTER_PATH.length)));
    if (filter && (await guard.allows(filter))) return NextResponse.next();
  } else {
    filter = parsePublicFilterSearch(searchParams);
    if (filter && (await guard.allows(filter))) {
      const url = request.nextUrl.clone();
      url.pathname = routes.public.filterPage(publicFilterKey(filter));
      url.search = "";
      return NextResponse.rewrite(url);
    }
  }
  // No route answers here: Next serves its (static) 404 page with a 404 status.
  return NextResponse.rewrite(new URL(routes.public.filterPages, request.url));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

/**
 * The plain list (/signalements, no query) never reaches the proxy: a proxy invocation costs about
 * as much as serving the cached page itself. Only a query naming a filter parameter
 * (PUBLIC_FILTER_PARAMS; Next reads this config at build time, so they are spelled out here and a
 * unit test keeps the two lists equal) and a filter key typed in by hand go through it. Any other
 * query string is ignored by the static list page, as the proxy would have done.
 */
export const config = {
  matcher: [
    { source: "/signalements", has: [{ type: "query", key: "categorie" }] },
    { source: "/signalements", has: [{ type: "query", key: "statut" }] },
    { source: "/signalements", has: [{ type: "query", key: "secteur" }] },
    { source: "/signalements", has: [{ type: "query", key: "page" }] },
    "/signalements/filtre/:key*",
  ],
};

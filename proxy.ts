import { NextResponse, type NextRequest } from "next/server";
import { publicFilterKey, publicReportFilterSchema } from "@/lib/reports/public-schemas";

/**
 * The public list's filters live in the query string (a GET form that works without JavaScript),
 * but a page that reads searchParams is rendered on every request. Here a filtered URL is
 * rewritten to /signalements/filtre/<key>: one cached page per filter, refreshed when a report
 * changes (tag "public-reports"). The address in the browser does not change. No session is read.
 */
export function proxy(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  if (searchParams.size === 0) return NextResponse.next();
  const filter = publicReportFilterSchema.parse(Object.fromEntries(searchParams));
  const url = request.nextUrl.clone();
  url.pathname = `/signalements/filtre/${encodeURIComponent(publicFilterKey(filter))}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/signalements" };

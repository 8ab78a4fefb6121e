/**
 * The cache tags of the territory domain, declared once. The cached reads that show places carry
 * TERRITORY_TAG (the report forms' place list, the entrances of sign-up, the map's box, the public
 * filters, the partners' page); the public report pages show site, building and area names and
 * carry the reports domain's tag, so a change to a name or address shown there expires it too.
 */
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";

export const TERRITORY_TAG = "territory";

/** What a change to a place makes stale: always the territory's reads; the public reports' when a shown name changed. */
export function territoryCacheTags(change: { shownOnReports: boolean }): string[] {
  return change.shownOnReports ? [TERRITORY_TAG, PUBLIC_REPORTS_TAG] : [TERRITORY_TAG];
}

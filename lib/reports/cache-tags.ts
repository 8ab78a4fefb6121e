/**
 * The cache tags of the reports domain, declared once: the cached reads carry them
 * (lib/reports/queries/public.ts) and the changes that make those reads stale name them, through
 * a lifecycle result's `cacheTags` or an action's `tags` (lib/actions/define-action.ts expires them).
 */

/** Every cached public-reports read (list, figures, map, report page). */
export const PUBLIC_REPORTS_TAG = "public-reports";

/** The tags a change to a report makes stale: the public pages', when they show this report. */
export function reportCacheTags(report: { visibility: "PUBLIC" | "PRIVATE" }): string[] {
  return report.visibility === "PUBLIC" ? [PUBLIC_REPORTS_TAG] : [];
}

import "server-only";
import { revalidateTag } from "next/cache";

/** The tag of every cached public-reports read (list, figures, map, report page). */
export const PUBLIC_REPORTS_TAG = "public-reports";

/**
 * Call from every action that changes what public report pages show (a new report, a status, a
 * supporter count, moderation): the cached reads expire at once and the next visit rebuilds them.
 */
export function revalidatePublicReports() {
  revalidateTag(PUBLIC_REPORTS_TAG, { expire: 0 });
}

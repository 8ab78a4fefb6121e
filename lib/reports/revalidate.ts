import "server-only";
import { revalidateTag } from "next/cache";
import { REPORT_CATEGORIES_TAG } from "@/lib/reports/categories-read";

/** The tag of every cached public-reports read (list, figures, map, report page). */
export const PUBLIC_REPORTS_TAG = "public-reports";

/**
 * Call from every action that changes what public report pages show (a new report, a status, a
 * supporter count, moderation): the cached reads expire at once and the next visit rebuilds them.
 */
export function revalidatePublicReports() {
  revalidateTag(PUBLIC_REPORTS_TAG, { expire: 0 });
}

/**
 * Call from every action that changes a report category (name, guidance, danger flag, active
 * state, order, a new or deleted one): every read cached under REPORT_CATEGORIES_TAG (the
 * resident's and the counter's report forms, the public filter, the staff queue's filters)
 * expires at once.
 */
export function revalidateReportCategories() {
  revalidateTag(REPORT_CATEGORIES_TAG, { expire: 0 });
}

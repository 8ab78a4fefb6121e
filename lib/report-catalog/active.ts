import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";
import { TEMPLATE_ORDER } from "@/lib/report-catalog/model";

/**
 * What the rest of the portal reads of the catalog: the active categories (residents' and the
 * counter's report forms, the public filters, the queue's filters) and the active response
 * templates (the triage page). The staff screens that edit the catalog read lib/report-catalog/queries.ts.
 */

/** The cache tag of the active categories: every category change revalidates it (the catalog's actions). */
export const REPORT_CATEGORIES_TAG = "report-categories";

export type CategoryOption = { id: string; name: string; guidance: string; isDanger: boolean };

/** Active categories in the order staff chose: small, the same for everyone, cached. */
export const listReportCategories = cachedRead(
  async (): Promise<CategoryOption[]> =>
    db.reportCategory.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, guidance: true, isDanger: true },
    }),
  ["report-categories"],
  { tags: [REPORT_CATEGORIES_TAG], revalidate: 3600 },
);

/** Active response templates by status, for the triage page: read afresh on every request (staff see their edit at once). */
export async function listResponseTemplates() {
  return db.responseTemplate.findMany({
    where: { active: true },
    orderBy: [{ status: "asc" }, ...TEMPLATE_ORDER],
    select: { id: true, status: true, title: true, body: true },
  });
}

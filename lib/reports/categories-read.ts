import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";

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

"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  createReportCategorySchema,
  deleteReportCategorySchema,
  moveReportCategorySchema,
  setReportCategoryActiveSchema,
  updateReportCategorySchema,
} from "@/lib/reports/catalog-schemas";
import {
  createReportCategory,
  deleteReportCategory,
  moveReportCategory,
  setReportCategoryActive,
  updateReportCategory,
  type CategoryResult,
} from "@/lib/reports/catalog-service";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import { REPORT_CATEGORIES_TAG } from "@/lib/reports/categories-read";

// Every change expires the cached category lists (report forms, public filter, staff queue);
// a new name also shows on the public report pages, which are cached on their own tag.
function refresh(result: CategoryResult) {
  if (!result.changed) return;
  revalidateTag(REPORT_CATEGORIES_TAG, { expire: 0 });
  if (result.renamed) revalidateTag(PUBLIC_REPORTS_TAG, { expire: 0 });
  revalidatePath("/gestion/categories", "layout");
}

const toList = (notice: string) => (result: CategoryResult) => `/gestion/categories?fait=${result.changed ? notice : "inchangee"}&id=${result.id}`;

export const createReportCategoryAction = defineAction({
  name: "createReportCategory",
  permission: "reports:manage-categories",
  schema: createReportCategorySchema,
  handler: async ({ input, actor }) => {
    const result = await createReportCategory(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: toList("creee"),
});

export const updateReportCategoryAction = defineAction({
  name: "updateReportCategory",
  permission: "reports:manage-categories",
  schema: updateReportCategorySchema,
  handler: async ({ input, actor }) => {
    const result = await updateReportCategory(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: toList("modifiee"),
});

export const setReportCategoryActiveAction = defineAction({
  name: "setReportCategoryActive",
  permission: "reports:manage-categories",
  schema: setReportCategoryActiveSchema,
  handler: async ({ input, actor }) => {
    const result = await setReportCategoryActive(actor, input);
    refresh(result);
    return { ...result, active: input.active };
  },
  redirectTo: (result) => toList(result.active ? "activee" : "desactivee")(result),
});

export const moveReportCategoryAction = defineAction({
  name: "moveReportCategory",
  permission: "reports:manage-categories",
  schema: moveReportCategorySchema,
  handler: async ({ input, actor }) => {
    const result = await moveReportCategory(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: toList("deplacee"),
});

export const deleteReportCategoryAction = defineAction({
  name: "deleteReportCategory",
  permission: "reports:manage-categories",
  schema: deleteReportCategorySchema,
  handler: async ({ input, actor }) => {
    const result = await deleteReportCategory(actor, input);
    refresh(result);
    return result;
  },
  redirectTo: () => "/gestion/categories?fait=supprimee",
});

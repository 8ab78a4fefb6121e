"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  createReportCategory,
  deleteReportCategory,
  moveReportCategory,
  setReportCategoryActive,
  updateReportCategory,
  type CategoryResult,
} from "@/lib/report-catalog/commands/categories";
import { categorySchemas } from "@/lib/report-catalog/schemas";
import { REPORT_CATEGORIES_TAG } from "@/lib/report-catalog/active";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import { routes, type CategoryNotice } from "@/lib/routes";

// Every change expires the cached category lists (report forms, public filter, staff queue);
// a new name also shows on the public report pages, which are cached on their own tag.
const tags = (result: CategoryResult) => (result.changed ? [REPORT_CATEGORIES_TAG, ...(result.renamed ? [PUBLIC_REPORTS_TAG] : [])] : []);

const toList = (notice: CategoryNotice) => (result: CategoryResult) => routes.staff.categoriesDone(result.changed ? notice : "inchangee", result.id);

const permission = "reports:manage-categories";

export const createReportCategoryAction = defineAction({
  name: "createReportCategory",
  permission,
  schema: categorySchemas.create,
  handler: ({ input, actor }) => createReportCategory({ actor }, input),
  tags,
  redirectTo: toList("creee"),
});

export const updateReportCategoryAction = defineAction({
  name: "updateReportCategory",
  permission,
  schema: categorySchemas.update,
  handler: ({ input, actor }) => updateReportCategory({ actor }, input),
  tags,
  redirectTo: toList("modifiee"),
});

export const setReportCategoryActiveAction = defineAction({
  name: "setReportCategoryActive",
  permission,
  schema: categorySchemas.setActive,
  handler: async ({ input, actor }) => ({ ...(await setReportCategoryActive({ actor }, input)), active: input.active }),
  tags,
  redirectTo: (result) => toList(result.active ? "activee" : "desactivee")(result),
});

export const moveReportCategoryAction = defineAction({
  name: "moveReportCategory",
  permission,
  schema: categorySchemas.move,
  handler: ({ input, actor }) => moveReportCategory({ actor }, input),
  tags,
  redirectTo: toList("deplacee"),
});

export const deleteReportCategoryAction = defineAction({
  name: "deleteReportCategory",
  permission,
  schema: categorySchemas.delete,
  handler: ({ input, actor }) => deleteReportCategory({ actor }, input),
  tags,
  redirectTo: () => routes.staff.categoriesDone("supprimee"),
});

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CATEGORY_ORDER, TEMPLATE_ORDER } from "@/lib/report-catalog/model";

/**
 * Reads of the staff screens that manage the report catalog: every category and template, active
 * or not (residents and the triage page read only the active ones, in lib/report-catalog/active.ts).
 * Never cached: staff see their change at once.
 */

const categorySelect = {
  id: true,
  name: true,
  guidance: true,
  isDanger: true,
  active: true,
  version: true,
  _count: { select: { reports: true } },
} as const satisfies Prisma.ReportCategorySelect;

type CategoryRow = Prisma.ReportCategoryGetPayload<{ select: typeof categorySelect }>;

function toStaffCategory({ _count, ...category }: CategoryRow) {
  return { ...category, reportCount: _count.reports };
}
export type StaffCategory = ReturnType<typeof toStaffCategory>;

/** Every category in display order, with how many reports use it: one query. */
export async function listCategoriesForStaff(): Promise<StaffCategory[]> {
  const rows = await db.reportCategory.findMany({ orderBy: CATEGORY_ORDER, select: categorySelect });
  return rows.map(toStaffCategory);
}

export async function getCategoryForStaff(categoryId: string): Promise<StaffCategory | null> {
  const row = await db.reportCategory.findUnique({ where: { id: categoryId }, select: categorySelect });
  return row ? toStaffCategory(row) : null;
}

const templateSelect = { id: true, status: true, title: true, body: true, active: true, version: true } as const satisfies Prisma.ResponseTemplateSelect;
export type StaffTemplate = Prisma.ResponseTemplateGetPayload<{ select: typeof templateSelect }>;

/** Every template, by status (in the order of the report's life) then in the order staff chose. */
export async function listTemplatesForStaff(): Promise<StaffTemplate[]> {
  return db.responseTemplate.findMany({ orderBy: [{ status: "asc" }, ...TEMPLATE_ORDER], select: templateSelect });
}

export async function getTemplateForStaff(templateId: string): Promise<StaffTemplate | null> {
  return db.responseTemplate.findUnique({ where: { id: templateId }, select: templateSelect });
}

import "server-only";
import type { Tx } from "@/lib/db";
import { ValidationError, isUniqueViolation } from "@/lib/core/errors";
import type { OperationContext } from "@/lib/core/operation";
import {
  CATEGORY_CONFLICT,
  CATEGORY_NAME_TAKEN,
  CATEGORY_NOT_FOUND,
  CATEGORY_ORDER,
  LAST_ACTIVE_CATEGORY,
  categoryInUse,
  categorySlug,
  duplicateCategoryName,
} from "@/lib/report-catalog/model";
import type { CategoryInput } from "@/lib/report-catalog/schemas";
import {
  createItem,
  deleteItem,
  isForeignKeyViolation,
  moveItem,
  setItemActive,
  updateItem,
  type OrderedCatalog,
} from "@/lib/report-catalog/commands/ordered-catalog";

/**
 * Staff manage the categories residents choose from: one list, in the order residents see. Its
 * own rules on top of the shared commands: names are unique (case, accents and punctuation
 * aside), one category at least stays offered, a category some report uses is never deleted.
 */

type CategoryFields = { name: string; guidance: string; isDanger: boolean; active: boolean };
type CategoryRow = CategoryFields & { id: string; slug: string; version: number; reportCount: number };

export type CategoryResult = { id: string; name: string; changed: boolean; renamed: boolean };

const categorySelect = { id: true, name: true, slug: true, guidance: true, isDanger: true, active: true, version: true, _count: { select: { reports: true } } } as const;

/** The slug follows the name wherever a name is written. */
const withSlug = <T extends { name?: string }>(data: T) => (data.name === undefined ? data : { ...data, slug: categorySlug(data.name) });

const categories: OrderedCatalog<CategoryRow, CategoryFields, Record<string, never>> = {
  lock: "report-catalog:categories",
  entityType: "ReportCategory",
  auditName: "report-category",
  notFound: CATEGORY_NOT_FOUND,
  conflict: CATEGORY_CONFLICT,
  find: async (tx, id) => {
    const row = await tx.reportCategory.findUnique({ where: { id }, select: categorySelect });
    if (!row) return null;
    const { _count, ...category } = row;
    return { ...category, reportCount: _count.reports };
  },
  fields: ({ name, guidance, isDanger, active }) => ({ name, guidance, isDanger, active }),
  listOf: () => ({}),
  items: (tx) => tx.reportCategory.findMany({ orderBy: CATEGORY_ORDER, select: { id: true, sortOrder: true } }),
  insert: async (tx, data) => ({ ...(await tx.reportCategory.create({ data: { ...data, slug: categorySlug(data.name) }, select: categorySelect })), reportCount: 0 }),
  updateAtVersion: (tx, id, version, data) => tx.reportCategory.updateMany({ where: { id, version }, data: { ...withSlug(data), version: { increment: 1 } } }),
  setSortOrder: (tx, id, sortOrder) => tx.reportCategory.update({ where: { id }, data: { sortOrder } }),
  remove: (tx, id) => tx.reportCategory.delete({ where: { id } }),
};

/**
 * Names are compared by their slug. Computed from every name (a short list) rather than read from
 * the stored slugs, which rows written outside this service (bench data) may not keep in step;
 * the unique slug then guards the write itself.
 */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const slug = categorySlug(name);
  const rows = await tx.reportCategory.findMany({ select: { id: true, name: true } });
  const existing = rows.find((c) => c.id !== exceptId && categorySlug(c.name) === slug);
  if (existing) {
    const message = duplicateCategoryName(existing.name);
    throw new ValidationError(message, { name: [message] });
  }
}

/** Residents must always have a category to choose. */
async function assertAnotherActive(tx: Tx, categoryId: string) {
  const others = await tx.reportCategory.count({ where: { active: true, NOT: { id: categoryId } } });
  if (others === 0) throw new ValidationError(LAST_ACTIVE_CATEGORY, { active: [LAST_ACTIVE_CATEGORY] });
}

/** Written by another path between the check and the write (the lock covers this service only). */
function withNameTaken<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new ValidationError(CATEGORY_NAME_TAKEN, { name: [CATEGORY_NAME_TAKEN] });
    throw error;
  });
}

const result = (row: { id: string; name: string }, changed: boolean, renamed = false): CategoryResult => ({ id: row.id, name: row.name, changed, renamed });

/** A new category, at the end of the list. */
export async function createReportCategory(ctx: OperationContext, input: CategoryInput["create"]): Promise<CategoryResult> {
  const created = await withNameTaken(createItem(ctx, categories, categories.fields(input), (tx) => assertNameFree(tx, input.name)));
  return result(created, true);
}

/** Name, guidance, danger flag and active state; nothing is written when nothing changed. */
export async function updateReportCategory(ctx: OperationContext, input: CategoryInput["update"]): Promise<CategoryResult> {
  const { current, changed } = await withNameTaken(
    updateItem(ctx, categories, { id: input.categoryId, version: input.version }, categories.fields(input), async (tx, current) => {
      if (categorySlug(input.name) !== current.slug) await assertNameFree(tx, input.name, current.id);
      if (current.active && !input.active) await assertAnotherActive(tx, current.id);
    }),
  );
  return changed ? result({ id: current.id, name: input.name }, true, current.name !== input.name) : result(current, false);
}

/** Offered to residents or not (a category with reports is deactivated rather than deleted). */
export async function setReportCategoryActive(ctx: OperationContext, input: CategoryInput["setActive"]): Promise<CategoryResult> {
  const { current, changed } = await setItemActive(ctx, categories, { id: input.categoryId, version: input.version, active: input.active }, (tx, current) =>
    assertAnotherActive(tx, current.id),
  );
  return result(current, changed);
}

/** One place up or down in the order residents see. */
export async function moveReportCategory(ctx: OperationContext, input: CategoryInput["move"]): Promise<CategoryResult> {
  return result(await moveItem(ctx, categories, { id: input.categoryId, position: input.position, direction: input.direction }), true);
}

/** Only a category no report uses; the others are deactivated instead. */
export async function deleteReportCategory(ctx: OperationContext, input: CategoryInput["delete"]): Promise<CategoryResult> {
  try {
    const deleted = await deleteItem(ctx, categories, { id: input.categoryId, version: input.version }, async (tx, current) => {
      if (current.reportCount > 0) throw new ValidationError(categoryInUse(current.reportCount));
      if (current.active) await assertAnotherActive(tx, current.id);
    });
    return result(deleted, true);
  } catch (error) {
    // A report filed with this category between the count and the delete (the foreign key refuses).
    if (isForeignKeyViolation(error)) throw new ValidationError(categoryInUse(1));
    throw error;
  }
}

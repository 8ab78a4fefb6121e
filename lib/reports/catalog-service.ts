import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { CATEGORY_ORDER, TEMPLATE_ORDER } from "@/lib/reports/catalog-queries";
import {
  categorySlug,
  type CreateReportCategoryInput,
  type CreateResponseTemplateInput,
  type DeleteReportCategoryInput,
  type DeleteResponseTemplateInput,
  type MoveDirection,
  type MoveReportCategoryInput,
  type MoveResponseTemplateInput,
  type SetReportCategoryActiveInput,
  type SetResponseTemplateActiveInput,
  type UpdateReportCategoryInput,
  type UpdateResponseTemplateInput,
} from "@/lib/reports/catalog-schemas";
import { REPORT_STATUS_LABELS } from "@/lib/reports/status";

/**
 * The report catalog as staff manage it: categories (residents choose one when they report) and
 * response templates (offered when staff comment a report). Every write is one transaction with
 * its audit row. Writes to one catalog are serialized by a transaction-scoped advisory lock, so
 * that order, uniqueness and "one category stays active" hold under concurrent staff. Edits carry
 * the row's `version` (optimistic concurrency); moves carry the position the list showed.
 * Callers revalidate the cached lists (app/gestion/categories/actions.ts and
 * app/gestion/modeles-de-reponse/actions.ts).
 */

export const CATEGORY_NOT_FOUND = "Catégorie introuvable : elle a peut-être été supprimée entre-temps.";
export const CATEGORY_CONFLICT = "Cette catégorie a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page.";
export const TEMPLATE_NOT_FOUND = "Modèle de réponse introuvable : il a peut-être été supprimé entre-temps.";
export const TEMPLATE_CONFLICT = "Ce modèle a été modifié entre-temps par quelqu'un d'autre. Rechargez la page.";
export const ORDER_CONFLICT = "L'ordre a changé entre-temps : vérifiez la liste avant de recommencer.";
export const LAST_ACTIVE_CATEGORY =
  "C'est la dernière catégorie proposée aux habitants : gardez-en au moins une active, sinon plus personne ne peut signaler de problème.";
export const ALREADY_FIRST = "Déjà en tête de liste.";
export const ALREADY_LAST = "Déjà en fin de liste.";

const NAME_TAKEN = "Une catégorie porte déjà ce nom, ou un nom très proche : choisissez un autre nom.";

export function duplicateCategoryName(existing: string) {
  return `Une catégorie s'appelle déjà « ${existing} » : choisissez un autre nom.`;
}

export function categoryInUse(reportCount: number) {
  const reports = reportCount > 1 ? `${reportCount} signalements` : "un signalement";
  return `Cette catégorie est utilisée par ${reports} : elle ne peut pas être supprimée. Désactivez-la pour qu'elle ne soit plus proposée aux habitants.`;
}

export function duplicateTemplateTitle(status: ReportStatus, existing: string) {
  return `Un modèle « ${existing} » existe déjà pour le statut « ${REPORT_STATUS_LABELS[status]} » : choisissez un autre titre.`;
}

const CATEGORY_LOCK = "report-catalog:categories";
const TEMPLATE_LOCK = "report-catalog:templates";

/** Waits for the other writers of the same catalog; released when the transaction ends. */
async function lockCatalog(tx: Tx, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

/** Positions are stored 10 apart, so that the order reads clearly in the database. */
const STEP = 10;

/**
 * Moves one item of an ordered list one place up or down, and rewrites the positions that differ
 * from their rank (all of them the first time, for lists seeded with equal positions; two after).
 */
async function moveInList(
  items: { id: string; sortOrder: number }[],
  itemId: string,
  expectedPosition: number,
  direction: MoveDirection,
  write: (id: string, sortOrder: number) => Promise<unknown>,
  notFound: () => Error,
) {
  const from = items.findIndex((item) => item.id === itemId);
  if (from === -1) throw notFound();
  if (from !== expectedPosition) throw new ConflictError(ORDER_CONFLICT);
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0) throw new ValidationError(ALREADY_FIRST);
  if (to >= items.length) throw new ValidationError(ALREADY_LAST);
  const order = [...items];
  [order[from], order[to]] = [order[to], order[from]];
  for (const [rank, item] of order.entries()) {
    if (item.sortOrder !== rank * STEP) await write(item.id, rank * STEP);
  }
  return { from, to };
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function isForeignKeyViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}

// ─── Categories ────────────────────────────────────────────────────────────────────────────────

const categoryState = { id: true, name: true, slug: true, guidance: true, isDanger: true, active: true, version: true } as const;

export type CategoryResult = { id: string; name: string; changed: boolean; renamed: boolean };

/**
 * Names are compared by their slug: case, accents and punctuation aside. Computed from every name
 * (a short list) rather than read from the stored slugs, which rows written outside this service
 * (bench data) may not keep in step; the unique slug then guards the write itself.
 */
async function assertCategoryNameFree(tx: Tx, slug: string, exceptId?: string) {
  const categories = await tx.reportCategory.findMany({ select: { id: true, name: true } });
  const existing = categories.find((c) => c.id !== exceptId && categorySlug(c.name) === slug);
  if (existing) {
    const message = duplicateCategoryName(existing.name);
    throw new ValidationError(message, { name: [message] });
  }
}

/** Residents must always have a category to choose. */
async function assertAnotherActiveCategory(tx: Tx, categoryId: string) {
  const others = await tx.reportCategory.count({ where: { active: true, NOT: { id: categoryId } } });
  if (others === 0) throw new ValidationError(LAST_ACTIVE_CATEGORY, { active: [LAST_ACTIVE_CATEGORY] });
}

async function loadCategory(tx: Tx, categoryId: string, version: number) {
  const category = await tx.reportCategory.findUnique({ where: { id: categoryId }, select: { ...categoryState, _count: { select: { reports: true } } } });
  if (!category) throw new NotFoundError(CATEGORY_NOT_FOUND);
  if (category.version !== version) throw new ConflictError(CATEGORY_CONFLICT);
  return category;
}

/** The guarded write of an edit: only if nobody changed the row since it was read. */
async function updateCategoryAtVersion(tx: Tx, id: string, version: number, data: Prisma.ReportCategoryUpdateManyMutationInput) {
  const updated = await tx.reportCategory.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError(CATEGORY_CONFLICT);
}

function withDuplicateNameMessage<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    // Written by another path between the check and the write (the lock covers this service only).
    if (isUniqueViolation(error)) throw new ValidationError(NAME_TAKEN, { name: [NAME_TAKEN] });
    throw error;
  });
}

/** A new category, at the end of the list. */
export async function createReportCategory(actor: Actor, input: CreateReportCategoryInput): Promise<CategoryResult> {
  const slug = categorySlug(input.name);
  return withDuplicateNameMessage(
    db.$transaction(async (tx) => {
      await lockCatalog(tx, CATEGORY_LOCK);
      await assertCategoryNameFree(tx, slug);
      const last = await tx.reportCategory.aggregate({ _max: { sortOrder: true } });
      const sortOrder = last._max.sortOrder === null ? 0 : Math.ceil((last._max.sortOrder + 1) / STEP) * STEP;
      const category = await tx.reportCategory.create({
        data: { name: input.name, slug, guidance: input.guidance, isDanger: input.isDanger, active: input.active, sortOrder },
        select: { id: true, name: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "report-category.create",
        entityType: "ReportCategory",
        entityId: category.id,
        after: { name: input.name, guidance: input.guidance, isDanger: input.isDanger, active: input.active, sortOrder },
      });
      return { ...category, changed: true, renamed: false };
    }),
  );
}

/** Name, guidance, danger flag and active state; nothing is written when nothing changed. */
export async function updateReportCategory(actor: Actor, input: UpdateReportCategoryInput): Promise<CategoryResult> {
  const slug = categorySlug(input.name);
  return withDuplicateNameMessage(
    db.$transaction(async (tx) => {
      await lockCatalog(tx, CATEGORY_LOCK);
      const current = await loadCategory(tx, input.categoryId, input.version);
      const before = { name: current.name, guidance: current.guidance, isDanger: current.isDanger, active: current.active };
      const after = { name: input.name, guidance: input.guidance, isDanger: input.isDanger, active: input.active };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
      if (changed.length === 0) return { id: current.id, name: current.name, changed: false, renamed: false };
      if (slug !== current.slug) await assertCategoryNameFree(tx, slug, current.id);
      if (current.active && !input.active) await assertAnotherActiveCategory(tx, current.id);
      await updateCategoryAtVersion(tx, current.id, current.version, { ...after, slug });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "report-category.update",
        entityType: "ReportCategory",
        entityId: current.id,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
      return { id: current.id, name: input.name, changed: true, renamed: current.name !== input.name };
    }),
  );
}

/** Offered to residents or not (a category with reports is deactivated rather than deleted). */
export async function setReportCategoryActive(actor: Actor, input: SetReportCategoryActiveInput): Promise<CategoryResult> {
  return db.$transaction(async (tx) => {
    await lockCatalog(tx, CATEGORY_LOCK);
    const current = await loadCategory(tx, input.categoryId, input.version);
    if (current.active === input.active) return { id: current.id, name: current.name, changed: false, renamed: false };
    if (!input.active) await assertAnotherActiveCategory(tx, current.id);
    await updateCategoryAtVersion(tx, current.id, current.version, { active: input.active });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active ? "report-category.activate" : "report-category.deactivate",
      entityType: "ReportCategory",
      entityId: current.id,
      before: { active: current.active },
      after: { active: input.active },
    });
    return { id: current.id, name: current.name, changed: true, renamed: false };
  });
}

/** One place up or down in the order residents see. */
export async function moveReportCategory(actor: Actor, input: MoveReportCategoryInput): Promise<CategoryResult> {
  return db.$transaction(async (tx) => {
    await lockCatalog(tx, CATEGORY_LOCK);
    const categories = await tx.reportCategory.findMany({ orderBy: CATEGORY_ORDER, select: { id: true, name: true, sortOrder: true } });
    const { from, to } = await moveInList(
      categories,
      input.categoryId,
      input.position,
      input.direction,
      (id, sortOrder) => tx.reportCategory.update({ where: { id }, data: { sortOrder } }),
      () => new NotFoundError(CATEGORY_NOT_FOUND),
    );
    const moved = categories[from];
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report-category.move",
      entityType: "ReportCategory",
      entityId: moved.id,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
    return { id: moved.id, name: moved.name, changed: true, renamed: false };
  });
}

/** Only a category no report uses; the others are deactivated instead. */
export async function deleteReportCategory(actor: Actor, input: DeleteReportCategoryInput): Promise<CategoryResult> {
  try {
    return await db.$transaction(async (tx) => {
      await lockCatalog(tx, CATEGORY_LOCK);
      const current = await loadCategory(tx, input.categoryId, input.version);
      if (current._count.reports > 0) throw new ValidationError(categoryInUse(current._count.reports));
      if (current.active) await assertAnotherActiveCategory(tx, current.id);
      await tx.reportCategory.delete({ where: { id: current.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "report-category.delete",
        entityType: "ReportCategory",
        entityId: current.id,
        before: { name: current.name, guidance: current.guidance, isDanger: current.isDanger, active: current.active },
      });
      return { id: current.id, name: current.name, changed: true, renamed: false };
    });
  } catch (error) {
    // A report filed with this category between the count and the delete (the foreign key refuses).
    if (isForeignKeyViolation(error)) throw new ValidationError(categoryInUse(1));
    throw error;
  }
}

// ─── Response templates ────────────────────────────────────────────────────────────────────────

export type TemplateResult = { id: string; title: string; status: ReportStatus; changed: boolean };

/** Titles are unique within a status, whatever their case. */
async function assertTemplateTitleFree(tx: Tx, status: ReportStatus, title: string, exceptId?: string) {
  const existing = await tx.responseTemplate.findFirst({
    where: { status, title: { equals: title, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { title: true },
  });
  if (existing) {
    const message = duplicateTemplateTitle(status, existing.title);
    throw new ValidationError(message, { title: [message] });
  }
}

async function loadTemplate(tx: Tx, templateId: string, version: number) {
  const template = await tx.responseTemplate.findUnique({ where: { id: templateId }, select: { id: true, status: true, title: true, body: true, active: true, version: true } });
  if (!template) throw new NotFoundError(TEMPLATE_NOT_FOUND);
  if (template.version !== version) throw new ConflictError(TEMPLATE_CONFLICT);
  return template;
}

async function updateTemplateAtVersion(tx: Tx, id: string, version: number, data: Prisma.ResponseTemplateUpdateManyMutationInput) {
  const updated = await tx.responseTemplate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError(TEMPLATE_CONFLICT);
}

/** After the last template of that status. */
async function nextTemplatePosition(tx: Tx, status: ReportStatus) {
  const last = await tx.responseTemplate.aggregate({ where: { status }, _max: { sortOrder: true } });
  return last._max.sortOrder === null ? 0 : Math.ceil((last._max.sortOrder + 1) / STEP) * STEP;
}

function withDuplicateTitleMessage<T>(status: ReportStatus, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      const message = `Un modèle porte déjà ce titre pour le statut « ${REPORT_STATUS_LABELS[status]} » : choisissez un autre titre.`;
      throw new ValidationError(message, { title: [message] });
    }
    throw error;
  });
}

export async function createResponseTemplate(actor: Actor, input: CreateResponseTemplateInput): Promise<TemplateResult> {
  return withDuplicateTitleMessage(
    input.status,
    db.$transaction(async (tx) => {
      await lockCatalog(tx, TEMPLATE_LOCK);
      await assertTemplateTitleFree(tx, input.status, input.title);
      const sortOrder = await nextTemplatePosition(tx, input.status);
      const template = await tx.responseTemplate.create({
        data: { status: input.status, title: input.title, body: input.body, active: input.active, sortOrder },
        select: { id: true, title: true, status: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "response-template.create",
        entityType: "ResponseTemplate",
        entityId: template.id,
        after: { status: input.status, title: input.title, body: input.body, active: input.active, sortOrder },
      });
      return { ...template, changed: true };
    }),
  );
}

/** Status, title, text and active state; a template moved to another status goes last there. */
export async function updateResponseTemplate(actor: Actor, input: UpdateResponseTemplateInput): Promise<TemplateResult> {
  return withDuplicateTitleMessage(
    input.status,
    db.$transaction(async (tx) => {
      await lockCatalog(tx, TEMPLATE_LOCK);
      const current = await loadTemplate(tx, input.templateId, input.version);
      const before = { status: current.status, title: current.title, body: current.body, active: current.active };
      const after = { status: input.status, title: input.title, body: input.body, active: input.active };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
      if (changed.length === 0) return { id: current.id, title: current.title, status: current.status, changed: false };
      if (input.status !== current.status || input.title.toLowerCase() !== current.title.toLowerCase()) {
        await assertTemplateTitleFree(tx, input.status, input.title, current.id);
      }
      const sortOrder = input.status !== current.status ? await nextTemplatePosition(tx, input.status) : undefined;
      await updateTemplateAtVersion(tx, current.id, current.version, { ...after, ...(sortOrder === undefined ? {} : { sortOrder }) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "response-template.update",
        entityType: "ResponseTemplate",
        entityId: current.id,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
      return { id: current.id, title: input.title, status: input.status, changed: true };
    }),
  );
}

/** Offered on the triage page or not. */
export async function setResponseTemplateActive(actor: Actor, input: SetResponseTemplateActiveInput): Promise<TemplateResult> {
  return db.$transaction(async (tx) => {
    await lockCatalog(tx, TEMPLATE_LOCK);
    const current = await loadTemplate(tx, input.templateId, input.version);
    if (current.active === input.active) return { id: current.id, title: current.title, status: current.status, changed: false };
    await updateTemplateAtVersion(tx, current.id, current.version, { active: input.active });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active ? "response-template.activate" : "response-template.deactivate",
      entityType: "ResponseTemplate",
      entityId: current.id,
      before: { active: current.active },
      after: { active: input.active },
    });
    return { id: current.id, title: current.title, status: current.status, changed: true };
  });
}

/** One place up or down among the templates of its status. */
export async function moveResponseTemplate(actor: Actor, input: MoveResponseTemplateInput): Promise<TemplateResult> {
  return db.$transaction(async (tx) => {
    await lockCatalog(tx, TEMPLATE_LOCK);
    const template = await tx.responseTemplate.findUnique({ where: { id: input.templateId }, select: { status: true } });
    if (!template) throw new NotFoundError(TEMPLATE_NOT_FOUND);
    const siblings = await tx.responseTemplate.findMany({ where: { status: template.status }, orderBy: TEMPLATE_ORDER, select: { id: true, title: true, sortOrder: true } });
    const { from, to } = await moveInList(
      siblings,
      input.templateId,
      input.position,
      input.direction,
      (id, sortOrder) => tx.responseTemplate.update({ where: { id }, data: { sortOrder } }),
      () => new NotFoundError(TEMPLATE_NOT_FOUND),
    );
    const moved = siblings[from];
    await recordAudit(tx, {
      actorId: actor.id,
      action: "response-template.move",
      entityType: "ResponseTemplate",
      entityId: moved.id,
      before: { status: template.status, position: from + 1 },
      after: { status: template.status, position: to + 1 },
    });
    return { id: moved.id, title: moved.title, status: template.status, changed: true };
  });
}

/** Comments written from a template keep their text: nothing else refers to a template. */
export async function deleteResponseTemplate(actor: Actor, input: DeleteResponseTemplateInput): Promise<TemplateResult> {
  return db.$transaction(async (tx) => {
    await lockCatalog(tx, TEMPLATE_LOCK);
    const current = await loadTemplate(tx, input.templateId, input.version);
    await tx.responseTemplate.delete({ where: { id: current.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "response-template.delete",
      entityType: "ResponseTemplate",
      entityId: current.id,
      before: { status: current.status, title: current.title, body: current.body, active: current.active },
    });
    return { id: current.id, title: current.title, status: current.status, changed: true };
  });
}

import "server-only";
import type { Tx } from "@/lib/db";
import { ValidationError, isUniqueViolation } from "@/lib/core/errors";
import type { OperationContext } from "@/lib/core/operation";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { TEMPLATE_CONFLICT, TEMPLATE_NOT_FOUND, TEMPLATE_ORDER, duplicateTemplateTitle, templateTitleTaken } from "@/lib/report-catalog/model";
import type { TemplateInput } from "@/lib/report-catalog/schemas";
import { createItem, deleteItem, moveItem, setItemActive, updateItem, type OrderedCatalog } from "@/lib/report-catalog/commands/ordered-catalog";

/**
 * Staff manage the response templates offered when they comment a report: one ordered list per
 * report status. Their own rule on top of the shared commands: titles are unique within a status,
 * whatever their case. Comments written from a template keep their text: nothing else refers to a
 * template, so any template may be deleted.
 */

type TemplateFields = { status: ReportStatus; title: string; body: string; active: boolean };
type TemplateRow = TemplateFields & { id: string; version: number };

export type TemplateResult = { id: string; title: string; status: ReportStatus; changed: boolean };

const templateSelect = { id: true, status: true, title: true, body: true, active: true, version: true } as const;

const templates: OrderedCatalog<TemplateRow, TemplateFields, { status: ReportStatus }> = {
  lock: "report-catalog:templates",
  entityType: "ResponseTemplate",
  auditName: "response-template",
  notFound: TEMPLATE_NOT_FOUND,
  conflict: TEMPLATE_CONFLICT,
  find: (tx, id) => tx.responseTemplate.findUnique({ where: { id }, select: templateSelect }),
  fields: ({ status, title, body, active }) => ({ status, title, body, active }),
  listOf: ({ status }) => ({ status }),
  items: (tx, list) => tx.responseTemplate.findMany({ where: list, orderBy: TEMPLATE_ORDER, select: { id: true, sortOrder: true } }),
  insert: (tx, data) => tx.responseTemplate.create({ data, select: templateSelect }),
  updateAtVersion: (tx, id, version, data) => tx.responseTemplate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),
  setSortOrder: (tx, id, sortOrder) => tx.responseTemplate.update({ where: { id }, data: { sortOrder } }),
  remove: (tx, id) => tx.responseTemplate.delete({ where: { id } }),
};

/** Titles are unique within a status, whatever their case. */
async function assertTitleFree(tx: Tx, status: ReportStatus, title: string, exceptId?: string) {
  const existing = await tx.responseTemplate.findFirst({
    where: { status, title: { equals: title, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { title: true },
  });
  if (existing) {
    const message = duplicateTemplateTitle(status, existing.title);
    throw new ValidationError(message, { title: [message] });
  }
}

/** Written by another path between the check and the write (the unique index refuses it). */
function withTitleTaken<T>(status: ReportStatus, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      const message = templateTitleTaken(status);
      throw new ValidationError(message, { title: [message] });
    }
    throw error;
  });
}

const result = ({ id, title, status }: TemplateFields & { id: string }, changed: boolean): TemplateResult => ({ id, title, status, changed });

/** A new template, last in its status. */
export async function createResponseTemplate(ctx: OperationContext, input: TemplateInput["create"]): Promise<TemplateResult> {
  const created = await withTitleTaken(input.status, createItem(ctx, templates, templates.fields(input), (tx) => assertTitleFree(tx, input.status, input.title)));
  return result(created, true);
}

/** Status, title, text and active state; a template moved to another status goes last there. */
export async function updateResponseTemplate(ctx: OperationContext, input: TemplateInput["update"]): Promise<TemplateResult> {
  const { current, changed } = await withTitleTaken(
    input.status,
    updateItem(ctx, templates, { id: input.templateId, version: input.version }, templates.fields(input), async (tx, current) => {
      if (input.status !== current.status || input.title.toLowerCase() !== current.title.toLowerCase()) {
        await assertTitleFree(tx, input.status, input.title, current.id);
      }
    }),
  );
  return changed ? result({ ...input, id: current.id }, true) : result(current, false);
}

/** Offered on the triage page or not. */
export async function setResponseTemplateActive(ctx: OperationContext, input: TemplateInput["setActive"]): Promise<TemplateResult> {
  const { current, changed } = await setItemActive(ctx, templates, { id: input.templateId, version: input.version, active: input.active });
  return result(current, changed);
}

/** One place up or down among the templates of its status. */
export async function moveResponseTemplate(ctx: OperationContext, input: TemplateInput["move"]): Promise<TemplateResult> {
  return result(await moveItem(ctx, templates, { id: input.templateId, position: input.position, direction: input.direction }), true);
}

export async function deleteResponseTemplate(ctx: OperationContext, input: TemplateInput["delete"]): Promise<TemplateResult> {
  return result(await deleteItem(ctx, templates, { id: input.templateId, version: input.version }), true);
}

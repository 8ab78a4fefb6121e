import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { Prisma } from "@/lib/generated/prisma/client";
import { ALREADY_FIRST, ALREADY_LAST, ORDER_CONFLICT, type MoveDirection } from "@/lib/report-catalog/model";

/**
 * The five staff commands shared by the catalogs (categories, response templates): create,
 * update, set active, move one place, delete. Each is one transaction with its audit row. Writes
 * to one catalog are serialized by a transaction-scoped advisory lock, so that order, uniqueness
 * and each catalog's own rules (its `check` hooks) hold under concurrent staff. Edits carry the
 * row's `version` (optimistic concurrency); moves carry the position the list showed.
 */

/** What every catalog row has. */
type Row = { id: string; version: number; active: boolean };
/** What staff edit, and the audit rows record. */
type Fields = Record<string, string | boolean> & { active: boolean };
/** Where an item is ordered: `{}` for one list, `{ status }` for one list per status. */
type List = Record<string, string>;
type Item = { id: string; sortOrder: number };

/** One catalog, as its commands read and write it. */
export type OrderedCatalog<R extends Row, F extends Fields, L extends List> = {
  /** Key of the advisory lock its writers share. */
  lock: string;
  /** Audit: `entityType`, and `action` as `<auditName>.<verb>`. */
  entityType: string;
  auditName: string;
  notFound: string;
  conflict: string;
  find: (tx: Tx, id: string) => Promise<R | null>;
  /** The edited fields of a row or of an input, nothing else (no id, version, count). */
  fields: (row: R | F) => F;
  listOf: (fields: F) => L;
  /** The items of a list, in display order. */
  items: (tx: Tx, list: L) => Promise<Item[]>;
  insert: (tx: Tx, data: F & { sortOrder: number }) => Promise<R>;
  /** The guarded write of an edit: only where id and version still match; bumps the version. */
  updateAtVersion: (tx: Tx, id: string, version: number, data: Partial<F> & { sortOrder?: number }) => Promise<{ count: number }>;
  setSortOrder: (tx: Tx, id: string, sortOrder: number) => Promise<unknown>;
  remove: (tx: Tx, id: string) => Promise<unknown>;
};

/** Positions are stored 10 apart, so that the order reads clearly in the database. */
const STEP = 10;

// Moved to lib/core/errors.ts; re-exported until categories.ts and templates.ts import it from there.

export function isForeignKeyViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}

/** Runs one write after the other writers of the same catalog (the lock is released with the transaction). */
function write<T>(ctx: OperationContext, catalog: { lock: string }, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inTransaction(ctx, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${catalog.lock}))`;
    return work(tx);
  });
}

async function loadAtVersion<R extends Row, F extends Fields, L extends List>(tx: Tx, catalog: OrderedCatalog<R, F, L>, id: string, version: number) {
  const row = await catalog.find(tx, id);
  if (!row) throw new NotFoundError(catalog.notFound);
  if (row.version !== version) throw new ConflictError(catalog.conflict);
  return row;
}

async function updateAtVersion<R extends Row, F extends Fields, L extends List>(tx: Tx, catalog: OrderedCatalog<R, F, L>, row: R, data: Partial<F> & { sortOrder?: number }) {
  const updated = await catalog.updateAtVersion(tx, row.id, row.version, data);
  if (updated.count !== 1) throw new ConflictError(catalog.conflict);
}

type Change = { before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject };

function audit(ctx: OperationContext, tx: Tx, catalog: { entityType: string; auditName: string }, verb: string, entityId: string, change: Change) {
  return recordAudit(tx, { actorId: ctx.actor.id, action: `${catalog.auditName}.${verb}`, entityType: catalog.entityType, entityId, ...change });
}

/** After the last item of the list. */
async function nextPosition<L extends List>(tx: Tx, catalog: { items: (tx: Tx, list: L) => Promise<Item[]> }, list: L) {
  const items = await catalog.items(tx, list);
  if (items.length === 0) return 0;
  return Math.ceil((Math.max(...items.map((item) => item.sortOrder)) + 1) / STEP) * STEP;
}

/** A new item, last of its list. `check` runs under the lock, before the write. */
export function createItem<R extends Row, F extends Fields, L extends List>(
  ctx: OperationContext,
  catalog: OrderedCatalog<R, F, L>,
  fields: F,
  check?: (tx: Tx) => Promise<void>,
): Promise<R> {
  return write(ctx, catalog, async (tx) => {
    await check?.(tx);
    const sortOrder = await nextPosition(tx, catalog, catalog.listOf(fields));
    const row = await catalog.insert(tx, { ...fields, sortOrder });
    await audit(ctx, tx, catalog, "create", row.id, { after: { ...catalog.fields(fields), sortOrder } });
    return row;
  });
}

/**
 * The edited fields; nothing is written when nothing changed. `check` sees the fields that
 * change; an item moved to another list (a template given another status) goes last there.
 */
export function updateItem<R extends Row, F extends Fields, L extends List>(
  ctx: OperationContext,
  catalog: OrderedCatalog<R, F, L>,
  target: { id: string; version: number },
  fields: F,
  check?: (tx: Tx, current: R, changed: (keyof F)[]) => Promise<void>,
): Promise<{ current: R; changed: boolean }> {
  return write(ctx, catalog, async (tx) => {
    const current = await loadAtVersion(tx, catalog, target.id, target.version);
    const before = catalog.fields(current);
    const after = catalog.fields(fields);
    const changed = (Object.keys(after) as (keyof F)[]).filter((key) => before[key] !== after[key]);
    if (changed.length === 0) return { current, changed: false };
    await check?.(tx, current, changed);
    const list = catalog.listOf(after);
    const otherList = JSON.stringify(list) !== JSON.stringify(catalog.listOf(before));
    const sortOrder = otherList ? await nextPosition(tx, catalog, list) : undefined;
    await updateAtVersion(tx, catalog, current, { ...after, ...(sortOrder === undefined ? {} : { sortOrder }) });
    await audit(ctx, tx, catalog, "update", current.id, {
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    });
    return { current, changed: true };
  });
}

/** Offered or not; `beforeDeactivate` runs when the item is switched off. */
export function setItemActive<R extends Row, F extends Fields, L extends List>(
  ctx: OperationContext,
  catalog: OrderedCatalog<R, F, L>,
  target: { id: string; version: number; active: boolean },
  beforeDeactivate?: (tx: Tx, current: R) => Promise<void>,
): Promise<{ current: R; changed: boolean }> {
  return write(ctx, catalog, async (tx) => {
    const current = await loadAtVersion(tx, catalog, target.id, target.version);
    if (current.active === target.active) return { current, changed: false };
    if (!target.active) await beforeDeactivate?.(tx, current);
    await updateAtVersion(tx, catalog, current, { active: target.active } as Partial<F>);
    await audit(ctx, tx, catalog, target.active ? "activate" : "deactivate", current.id, { before: { active: current.active }, after: { active: target.active } });
    return { current, changed: true };
  });
}

/**
 * One place up or down within its list. Rewrites the positions that differ from their rank (all
 * of them the first time, for lists seeded with equal positions; two after). Does not touch the
 * version: an edit form open meanwhile still saves.
 */
export function moveItem<R extends Row, F extends Fields, L extends List>(
  ctx: OperationContext,
  catalog: OrderedCatalog<R, F, L>,
  target: { id: string; position: number; direction: MoveDirection },
): Promise<R> {
  return write(ctx, catalog, async (tx) => {
    const current = await catalog.find(tx, target.id);
    if (!current) throw new NotFoundError(catalog.notFound);
    const list = catalog.listOf(catalog.fields(current));
    const items = await catalog.items(tx, list);
    const from = items.findIndex((item) => item.id === target.id);
    if (from !== target.position) throw new ConflictError(ORDER_CONFLICT);
    const to = target.direction === "up" ? from - 1 : from + 1;
    if (to < 0) throw new ValidationError(ALREADY_FIRST);
    if (to >= items.length) throw new ValidationError(ALREADY_LAST);
    const order = [...items];
    [order[from], order[to]] = [order[to], order[from]];
    for (const [rank, item] of order.entries()) {
      if (item.sortOrder !== rank * STEP) await catalog.setSortOrder(tx, item.id, rank * STEP);
    }
    await audit(ctx, tx, catalog, "move", current.id, { before: { ...list, position: from + 1 }, after: { ...list, position: to + 1 } });
    return current;
  });
}

/** Deletes the item; `check` refuses it (an item still in use) before the delete. */
export function deleteItem<R extends Row, F extends Fields, L extends List>(
  ctx: OperationContext,
  catalog: OrderedCatalog<R, F, L>,
  target: { id: string; version: number },
  check?: (tx: Tx, current: R) => Promise<void>,
): Promise<R> {
  return write(ctx, catalog, async (tx) => {
    const current = await loadAtVersion(tx, catalog, target.id, target.version);
    await check?.(tx, current);
    await catalog.remove(tx, current.id);
    await audit(ctx, tx, catalog, "delete", current.id, { before: catalog.fields(current) });
    return current;
  });
}

import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { findMove, moveData, moveFields, type MoveRule, type Moves } from "@/lib/core/moves";
import { inTransaction, type Effect, type OperationContext } from "@/lib/core/operation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMails, sendQueuedMails, type QueuedMail } from "@/lib/mail/outbox";

/**
 * The one sequence of every change to a record with a lifecycle (reports today; work orders,
 * contracts, memberships, meetings and missions next): load the record within the actor's scope,
 * check the version the form was loaded at, look the move up in the domain's table, update with a
 * guard on the old state and version, then, in the same transaction, the timeline event, the audit
 * row, the notifications and the outbox mails; after commit the mails leave and the other effects
 * run; the result names the cache tags to refresh (defineAction does it).
 *
 * A domain gives its table of moves (lib/core/moves.ts) and a `RecordLifecycle`: how to load,
 * update, write an event and notify, for its model. Its commands then only say what is particular
 * to each change (`plan`).
 *
 * A move may also be made by no one (`applySystemMove`: a daily job expires the contracts past
 * their end). The lifecycle's callbacks are then given a null actor: its scope, event and
 * notifications must read it as "nobody", and the audit row names no actor and says `automatic`.
 */

export type LifecycleRecord<S extends string> = { id: string; version: number; status: S };

/** Who makes a change: a person, or null for a move made by no one (`applySystemMove`). */
export type Mover = Actor | null;

/** What one change does besides the state: planned by the domain's command, carried out by the kernel. */
export type Change<E, N> = {
  /**
   * Fields to update with the guarded write (the move's status and dates are added for a move).
   * Never `status`, `version` or a field the move writes: the kernel refuses such a plan.
   */
  data?: Record<string, unknown>;
  /** The timeline event, in the domain's shape (none for a change nobody follows). */
  event?: E;
  audit: { action: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };
  /** What the record's followers are told, in the domain's shape (a text and a kind for reports). */
  notify?: N;
  /** Mails besides the followers' (a partner's contacts), queued in the same transaction. */
  mails?: readonly QueuedMail[];
  /** Writes that belong to the change, after the guarded update and the notifications. */
  after?: (tx: Tx) => Promise<void>;
  /** Run once committed (the outbox mails are sent by the kernel itself). */
  effects?: readonly Effect[];
};

export type RecordLifecycle<R extends LifecycleRecord<S>, S extends string, K extends string, E, N> = {
  /** The audit rows' entity type. */
  entityType: string;
  moves: Moves<S, K>;
  /** `notAllowed` is told the actor kind: each audience is refused in its own words (a form of statuses, of actions, an answer). */
  messages: { notFound: string; conflict: string; notAllowed: (from: S, to: S, kind: K) => string };
  /** The record if this actor, acting as `kind`, may change it: else null (told apart from absent by nobody). */
  load: (tx: Tx, actor: Mover, kind: K, id: string) => Promise<R | null>;
  /** The guarded write: only if the record still has this version and state and is still in scope; `version` + 1. */
  update: (tx: Tx, actor: Mover, kind: K, record: R, data: Record<string, unknown>) => Promise<boolean>;
  writeEvent: (tx: Tx, record: R, actor: Mover, event: E) => Promise<void>;
  /** Notifications (and their mails, queued) for the record's followers; the ids of the mails. */
  notify?: (tx: Tx, record: R, actor: Mover, notice: N) => Promise<string[]>;
  /** The cached reads this change makes stale. */
  cacheTags: (record: R, status: S) => string[];
};

export type ChangeResult<R, S extends string> = {
  /** The record as loaded before the change. */
  record: R;
  id: string;
  version: number;
  status: S;
  cacheTags: string[];
};

/**
 * A change that keeps the state (priority, details, a comment, moderation): version check, guarded
 * update, event, audit, notifications, mails, in one transaction.
 */
export async function applyChange<R extends LifecycleRecord<S>, S extends string, K extends string, E, N>(
  ctx: OperationContext,
  lifecycle: RecordLifecycle<R, S, K, E, N>,
  kind: K,
  target: { id: string; version: number },
  plan: (record: R, tx: Tx) => Promise<Change<E, N>>,
): Promise<ChangeResult<R, S>> {
  return inTransaction(ctx, async (tx, afterCommit) => {
    const record = await loadForChange(tx, ctx.actor, lifecycle, kind, target);
    const change = await plan(record, tx);
    refuseKernelFields(change.data, KERNEL_FIELDS, "a change");
    return commitChange(tx, ctx.actor, lifecycle, kind, record, record.status, change, afterCommit);
  });
}

/**
 * A move of the domain's table, by name: refused unless this actor kind may make it from the
 * record's state. The move's status and dates are written with the plan's own data, which may
 * not name them: the table alone decides what a move writes.
 */
export async function applyMove<R extends LifecycleRecord<S>, S extends string, K extends string, E, N>(
  ctx: OperationContext,
  lifecycle: RecordLifecycle<R, S, K, E, N>,
  kind: K,
  target: { id: string; version: number },
  /** The move's name, or how to pick it from the record as loaded (a form that sends a target state: `moveTo`). */
  move: string | ((record: R) => string),
  plan: MovePlan<R, S, K, E, N>,
): Promise<ChangeResult<R, S>> {
  return inTransaction(ctx, (tx, afterCommit) => makeMove(tx, ctx.actor, lifecycle, kind, target, move, plan, new Date(), afterCommit));
}

/**
 * A move made by no one: a daily job's (a contract past its end expires). The same sequence as
 * `applyMove`, with the reach and the table's rules of `kind` (the scope of a null actor), its dates
 * set at `now` (the job's clock); the audit row names no actor and says `automatic`, the event
 * names no one. A record changed since `target.version` was read is refused (ConflictError), so a
 * job that listed its records first leaves alone those a person moved or edited meanwhile.
 */
export async function applySystemMove<R extends LifecycleRecord<S>, S extends string, K extends string, E, N>(
  ctx: Pick<OperationContext, "tx" | "afterCommit">,
  lifecycle: RecordLifecycle<R, S, K, E, N>,
  kind: K,
  target: { id: string; version: number },
  move: string,
  plan: MovePlan<R, S, K, E, N>,
  now: Date = new Date(),
): Promise<ChangeResult<R, S>> {
  return inTransaction(ctx, (tx, afterCommit) => makeMove(tx, null, lifecycle, kind, target, move, plan, now, afterCommit));
}

/** What a move does besides its state and dates, planned by the domain's command. */
export type MovePlan<R, S extends string, K extends string, E, N> = (record: R, tx: Tx, rule: MoveRule<S, K>, move: string) => Promise<Change<E, N>>;

async function makeMove<R extends LifecycleRecord<S>, S extends string, K extends string, E, N>(
  tx: Tx,
  actor: Mover,
  lifecycle: RecordLifecycle<R, S, K, E, N>,
  kind: K,
  target: { id: string; version: number },
  move: string | ((record: R) => string),
  plan: MovePlan<R, S, K, E, N>,
  now: Date,
  afterCommit: (effect: Effect) => void,
): Promise<ChangeResult<R, S>> {
  const record = await loadForChange(tx, actor, lifecycle, kind, target);
  const name = typeof move === "function" ? move(record) : move;
  const rule = lifecycle.moves[name];
  if (!rule || !rule.by.includes(kind) || !rule.from.includes(record.status)) {
    const message = lifecycle.messages.notAllowed(record.status, rule?.to ?? record.status, kind);
    throw new ValidationError(message, { status: [message] });
  }
  const change = await plan(record, tx, rule, name);
  refuseKernelFields(change.data, [...KERNEL_FIELDS, ...moveFields(rule)], `the move ${name}`);
  const data = { ...change.data, ...moveData(rule, record as unknown as Record<string, unknown>, now) };
  return commitChange(tx, actor, lifecycle, kind, record, rule.to, { ...change, data }, afterCommit);
}

/** The move this actor kind makes from the record's state to `to`, by name, or a clear refusal. */
export function moveTo<S extends string, K extends string>(
  lifecycle: { moves: Moves<S, K>; messages: { notAllowed: (from: S, to: S, kind: K) => string } },
  kind: K,
  from: S,
  to: S,
): string {
  const name = findMove(lifecycle.moves, kind, from, to);
  if (!name) {
    const message = lifecycle.messages.notAllowed(from, to, kind);
    throw new ValidationError(message, { status: [message] });
  }
  return name;
}

/** Written by the kernel alone: the state only by a move of the table, the version by the guarded update. */
const KERNEL_FIELDS = ["status", "version"] as const;

/**
 * A plan whose data names what the kernel writes is a mistake in the command, not the user's:
 * refused outright (a plain Error, in the transaction, so nothing is written) rather than letting
 * it overwrite a move's state or dates, or skip the table.
 */
function refuseKernelFields(data: Record<string, unknown> | undefined, reserved: readonly string[], what: string) {
  const named = reserved.filter((field) => data !== undefined && Object.hasOwn(data, field));
  if (named.length > 0) throw new Error(`The plan of ${what} may not write ${[...new Set(named)].join(", ")}: the lifecycle kernel writes them.`);
}

async function loadForChange<R extends LifecycleRecord<S>, S extends string, K extends string, E, N>(
  tx: Tx,
  actor: Mover,
  lifecycle: RecordLifecycle<R, S, K, E, N>,
  kind: K,
  target: { id: string; version: number },
): Promise<R> {
  const record = await lifecycle.load(tx, actor, kind, target.id);
  if (!record) throw new NotFoundError(lifecycle.messages.notFound);
  if (record.version !== target.version) throw new ConflictError(lifecycle.messages.conflict);
  return record;
}

async function commitChange<R extends LifecycleRecord<S>, S extends string, K extends string, E, N>(
  tx: Tx,
  actor: Mover,
  lifecycle: RecordLifecycle<R, S, K, E, N>,
  kind: K,
  record: R,
  status: S,
  change: Change<E, N>,
  afterCommit: (effect: Effect) => void,
): Promise<ChangeResult<R, S>> {
  if (!(await lifecycle.update(tx, actor, kind, record, change.data ?? {}))) throw new ConflictError(lifecycle.messages.conflict);
  if (change.event !== undefined) await lifecycle.writeEvent(tx, record, actor, change.event);
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: change.audit.action,
    entityType: lifecycle.entityType,
    entityId: record.id,
    before: change.audit.before,
    after: actor ? change.audit.after : automatic(change.audit.after),
  });
  // Followers as they were when the change was made: `after` may move them (a duplicate's supporters).
  const followerMails = change.notify !== undefined && lifecycle.notify ? await lifecycle.notify(tx, record, actor, change.notify) : [];
  const mailIds = [...followerMails, ...(await queueMails(tx, change.mails ?? []))];
  if (change.after) await change.after(tx);
  if (mailIds.length > 0) afterCommit(() => sendQueuedMails(mailIds));
  for (const effect of change.effects ?? []) afterCommit(effect);
  return { record, id: record.id, version: record.version + 1, status, cacheTags: lifecycle.cacheTags(record, status) };
}

/** A move made by no one says so in its audit row, beside what the plan wrote there. */
function automatic(after: Prisma.InputJsonValue | undefined): Prisma.InputJsonValue {
  const written = after !== null && typeof after === "object" && !Array.isArray(after) ? after : after === undefined ? {} : { value: after };
  return { ...written, automatic: true };
}

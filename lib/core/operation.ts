import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";

/**
 * The first argument of every service operation, `(ctx, input)`: who acts, and the transaction to
 * join when the caller already holds one (a command composed into a larger one commits with it:
 * a job validated resolves its report).
 */
export type OperationContext = {
  actor: Actor;
  tx?: Tx;
  /** With `tx`: where after-commit effects go (the transaction's owner runs them once committed). */
  afterCommit?: (effect: Effect) => void;
};
export type Effect = () => Promise<unknown>;

/**
 * Runs `work` in the caller's transaction when there is one (its effects then go to the caller's
 * `afterCommit`, or, for outbox mails, to the mail worker), else in a transaction of its own whose
 * effects run once it has committed.
 */
export async function inTransaction<T>(ctx: Pick<OperationContext, "tx" | "afterCommit">, work: (tx: Tx, afterCommit: (effect: Effect) => void) => Promise<T>): Promise<T> {
  if (ctx.tx) return work(ctx.tx, ctx.afterCommit ?? (() => {}));
  const effects: Effect[] = [];
  const result = await db.$transaction((tx) => work(tx, (effect) => effects.push(effect)));
  // Once committed: an effect that fails (a mail that cannot leave) does not undo the change.
  for (const effect of effects) await effect();
  return result;
}

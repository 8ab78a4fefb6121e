import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";

/**
 * The first argument of every service operation, `(ctx, input)`: who acts, and the transaction to
 * join when the caller already holds one (a command composed into a larger one commits with it).
 */
export type OperationContext = { actor: Actor; tx?: Tx };

/** Runs `work` in the caller's transaction when there is one, else in a transaction of its own. */
export function inTransaction<T>(ctx: { tx?: Tx }, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.tx ? work(ctx.tx) : db.$transaction(work);
}

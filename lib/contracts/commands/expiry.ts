import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/core/errors";
import { applySystemMove } from "@/lib/core/lifecycle";
import { contractLifecycle, contractMovePlan } from "@/lib/contracts/lifecycle";
import { contractMoves } from "@/lib/contracts/model";
import { parisToday } from "@/lib/core/calendar";

/**
 * The daily job's part of the contracts' lifecycle: an active contract whose end date has passed
 * (Paris time) runs out, the table's `expire` move (lib/contracts/model.ts) made by no one on the
 * lifecycle kernel (`applySystemMove`): the guard on state and version, the move's dates, the
 * audit row (no actor, `automatic`). Its version moves, so that a staff form opened before is
 * refused rather than applied to the expired contract. Idempotent: the next run finds nothing.
 *
 * One small transaction per contract rather than one for all: a contract a person moves or edits
 * while the job runs holds up neither the job nor the others, and a few hundred take a few seconds.
 */
export async function expireEndedContracts(now = new Date()): Promise<number> {
  const rule = contractMoves.expire;
  const ended = await db.contract.findMany({
    where: { status: { in: [...rule.from] }, endsOn: { lt: parisToday(now) } },
    select: { id: true, version: true },
    orderBy: { endsOn: "asc" },
  });
  let expired = 0;
  for (const contract of ended) if (await expireContract(contract, now)) expired++;
  return expired;
}

/**
 * One contract's expiry at the version it was listed at. False when it was moved or edited since
 * (an amendment that extended it, a closing): the kernel refuses it, and the next run looks at it
 * afresh.
 */
export async function expireContract(target: { id: string; version: number }, now = new Date()): Promise<boolean> {
  try {
    await applySystemMove({}, contractLifecycle, "staff", target, "expire", contractMovePlan, now);
    return true;
  } catch (error) {
    if (error instanceof ConflictError || error instanceof NotFoundError) return false;
    throw error;
  }
}

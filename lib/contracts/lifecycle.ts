import "server-only";
import type { Tx } from "@/lib/db";
import { contractScope, withinScope } from "@/lib/authz/scopes";
import type { MovePlan, Mover, RecordLifecycle } from "@/lib/core/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContractStatus } from "@/lib/generated/prisma/enums";
import { contractCacheTags } from "@/lib/contracts/cache-tags";
import { CONTRACT_STATUS_LABELS, contractMoves, type ContractActorKind } from "@/lib/contracts/model";

/**
 * A contract as the lifecycle kernel (lib/core/lifecycle.ts) changes it: loaded and updated
 * within the staff scope (lib/authz/scopes.ts contractScope). Contracts have no timeline table:
 * the audit rows the kernel writes are their history, so there is no event to write and nobody
 * to notify.
 */

export const CONTRACT_NOT_FOUND = "Contrat introuvable.";
export const CONTRACT_CONFLICT = "Ce contrat a été modifié entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";

export function contractStatusNotAllowed(from: ContractStatus, to: ContractStatus) {
  return `Impossible de passer de « ${CONTRACT_STATUS_LABELS[from]} » à « ${CONTRACT_STATUS_LABELS[to]} ».`;
}

const contractSelect = {
  id: true,
  reference: true,
  status: true,
  version: true,
  partnerId: true,
  object: true,
  kind: true,
  startsOn: true,
  endsOn: true,
  amountCents: true,
  internalNote: true,
} as const satisfies Prisma.ContractSelect;
export type LoadedContract = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

export const contractLifecycle: RecordLifecycle<LoadedContract, ContractStatus, ContractActorKind, never, never> = {
  entityType: "Contract",
  moves: contractMoves,
  messages: { notFound: CONTRACT_NOT_FOUND, conflict: CONTRACT_CONFLICT, notAllowed: contractStatusNotAllowed },
  load: (tx: Tx, actor: Mover, kind: ContractActorKind, id: string) =>
    tx.contract.findFirst({ where: withinScope(contractScope(actor, kind), { id }), select: contractSelect }),
  update: async (tx, actor, kind, contract, data) => {
    const updated = await tx.contract.updateMany({
      where: withinScope(contractScope(actor, kind), { id: contract.id, version: contract.version, status: contract.status }),
      data: { ...(data as Prisma.ContractUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    return updated.count === 1;
  },
  // The audit row is the contract's history: nothing more to write.
  writeEvent: async () => {},
  cacheTags: () => contractCacheTags(),
};

/** What a move of the table writes besides its state and dates, whoever makes it (staff, or the daily job): its audit row. */
export const contractMovePlan: MovePlan<LoadedContract, ContractStatus, ContractActorKind, never, never> = async (contract, _tx, rule, move) => ({
  audit: { action: `contract.${move}`, before: { status: contract.status }, after: { status: rule.to } },
});

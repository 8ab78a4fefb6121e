import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { contractScope, withinScope } from "@/lib/authz/scopes";

/**
 * A partner's contracts, within `contractScope(actor, "partner")`: its own partners', never a
 * draft, and never the Régie's `internalNote` (not selected).
 */
type PartnerActor = Pick<Actor, "partnerIds">;

export async function listPartnerContracts(actor: PartnerActor) {
  return db.contract.findMany({
    where: contractScope(actor, "partner").where,
    orderBy: [{ status: "asc" }, { startsOn: "desc" }, { reference: "asc" }],
    select: {
      id: true,
      reference: true,
      object: true,
      kind: true,
      status: true,
      startsOn: true,
      endsOn: true,
      partner: { select: { name: true } },
      _count: { select: { lines: { where: { archivedAt: null } } } },
    },
  });
}

export type PartnerContractListItem = Awaited<ReturnType<typeof listPartnerContracts>>[number];

/** One of the partner's contracts with its current lines (task, unit, price, sites) and documents, or null. */
export async function getPartnerContract(actor: PartnerActor, id: string) {
  return db.contract.findFirst({
    where: withinScope(contractScope(actor, "partner"), { id }),
    select: {
      id: true,
      reference: true,
      object: true,
      kind: true,
      status: true,
      startsOn: true,
      endsOn: true,
      amountCents: true,
      partner: { select: { name: true } },
      lines: {
        where: { archivedAt: null },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          task: true,
          description: true,
          unit: true,
          unitPriceCents: true,
          recurrence: true,
          sites: { orderBy: { site: { name: "asc" } }, select: { site: { select: { id: true, name: true } } } },
        },
      },
      documents: { orderBy: { createdAt: "desc" }, select: { id: true, title: true, bytes: true, createdAt: true } },
    },
  });
}

export type PartnerContract = NonNullable<Awaited<ReturnType<typeof getPartnerContract>>>;

/** A document of one of the partner's contracts (never a draft's), for its download; null otherwise. */
export async function getContractDocumentForPartner(actor: PartnerActor, id: string) {
  return db.contractDocument.findFirst({
    where: { id, contract: { is: contractScope(actor, "partner").where } },
    select: { id: true, title: true, storageKey: true, bytes: true },
  });
}

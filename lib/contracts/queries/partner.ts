import "server-only";
import { db, readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContractKind, ContractStatus, ServiceUnit } from "@/lib/generated/prisma/enums";
import { toDay } from "@/lib/core/calendar";
import type { Actor } from "@/lib/authz/policy";
import { contractScope } from "@/lib/authz/scopes";

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

type PartnerContractRow = {
  id: string;
  reference: string;
  object: string;
  kind: ContractKind;
  status: ContractStatus;
  startsOn: string;
  endsOn: string;
  amountCents: number | null;
  partnerName: string;
  lines: {
    id: string;
    task: string;
    description: string | null;
    unit: ServiceUnit;
    unitPriceCents: number;
    recurrence: string | null;
    sites: { site: { id: string; name: string } }[];
  }[];
  documents: { id: string; title: string; bytes: number; createdAt: string }[];
};

/**
 * One of the partner's contracts with its current lines (task, unit, price, sites, in their order)
 * and its documents (newest first), or null: another partner's contract and a draft read as absent.
 *
 * One statement through readRows, the lines and documents aggregated as JSON: the partner's
 * contract page runs it on every visit, and Prisma 6's client engine compiled the equivalent nested
 * findFirst anew each time (about 4 ms of the page's 11 ms of CPU, bench/RESULTS.md session 19).
 * The scope is contractScope's own SQL; the integration tests hold it to the same refusals.
 */
export async function getPartnerContract(actor: PartnerActor, id: string) {
  const [row] = await readRows<PartnerContractRow>(Prisma.sql`
    SELECT c.id, c.reference, c.object, c.kind, c.status, c."startsOn"::text AS "startsOn", c."endsOn"::text AS "endsOn",
      c."amountCents", p.name AS "partnerName",
      coalesce((
        SELECT json_agg(json_build_object(
            'id', l.id, 'task', l.task, 'description', l.description, 'unit', l.unit,
            'unitPriceCents', l."unitPriceCents", 'recurrence', l.recurrence,
            'sites', coalesce((
              SELECT json_agg(json_build_object('site', json_build_object('id', s.id, 'name', s.name)) ORDER BY s.name, s.id)
                FROM "ContractLineSite" ls JOIN "Site" s ON s.id = ls."siteId"
               WHERE ls."lineId" = l.id), '[]'::json))
          ORDER BY l."sortOrder", l.id)
          FROM "ContractLine" l
         WHERE l."contractId" = c.id AND l."archivedAt" IS NULL), '[]'::json) AS lines,
      coalesce((
        SELECT json_agg(json_build_object('id', d.id, 'title', d.title, 'bytes', d.bytes, 'createdAt', d."createdAt") ORDER BY d."createdAt" DESC, d.id)
          FROM "ContractDocument" d
         WHERE d."contractId" = c.id), '[]'::json) AS documents
    FROM "Contract" c JOIN "Partner" p ON p.id = c."partnerId"
    WHERE ${contractScope(actor, "partner").sql} AND c.id = ${id}`);
  if (!row) return null;
  const { partnerName, startsOn, endsOn, documents, ...contract } = row;
  return {
    ...contract,
    startsOn: toDay(startsOn),
    endsOn: toDay(endsOn),
    partner: { name: partnerName },
    documents: documents.map((doc) => ({ ...doc, createdAt: new Date(doc.createdAt) })),
  };
}

export type PartnerContract = NonNullable<Awaited<ReturnType<typeof getPartnerContract>>>;

/** A document of one of the partner's contracts (never a draft's), for its download; null otherwise. */
export async function getContractDocumentForPartner(actor: PartnerActor, id: string) {
  return db.contractDocument.findFirst({
    where: { id, contract: { is: contractScope(actor, "partner").where } },
    select: { id: true, title: true, storageKey: true, bytes: true },
  });
}

import "server-only";
import { db, readRows } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import { contractScope, withinScope } from "@/lib/authz/scopes";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContractStatus } from "@/lib/generated/prisma/enums";
import { endingSoonLimit } from "@/lib/contracts/model";
import { listActiveTeams } from "@/lib/employees/queries/active-teams";
import { isoDay, parisToday, toDay } from "@/lib/core/calendar";

/**
 * Staff reads on service contracts, each scoped by the caller (lib/authz/scopes.ts contractScope)
 * inside its `where`, each returning a small DTO. Every read checks `contracts:view` itself, so
 * that a page, an action or a route handler that forgot to ask still cannot hand a contract's
 * terms, internal note or documents to a partner, the board or an employee.
 */

export const CONTRACTS_PAGE_SIZE = 20;

export type ContractFilter = { status?: ContractStatus; partnerId?: string; endingSoon?: boolean; search?: string; page: number };

/** Active contracts ending between today and ENDING_SOON_DAYS days on, in Paris (the renewal alerts). */
function endingSoonWhere(now: Date): Prisma.ContractWhereInput {
  return { status: "ACTIVE", endsOn: { gte: parisToday(now), lte: endingSoonLimit(now) } };
}

function filterWhere(filter: Omit<ContractFilter, "page">, now: Date): Prisma.ContractWhereInput {
  const and: Prisma.ContractWhereInput[] = [];
  if (filter.status) and.push({ status: filter.status });
  if (filter.partnerId) and.push({ partnerId: filter.partnerId });
  if (filter.endingSoon) and.push(endingSoonWhere(now));
  if (filter.search) {
    const text = { contains: filter.search, mode: "insensitive" as const };
    and.push({ OR: [{ reference: text }, { object: text }, { partner: { name: text } }] });
  }
  return { AND: and };
}

const listSelect = {
  id: true,
  reference: true,
  object: true,
  kind: true,
  status: true,
  startsOn: true,
  endsOn: true,
  amountCents: true,
  partner: { select: { id: true, name: true } },
  _count: { select: { lines: { where: { archivedAt: null } } } },
} as const satisfies Prisma.ContractSelect;

/** One page of contracts, the ones ending first on top, with how many match. */
export async function listContracts(actor: Actor | null, filter: ContractFilter, now: Date = new Date()) {
  authorize(actor, "contracts:view");
  const where = withinScope(contractScope(actor, "staff"), filterWhere(filter, now));
  const [rows, total] = await Promise.all([
    db.contract.findMany({
      where,
      select: listSelect,
      orderBy: [{ endsOn: "asc" }, { reference: "asc" }],
      skip: (filter.page - 1) * CONTRACTS_PAGE_SIZE,
      take: CONTRACTS_PAGE_SIZE,
    }),
    db.contract.count({ where }),
  ]);
  return { rows, total, page: filter.page, pageSize: CONTRACTS_PAGE_SIZE };
}

type EndingContractRow = { id: string; reference: string; object: string; endsOn: string; partnerName: string };

/**
 * The staff home's alerts: a few active contracts ending soonest, on the (status, endsOn) index.
 * Raw SQL through readRows because the staff home runs it on every visit: Prisma 6's client engine
 * compiled this findMany anew on each request (about 1.5 ms of the page's CPU in a profile, its
 * largest single cost after the render). It means what endingSoonWhere means; the integration
 * test compares it with listContracts' "ending soon" filter.
 */
export async function listContractsEndingSoon(actor: Actor | null, now: Date = new Date(), take = 5) {
  authorize(actor, "contracts:view");
  const rows = await readRows<EndingContractRow>(Prisma.sql`
    SELECT c.id, c.reference, c.object, c."endsOn"::text AS "endsOn", (SELECT p.name FROM "Partner" p WHERE p.id = c."partnerId") AS "partnerName"
      FROM "Contract" c
     WHERE ${contractScope(actor, "staff").sql} AND c.status = 'ACTIVE'::"ContractStatus"
       AND c."endsOn" BETWEEN ${isoDay(parisToday(now))}::date AND ${isoDay(endingSoonLimit(now))}::date
     ORDER BY c."endsOn", c.reference
     LIMIT ${take}`);
  return rows.map(({ endsOn, partnerName, ...contract }) => ({ ...contract, endsOn: toDay(endsOn), partner: { name: partnerName } }));
}

/** A contract's page: its terms, its lines (current ones first in their order) and its documents. */
export async function getContractForStaff(actor: Actor | null, id: string) {
  authorize(actor, "contracts:view");
  return db.contract.findFirst({
    where: withinScope(contractScope(actor, "staff"), { id }),
    select: {
      id: true,
      reference: true,
      object: true,
      kind: true,
      status: true,
      version: true,
      startsOn: true,
      endsOn: true,
      amountCents: true,
      internalNote: true,
      activatedAt: true,
      expiredAt: true,
      closedAt: true,
      partner: { select: { id: true, name: true, archivedAt: true } },
      lines: {
        where: { archivedAt: null },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          version: true,
          task: true,
          description: true,
          unit: true,
          unitPriceCents: true,
          recurrence: true,
          startMinutes: true,
          durationMinutes: true,
          team: { select: { name: true } },
          sites: { select: { site: { select: { id: true, name: true } } }, orderBy: { site: { name: "asc" } } },
        },
      },
      documents: { orderBy: { createdAt: "desc" }, select: { id: true, title: true, bytes: true, createdAt: true, uploadedBy: { select: { name: true } } } },
    },
  });
}

/** A line as its edit form needs it, with its contract's dates and status (for the preview). */
export async function getLineForStaff(actor: Actor | null, lineId: string) {
  authorize(actor, "contracts:view");
  return db.contractLine.findFirst({
    where: { id: lineId, archivedAt: null, contract: contractScope(actor, "staff").where },
    select: {
      id: true,
      version: true,
      task: true,
      description: true,
      unit: true,
      unitPriceCents: true,
      recurrence: true,
      startMinutes: true,
      durationMinutes: true,
      teamId: true,
      sites: { select: { siteId: true } },
      contract: { select: { id: true, reference: true, status: true, startsOn: true, endsOn: true } },
    },
  });
}

/** The partners a contract may be made with: those not archived, by name. */
export async function listContractPartners(actor: Actor | null) {
  authorize(actor, "contracts:view");
  return db.partner.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * What the line form offers: the sites of the territory not archived, grouped by area (one
 * query, areas in name order), and the teams not archived. `keepSiteIds` are the line's own sites,
 * shown even if archived since.
 */
export async function lineFormOptions(actor: Actor | null, keepSiteIds: readonly string[] = []) {
  authorize(actor, "contracts:view");
  const [sites, teams] = await Promise.all([
    db.site.findMany({
      where: { OR: [{ archivedAt: null }, { id: { in: [...keepSiteIds] } }] },
      select: { id: true, name: true, address: true, area: { select: { id: true, name: true } } },
      orderBy: [{ area: { name: "asc" } }, { name: "asc" }],
    }),
    listActiveTeams(),
  ]);
  const areas: { id: string; name: string; sites: { id: string; name: string; address: string }[] }[] = [];
  for (const site of sites) {
    let area = areas[areas.length - 1];
    if (!area || area.id !== site.area.id) areas.push((area = { id: site.area.id, name: site.area.name, sites: [] }));
    area.sites.push({ id: site.id, name: site.name, address: site.address });
  }
  return { areas, teams };
}

/** A document to serve: only within a contract the caller reaches as staff. */
export async function getContractDocumentForStaff(actor: Actor | null, id: string) {
  authorize(actor, "contracts:view");
  return db.contractDocument.findFirst({
    where: { id, contract: contractScope(actor, "staff").where },
    select: { id: true, title: true, storageKey: true, bytes: true },
  });
}

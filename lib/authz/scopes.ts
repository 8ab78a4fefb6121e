/**
 * Record-level access, one API: for an actor and a kind of record, which rows they may reach, as a
 * Prisma `where` and as the same condition in SQL (for the hot reads written in SQL). Queries,
 * commands (through the lifecycle kernel's `load` and guarded `update`) and route handlers all
 * take their condition from here, so a page, an action and a download cannot disagree.
 * `policy.ts` says what a role may do at all; this says on which rows.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authz/policy";
import { PUBLIC_STATUSES } from "@/lib/reports/model";

export type Scope<W> = { where: W; sql: Prisma.Sql };

/**
 * The ways a person reaches reports:
 * - `staff`: every report (triage, figures, export);
 * - `author`: their own reports, whatever their visibility;
 * - `partner`: the reports staff routed to one of their partners, which they handle (read in
 *   full, move, comment);
 * - `partner-site`: the public reports on a site one of their partners owns, read as any visitor
 *   reads them (owning a building does not make a landlord the handler of its reports);
 * - `public`: what the public pages show (public, neither rejected nor a duplicate).
 * SQL fragments name the report table `r`.
 */
export type ReportAudience = "staff" | "author" | "partner" | "partner-site" | "public";

const PUBLIC_WHERE: Prisma.ReportWhereInput = { visibility: "PUBLIC", status: { in: [...PUBLIC_STATUSES] } };
const PUBLIC_SQL = Prisma.sql`(r.visibility = 'PUBLIC' AND r.status IN (${Prisma.join(PUBLIC_STATUSES.map((s) => Prisma.sql`${s}::"ReportStatus"`))}))`;

/** An actor's partners, once each; none gives an empty list, which matches no row. */
function partnerIds(actor: Pick<Actor, "partnerIds">) {
  return [...new Set(actor.partnerIds)];
}

function inList(column: Prisma.Sql, ids: string[]) {
  return ids.length ? Prisma.sql`${column} IN (${Prisma.join(ids)})` : Prisma.sql`FALSE`;
}

export function reportScope(actor: Pick<Actor, "id" | "partnerIds"> | null, audience: ReportAudience): Scope<Prisma.ReportWhereInput> {
  switch (audience) {
    case "staff":
      return { where: {}, sql: Prisma.sql`TRUE` };
    case "author":
      if (!actor) return { where: { id: { in: [] } }, sql: Prisma.sql`FALSE` };
      return { where: { authorId: actor.id }, sql: Prisma.sql`r."authorId" = ${actor.id}` };
    case "partner": {
      const ids = actor ? partnerIds(actor) : [];
      return { where: { partnerId: { in: ids } }, sql: inList(Prisma.sql`r."partnerId"`, ids) };
    }
    case "partner-site": {
      const ids = actor ? partnerIds(actor) : [];
      return {
        // The site's owner is copied onto the report by a trigger (Report.siteOwnerPartnerId,
        // indexed): one column instead of a join on Site.
        where: { AND: [PUBLIC_WHERE, { siteOwnerPartnerId: { in: ids } }] },
        sql: Prisma.sql`(${PUBLIC_SQL} AND ${inList(Prisma.sql`r."siteOwnerPartnerId"`, ids)})`,
      };
    }
    case "public":
      return { where: PUBLIC_WHERE, sql: PUBLIC_SQL };
  }
}

/** `where` of a record by id within a scope: the shape every scoped load and guarded update uses. */
export function withinScope<W extends object>(scope: Scope<W>, where: W): { AND: W[] } {
  return { AND: [where, scope.where] };
}

/**
 * The ways a person reaches work orders:
 * - `staff`: every job;
 * - `employee`: the jobs they are assigned to, and those of their team (an archived employee record
 *   reaches none); never another team's;
 * - `partner`: the jobs done for one of their partners (WorkOrder.partnerId, copied from the
 *   contract when the job is made), never the Régie's internal notes (the queries' `select`s).
 * SQL fragments name the work order table `w`.
 */
export type WorkOrderAudience = "staff" | "employee" | "partner";

export function workOrderScope(actor: Pick<Actor, "id" | "partnerIds"> | null, audience: WorkOrderAudience): Scope<Prisma.WorkOrderWhereInput> {
  switch (audience) {
    case "staff":
      return { where: {}, sql: Prisma.sql`TRUE` };
    case "employee": {
      if (!actor) return { where: { id: { in: [] } }, sql: Prisma.sql`FALSE` };
      const me: Prisma.EmployeeWhereInput = { userId: actor.id, archivedAt: null };
      return {
        where: { OR: [{ assignees: { some: { employee: me } } }, { team: { employees: { some: me } } }] },
        sql: Prisma.sql`(EXISTS (SELECT 1 FROM "WorkOrderAssignee" wa JOIN "Employee" e ON e.id = wa."employeeId"
            WHERE wa."workOrderId" = w.id AND e."userId" = ${actor.id} AND e."archivedAt" IS NULL)
          OR w."teamId" IN (SELECT e."teamId" FROM "Employee" e WHERE e."userId" = ${actor.id} AND e."archivedAt" IS NULL AND e."teamId" IS NOT NULL))`,
      };
    }
    case "partner": {
      const ids = actor ? partnerIds(actor) : [];
      return { where: { partnerId: { in: ids } }, sql: inList(Prisma.sql`w."partnerId"`, ids) };
    }
  }
}

/**
 * A partner's contracts: their own partners' only, and never a draft (a contract being written is
 * the Régie's). Staff reach every contract. SQL fragments name the contract table `c`.
 */
export type ContractAudience = "staff" | "partner";

export function contractScope(actor: Pick<Actor, "partnerIds"> | null, audience: ContractAudience): Scope<Prisma.ContractWhereInput> {
  if (audience === "staff") return { where: {}, sql: Prisma.sql`TRUE` };
  const ids = actor ? partnerIds(actor) : [];
  return {
    where: { partnerId: { in: ids }, status: { not: "DRAFT" } },
    sql: Prisma.sql`(${inList(Prisma.sql`c."partnerId"`, ids)} AND c.status <> 'DRAFT'::"ContractStatus")`,
  };
}

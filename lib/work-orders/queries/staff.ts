import "server-only";
import { db, readRows } from "@/lib/db";
import { listActiveTeams } from "@/lib/employees/queries/active-teams";
import { authorize, type Actor } from "@/lib/authz/policy";
import { workOrderScope, withinScope } from "@/lib/authz/scopes";
import { toDay } from "@/lib/core/calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_WORK_ORDER_STATUSES } from "@/lib/work-orders/model";
import type { WorkOrderFilterParams } from "@/lib/work-orders/schemas";

/**
 * Staff's reads of jobs, small DTOs within the staff scope (lib/authz/scopes.ts): the list with
 * its filters, a job's page, the options of the forms, a report's jobs. One SQL query each (the
 * relations are joined), so a page stays within its budget whatever the number of jobs. Every read
 * checks `work-orders:manage` itself, as the contracts' do: a page, an action or a route handler
 * that forgot to ask still cannot hand a job's internal note, a team's week or a report's place to a
 * partner, an employee or a resident.
 */

export const WORK_ORDER_PAGE_SIZE = 25;

/** Where the list's filter lands in SQL: a number searched exactly, a task by its words. */
export function workOrderListWhere(filter: WorkOrderFilterParams): Prisma.WorkOrderWhereInput {
  const q = filter.q?.replace(/^n°\s*/i, "");
  const search: Prisma.WorkOrderWhereInput | undefined = q
    ? /^\d{1,9}$/.test(q)
      ? { number: Number(q) }
      : { task: { contains: q, mode: "insensitive" } }
    : undefined;
  return {
    ...(filter.statut ? { status: filter.statut } : {}),
    ...(filter.origine ? { origin: filter.origine } : {}),
    // Sent back and still open; with a status too, both must hold.
    ...(filter.renvoi ? { sentBackAt: { not: null }, AND: [{ status: { in: [...OPEN_WORK_ORDER_STATUSES] } }] } : {}),
    ...(filter.contrat ? { contractId: filter.contrat } : {}),
    ...(filter.equipe ? { teamId: filter.equipe } : {}),
    ...(filter.du || filter.au
      ? { scheduledDate: { ...(filter.du ? { gte: toDay(filter.du) } : {}), ...(filter.au ? { lte: toDay(filter.au) } : {}) } }
      : {}),
    ...(search ?? {}),
  };
}

const listSelect = {
  id: true,
  number: true,
  status: true,
  origin: true,
  task: true,
  scheduledDate: true,
  startMinutes: true,
  address: true,
  site: { select: { name: true } },
  team: { select: { name: true } },
  contract: { select: { reference: true } },
} as const satisfies Prisma.WorkOrderSelect;
export type WorkOrderListRow = Prisma.WorkOrderGetPayload<{ select: typeof listSelect }>;

/**
 * The staff home's "À traiter": partners' orders still to plan (PLANNED), and open jobs a partner
 * sent back. One SQL statement on Prisma's pool (`readRows`: prepared once per connection, no
 * per-query compile by Prisma's engine on the home page), each condition on its own index
 * ((status, origin), (status, sentBackAt)) joined by a bitmap OR.
 */
export async function countWorkToHandle(actor: Actor | null): Promise<{ ordersToPlan: number; sentBack: number }> {
  authorize(actor, "work-orders:manage");
  const open = Prisma.join(OPEN_WORK_ORDER_STATUSES.map((status) => Prisma.sql`${status}::"WorkOrderStatus"`));
  const toPlan = Prisma.sql`(w.status = 'PLANNED'::"WorkOrderStatus" AND w.origin = 'PARTNER_ORDER'::"WorkOrderOrigin")`;
  const sentBack = Prisma.sql`(w.status IN (${open}) AND w."sentBackAt" IS NOT NULL)`;
  const [row] = await readRows<{ ordersToPlan: number; sentBack: number }>(Prisma.sql`
    SELECT count(*) FILTER (WHERE ${toPlan})::int AS "ordersToPlan", count(*) FILTER (WHERE ${sentBack})::int AS "sentBack"
    FROM "WorkOrder" w
    WHERE ${workOrderScope(actor, "staff").sql} AND (${toPlan} OR ${sentBack})`);
  return row;
}

export async function listWorkOrders(actor: Actor | null, filter: WorkOrderFilterParams): Promise<{ total: number; rows: WorkOrderListRow[] }> {
  authorize(actor, "work-orders:manage");
  const where = withinScope(workOrderScope(actor, "staff"), workOrderListWhere(filter));
  const [total, rows] = await Promise.all([
    db.workOrder.count({ where }),
    db.workOrder.findMany({
      where,
      select: listSelect,
      orderBy: [{ scheduledDate: "desc" }, { number: "desc" }],
      skip: (filter.page - 1) * WORK_ORDER_PAGE_SIZE,
      take: WORK_ORDER_PAGE_SIZE,
    }),
  ]);
  return { total, rows };
}

export async function getWorkOrderForStaff(actor: Actor | null, id: string) {
  authorize(actor, "work-orders:manage");
  return db.workOrder.findFirst({
    where: withinScope(workOrderScope(actor, "staff"), { id }),
    select: {
      id: true,
      number: true,
      status: true,
      origin: true,
      version: true,
      task: true,
      description: true,
      address: true,
      scheduledDate: true,
      occurrenceDate: true,
      startMinutes: true,
      durationMinutes: true,
      internalNote: true,
      completionNote: true,
      sentBackComment: true,
      cancelReason: true,
      partnerId: true,
      teamId: true,
      site: { select: { id: true, name: true, address: true } },
      building: { select: { name: true } },
      team: { select: { id: true, name: true } },
      partner: { select: { name: true } },
      contract: { select: { id: true, reference: true, startsOn: true, endsOn: true } },
      contractLine: { select: { task: true } },
      report: { select: { id: true, number: true, status: true } },
      assignees: { select: { employee: { select: { id: true, name: true } } }, orderBy: { employee: { name: "asc" } } },
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, fromStatus: true, toStatus: true, comment: true, visibility: true, createdAt: true, actor: { select: { name: true } } },
      },
      photos: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, width: true, height: true } },
      timeEntries: { orderBy: { date: "asc" }, select: { id: true, date: true, minutes: true, note: true, employee: { select: { name: true } } } },
    },
  });
}
export type StaffWorkOrder = NonNullable<Awaited<ReturnType<typeof getWorkOrderForStaff>>>;

/** The jobs made from a report, for its triage page. */
export async function listJobsOfReport(actor: Actor | null, reportId: string) {
  authorize(actor, "work-orders:manage");
  return db.workOrder.findMany({
    where: withinScope(workOrderScope(actor, "staff"), { reportId }),
    select: { id: true, number: true, status: true, task: true, scheduledDate: true },
    orderBy: { number: "asc" },
  });
}

/** The teams and the employees staff may put on a job: not archived. */
export async function listAssignmentOptions(actor: Actor | null) {
  authorize(actor, "work-orders:manage");
  return db.team.findMany({
    where: { archivedAt: null },
    select: { id: true, name: true, employees: { where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } } },
    orderBy: { name: "asc" },
  });
}

/**
 * What the new job form offers: the running contracts' lines with their sites, the territory's
 * sites, the teams. Lines and sites are few (a Régie has tens of contracts): no paging.
 */
export async function listCreationOptions(actor: Actor | null) {
  authorize(actor, "work-orders:manage");
  const [lines, sites, teams] = await Promise.all([
    db.contractLine.findMany({
      where: { archivedAt: null, contract: { status: "ACTIVE" } },
      select: {
        id: true,
        task: true,
        teamId: true,
        startMinutes: true,
        durationMinutes: true,
        contract: { select: { reference: true, startsOn: true, endsOn: true, partner: { select: { name: true } } } },
        sites: { select: { site: { select: { id: true, name: true } } } },
      },
      orderBy: [{ contract: { reference: "asc" } }, { sortOrder: "asc" }],
    }),
    db.site.findMany({ where: { archivedAt: null }, select: { id: true, name: true, address: true }, orderBy: { name: "asc" } }),
    listActiveTeams(),
  ]);
  return { lines, sites, teams };
}

/** The list's filter choices: contracts that have jobs and teams. */
export async function listFilterOptions(actor: Actor | null) {
  authorize(actor, "work-orders:manage");
  const [contracts, teams] = await Promise.all([
    db.contract.findMany({ where: { status: { in: ["ACTIVE", "EXPIRED", "CLOSED"] } }, select: { id: true, reference: true }, orderBy: { reference: "asc" } }),
    listActiveTeams(),
  ]);
  return { contracts, teams };
}

/** A report's place and category, to prefill the job made from it. */
export async function getReportForJob(actor: Actor | null, reportId: string) {
  authorize(actor, "work-orders:manage");
  return db.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      number: true,
      description: true,
      siteId: true,
      address: true,
      category: { select: { name: true } },
      site: { select: { name: true, address: true } },
      building: { select: { name: true, address: true } },
    },
  });
}

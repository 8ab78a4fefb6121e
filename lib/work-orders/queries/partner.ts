import "server-only";
import { db, readRows } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { contractScope, withinScope, workOrderScope } from "@/lib/authz/scopes";
import { Prisma } from "@/lib/generated/prisma/client";
import { PARTNER_JOBS_PAGE_SIZE, type PartnerJobFilter } from "@/lib/work-orders/partner-params";
import { computeStatement, parisMonthOf, parisPeriodRange, parseStatementMonth, parseStatementPeriod } from "@/lib/work-orders/statement";

/**
 * The partner's reads of the work done for it, within `workOrderScope(actor, "partner")` (its own
 * partners' jobs) and `contractScope(actor, "partner")` (its contracts, never drafts). Never the
 * Régie's `internalNote`, never an employee: a partner sees hours, not people.
 */
type PartnerActor = Pick<Actor, "id" | "partnerIds">;

/** The days of a month as `@db.Date` columns store them (00:00 UTC): [first, first of next). */
function monthDays(key: string) {
  const month = parseStatementMonth(key);
  if (!month) return null;
  return { gte: new Date(Date.UTC(month.year, month.month - 1, 1)), lt: new Date(Date.UTC(month.year, month.month, 1)) };
}

export type PartnerJobListItem = {
  id: string;
  number: number;
  task: string;
  status: Prisma.WorkOrderGetPayload<{ select: { status: true } }>["status"];
  scheduledDate: Date;
  site: string | null;
  contract: string | null;
};

/** A page of the partner's jobs, newest day first, by status and month, with the total for the pages. */
export async function listPartnerJobs(actor: PartnerActor, filter: PartnerJobFilter) {
  const days = filter.month ? monthDays(filter.month) : null;
  const where = withinScope(workOrderScope(actor, "partner"), {
    ...(filter.status ? { status: filter.status } : {}),
    ...(days ? { scheduledDate: days } : {}),
  });
  const [total, rows] = await Promise.all([
    db.workOrder.count({ where }),
    db.workOrder.findMany({
      where,
      orderBy: [{ scheduledDate: "desc" }, { number: "desc" }],
      skip: (filter.page - 1) * PARTNER_JOBS_PAGE_SIZE,
      take: PARTNER_JOBS_PAGE_SIZE,
      select: { id: true, number: true, task: true, status: true, scheduledDate: true, site: { select: { name: true } }, contract: { select: { reference: true } } },
    }),
  ]);
  const items = rows.map((row): PartnerJobListItem => ({
    id: row.id,
    number: row.number,
    task: row.task,
    status: row.status,
    scheduledDate: row.scheduledDate,
    site: row.site?.name ?? null,
    contract: row.contract?.reference ?? null,
  }));
  return { total, pageSize: PARTNER_JOBS_PAGE_SIZE, page: filter.page, items };
}

/**
 * One of the partner's jobs, or null (another partner's, or none). Its PUBLIC timeline events
 * only, without who made them (an employee's name is not the partner's to read), its photos, and
 * the time spent in total.
 */
export async function getPartnerJob(actor: PartnerActor, id: string) {
  const job = await db.workOrder.findFirst({
    where: withinScope(workOrderScope(actor, "partner"), { id }),
    select: {
      id: true,
      number: true,
      version: true,
      status: true,
      origin: true,
      task: true,
      description: true,
      scheduledDate: true,
      startMinutes: true,
      durationMinutes: true,
      address: true,
      doneAt: true,
      validatedAt: true,
      sentBackAt: true,
      sentBackComment: true,
      site: { select: { name: true, address: true } },
      building: { select: { name: true } },
      contract: { select: { id: true, reference: true, status: true } },
      contractLine: { select: { task: true } },
      events: {
        where: { visibility: "PUBLIC" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, fromStatus: true, toStatus: true, comment: true, createdAt: true },
      },
      photos: { orderBy: [{ kind: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, width: true, height: true } },
    },
  });
  if (!job) return null;
  const time = await db.timeEntry.aggregate({ where: { workOrderId: job.id }, _sum: { minutes: true } });
  // A contract the partner no longer sees (set back to draft) is not linked to.
  const contract = job.contract && job.contract.status !== "DRAFT" ? { id: job.contract.id, reference: job.contract.reference } : null;
  return { ...job, contract, minutesSpent: time._sum.minutes ?? 0 };
}

export type PartnerJob = NonNullable<Awaited<ReturnType<typeof getPartnerJob>>>;

/** A photo of one of the partner's jobs, to serve, or null (the route answers 404 alike). */
/** What the order form offers: the lines of the partner's ACTIVE contracts, with their sites and dates. */
export async function listOrderableLines(actor: PartnerActor) {
  const lines = await db.contractLine.findMany({
    where: { archivedAt: null, contract: { is: withinScope(contractScope(actor, "partner"), { status: "ACTIVE" }) } },
    orderBy: [{ contract: { reference: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      task: true,
      contract: { select: { reference: true, startsOn: true, endsOn: true } },
      sites: { orderBy: { site: { name: "asc" } }, select: { site: { select: { id: true, name: true } } } },
    },
  });
  return lines.map((line) => ({ id: line.id, task: line.task, contract: line.contract, sites: line.sites.map((s) => s.site) }));
}

export type OrderableLine = Awaited<ReturnType<typeof listOrderableLines>>[number];

/**
 * The statement of one of the partner's contracts for a month ("2026-11"), or null when the
 * contract is not the partner's (or a draft). The jobs are those finished in the month (Paris
 * time) and validated; the figures by line are computed by lib/work-orders/statement.ts.
 */
/** A contract's statement for a period: a month ("2026-11") or a calendar year ("2026"). */
export async function getPartnerStatement(actor: PartnerActor, contractId: string, periodKey: string) {
  const period = parseStatementPeriod(periodKey);
  if (!period) return null;
  const contract = await db.contract.findFirst({
    where: withinScope(contractScope(actor, "partner"), { id: contractId }),
    select: {
      id: true,
      reference: true,
      object: true,
      startsOn: true,
      endsOn: true,
      partner: { select: { name: true } },
      lines: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, task: true, unit: true, unitPriceCents: true } },
    },
  });
  if (!contract) return null;
  const { start, end } = parisPeriodRange(period);
  // The jobs and their minutes in one raw statement on Prisma's pool (lib/db.ts `readRows`): no
  // query per job, and no compile by Prisma's client engine on a page read at every visit.
  const jobs = await readRows<{ id: string; number: number; task: string; contractLineId: string | null; doneAt: Date; site: string | null; minutes: number }>(Prisma.sql`
    SELECT w.id, w.number, w.task, w."contractLineId", w."doneAt",
           (SELECT s.name FROM "Site" s WHERE s.id = w."siteId") AS site,
           coalesce((SELECT sum(t.minutes) FROM "TimeEntry" t WHERE t."workOrderId" = w.id), 0)::int AS minutes
      FROM "WorkOrder" w
     WHERE w."contractId" = ${contract.id} AND w.status = 'VALIDATED'::"WorkOrderStatus" AND w."doneAt" >= ${start} AND w."doneAt" < ${end}
       AND ${workOrderScope(actor, "partner").sql}
     ORDER BY w."doneAt", w.number`);
  const figures = computeStatement(
    contract.lines,
    jobs.map((job) => ({ lineId: job.contractLineId, minutes: job.minutes, month: parisMonthOf(job.doneAt) })),
  );
  return {
    contract: { id: contract.id, reference: contract.reference, object: contract.object, startsOn: contract.startsOn, endsOn: contract.endsOn },
    partner: contract.partner.name,
    period: period.key,
    ...figures,
    jobs: jobs.map((job) => ({ id: job.id, number: job.number, task: job.task, site: job.site, doneAt: job.doneAt, minutes: job.minutes })),
  };
}

export type PartnerStatement = NonNullable<Awaited<ReturnType<typeof getPartnerStatement>>>;

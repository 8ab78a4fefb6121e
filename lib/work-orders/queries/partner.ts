import "server-only";
import { db, readRows } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { contractScope, withinScope, workOrderScope } from "@/lib/authz/scopes";
import { parisMonthSql } from "@/lib/core/paris-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { PARTNER_JOBS_PAGE_SIZE, type PartnerJobFilter } from "@/lib/work-orders/partner-params";
import { computeStatement, parisPeriodRange, parseStatementMonth, parseStatementPeriod, type StatementLineInput, type StatementSumInput } from "@/lib/work-orders/statement";

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
 * Which of the period's counted jobs a statement carries: a page of them (the page on screen; a
 * page past the last gives the last), or every one (the CSV and the PDF).
 */
export type StatementJobsWanted = { page: number; pageSize: number } | "all";

type StatementRow = {
  contract: { id: string; reference: string; object: string; startsOn: string; endsOn: string; partner: string } | null;
  lines: StatementLineInput[] | null;
  sums: StatementSumInput[] | null;
  jobCount: number;
  skip: number;
  jobs: { id: string; number: number; task: string; site: string | null; doneAt: string; minutes: number }[] | null;
};

/**
 * The statement of one of the partner's contracts for a period, a month ("2026-11") or a calendar
 * year ("2026"), or null when the contract is not the partner's (or a draft). The jobs counted are
 * those finished in the period (Paris time) and validated.
 *
 * One raw statement on Prisma's pool (lib/db.ts `readRows`), for a page read at every visit: the
 * contract and its lines; the jobs and minutes of each line month by month, added up in SQL (the
 * amounts are then lib/work-orders/statement.ts's rule on those few sums, so that the page, the
 * CSV and the PDF bill by one rule); the number of jobs; and only the jobs asked for, in order
 * (`LIMIT NULL` is no limit: every job for the files; a page size of 0, none).
 */
export async function getPartnerStatement(actor: PartnerActor, contractId: string, periodKey: string, wanted: StatementJobsWanted) {
  const period = parseStatementPeriod(periodKey);
  if (!period) return null;
  const { start, end } = parisPeriodRange(period);
  const pageSize = wanted === "all" ? null : wanted.pageSize;
  const page = wanted === "all" ? 1 : wanted.page;
  const [row] = await readRows<StatementRow>(Prisma.sql`
    WITH contract AS (
      SELECT c.id, c.reference, c.object, c."startsOn", c."endsOn", (SELECT p.name FROM "Partner" p WHERE p.id = c."partnerId") AS partner
        FROM "Contract" c
       WHERE c.id = ${contractId} AND ${contractScope(actor, "partner").sql}
    ), counted AS (
      SELECT w.id, w.number, w.task, w."contractLineId", w."doneAt", w."siteId",
             ${parisMonthSql(Prisma.sql`w."doneAt"`)} AS month,
             coalesce((SELECT sum(t.minutes) FROM "TimeEntry" t WHERE t."workOrderId" = w.id), 0)::int AS minutes
        FROM "WorkOrder" w
       WHERE w."contractId" = (SELECT id FROM contract) AND w.status = 'VALIDATED'::"WorkOrderStatus"
         AND w."doneAt" >= ${start} AND w."doneAt" < ${end} AND ${workOrderScope(actor, "partner").sql}
    ), shown AS (
      SELECT CASE WHEN ${pageSize}::int IS NULL THEN 0
                  ELSE (least(${page}::int, greatest(1, ceil(count(*) / nullif(${pageSize}::int, 0)::numeric)::int)) - 1) * ${pageSize}::int END AS skip
        FROM counted
    )
    SELECT (SELECT row_to_json(contract) FROM contract) AS contract,
           (SELECT json_agg(json_build_object('id', l.id, 'task', l.task, 'unit', l.unit, 'unitPriceCents', l."unitPriceCents") ORDER BY l."sortOrder", l.id)
              FROM "ContractLine" l WHERE l."contractId" = (SELECT id FROM contract)) AS lines,
           (SELECT json_agg(json_build_object('lineId', s."contractLineId", 'month', s.month, 'jobs', s.jobs, 'minutes', s.minutes))
              FROM (SELECT "contractLineId", month, count(*)::int AS jobs, sum(minutes)::int AS minutes FROM counted GROUP BY 1, 2) s) AS sums,
           (SELECT count(*)::int FROM counted) AS "jobCount",
           (SELECT skip FROM shown) AS skip,
           (SELECT json_agg(json_build_object('id', j.id, 'number', j.number, 'task', j.task, 'doneAt', j."doneAt", 'minutes', j.minutes,
                                              'site', (SELECT s.name FROM "Site" s WHERE s.id = j."siteId")) ORDER BY j."doneAt", j.number)
              FROM (SELECT * FROM counted ORDER BY "doneAt", number OFFSET (SELECT skip FROM shown) LIMIT ${pageSize}::int) j) AS jobs`);
  if (!row?.contract) return null;
  const { contract } = row;
  return {
    contract: { id: contract.id, reference: contract.reference, object: contract.object, startsOn: new Date(contract.startsOn), endsOn: new Date(contract.endsOn) },
    partner: contract.partner,
    period: period.key,
    ...computeStatement(row.lines ?? [], row.sums ?? []),
    jobCount: row.jobCount,
    /** The page of jobs carried (1 for every job), within the pages there are. */
    page: pageSize === null ? 1 : Math.floor(row.skip / pageSize) + 1,
    jobs: (row.jobs ?? []).map((job) => ({ ...job, doneAt: new Date(job.doneAt) })),
  };
}

export type PartnerStatement = NonNullable<Awaited<ReturnType<typeof getPartnerStatement>>>;

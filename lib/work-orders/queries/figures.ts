import "server-only";
import { readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { authorize, type Actor } from "@/lib/authz/policy";
import { WORK_ORDER_STATUSES } from "@/lib/work-orders/model";

/**
 * The staff's work figures (app/gestion/activite): jobs by status, by contract and by team, hours
 * per contract and month, and the share of jobs done by their planned day, over a range of days
 * (a year or a month). One SQL statement per figure; the five run side by side. Jobs are counted
 * on their scheduled day, hours on the day they were worked. Staff only (`work-orders:figures`).
 */

export type FiguresRange = { from: Date; to: Date };
export type CountRow = { id: string | null; label: string | null; count: number };
export type HoursRow = { contractId: string | null; reference: string | null; month: string; minutes: number };

const scheduledIn = ({ from, to }: FiguresRange) => Prisma.sql`wo."scheduledDate" >= ${from}::date AND wo."scheduledDate" < ${to}::date`;

async function jobsByStatus(range: FiguresRange) {
  const rows = await readRows<{ status: WorkOrderStatus; count: number }>(Prisma.sql`
    SELECT wo.status::text AS status, count(*)::int AS count FROM "WorkOrder" wo WHERE ${scheduledIn(range)} GROUP BY wo.status`);
  const counts = new Map(rows.map((row) => [row.status, row.count]));
  // Every status, in the order of a job's life, zeros included.
  return WORK_ORDER_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Jobs per contract (null: jobs outside any contract), most first. */
function jobsByContract(range: FiguresRange) {
  return readRows<CountRow>(Prisma.sql`
    SELECT c.id, c.reference AS label, count(*)::int AS count
    FROM "WorkOrder" wo LEFT JOIN "Contract" c ON c.id = wo."contractId"
    WHERE ${scheduledIn(range)} AND wo.status <> 'CANCELLED'
    GROUP BY c.id, c.reference ORDER BY count DESC, c.reference NULLS LAST`);
}

/** Jobs per team (null: no team yet), most first. */
function jobsByTeam(range: FiguresRange) {
  return readRows<CountRow>(Prisma.sql`
    SELECT t.id, t.name AS label, count(*)::int AS count
    FROM "WorkOrder" wo LEFT JOIN "Team" t ON t.id = wo."teamId"
    WHERE ${scheduledIn(range)} AND wo.status <> 'CANCELLED'
    GROUP BY t.id, t.name ORDER BY count DESC, t.name NULLS LAST`);
}

/** Minutes worked per contract and month ("2026-11"), from the time entries of the range's days. */
function hoursByContractAndMonth({ from, to }: FiguresRange) {
  return readRows<HoursRow>(Prisma.sql`
    SELECT c.id AS "contractId", c.reference, to_char(te.date, 'YYYY-MM') AS month, sum(te.minutes)::int AS minutes
    FROM "TimeEntry" te JOIN "WorkOrder" wo ON wo.id = te."workOrderId" LEFT JOIN "Contract" c ON c.id = wo."contractId"
    WHERE te.date >= ${from}::date AND te.date < ${to}::date
    GROUP BY c.id, c.reference, month ORDER BY month, c.reference NULLS LAST`);
}

/**
 * Of the jobs done (done or validated), how many were done by the end of their planned day, in
 * Paris: `doneAt` before midnight after `scheduledDate`.
 */
async function doneOnTime(range: FiguresRange) {
  const [row] = await readRows<{ done: number; onTime: number }>(Prisma.sql`
    SELECT count(*)::int AS done,
           (count(*) FILTER (WHERE wo."doneAt" < ((wo."scheduledDate" + 1)::timestamp AT TIME ZONE 'Europe/Paris')))::int AS "onTime"
    FROM "WorkOrder" wo
    WHERE ${scheduledIn(range)} AND wo.status IN ('DONE', 'VALIDATED') AND wo."doneAt" IS NOT NULL`);
  return { done: row?.done ?? 0, onTime: row?.onTime ?? 0 };
}

export async function workFigures(actor: Actor | null, range: FiguresRange) {
  authorize(actor, "work-orders:figures");
  const [byStatus, byContract, byTeam, hours, punctuality] = await Promise.all([
    jobsByStatus(range),
    jobsByContract(range),
    jobsByTeam(range),
    hoursByContractAndMonth(range),
    doneOnTime(range),
  ]);
  return { byStatus, byContract, byTeam, hours, punctuality };
}

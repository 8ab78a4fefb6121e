import "server-only";
import { createHash } from "node:crypto";
import { db, readRows } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { workOrderScope, withinScope } from "@/lib/authz/scopes";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the employee's phone reads (app/interventions): their jobs and their team's, within
 * `workOrderScope(actor, "employee")` (an archived employee record, or an account without one,
 * reaches nothing: the pages show an empty state). Small DTOs, dates as ISO strings for the
 * client components. Another team's job is absent, not forbidden.
 */

type MyEmployee = { id: string; name: string; team: { name: string } | null };

/**
 * The employee record behind the account (one at most: `userId` is unique), if it is current.
 * Raw SQL on Prisma's pool (lib/db.ts `readRows`): the phone's list reads it on every visit, and
 * Prisma 6 compiled a findFirst anew each time (a few ms of CPU, more than the rest of this read).
 */
export async function findMyEmployee(actor: Actor): Promise<MyEmployee | null> {
  const [employee] = await readRows<MyEmployee>(Prisma.sql`
    SELECT e.id, e.name, CASE WHEN e."teamId" IS NULL THEN NULL ELSE json_build_object('name', (SELECT t.name FROM "Team" t WHERE t.id = e."teamId")) END AS team
      FROM "Employee" e
     WHERE e."userId" = ${actor.id} AND e."archivedAt" IS NULL`);
  return employee ?? null;
}

const placeSelect = {
  address: true,
  site: { select: { name: true, address: true, accessNotes: true } },
  building: { select: { name: true, address: true, accessNotes: true } },
} as const satisfies Prisma.WorkOrderSelect;

const listSelect = {
  id: true,
  number: true,
  task: true,
  status: true,
  scheduledDate: true,
  startMinutes: true,
  durationMinutes: true,
  ...placeSelect,
} as const satisfies Prisma.WorkOrderSelect;

type ListRow = Prisma.WorkOrderGetPayload<{ select: typeof listSelect }>;

/** Dates as ISO strings for the client components. */
function toListItem<R extends { scheduledDate: Date }>(row: R): Omit<R, "scheduledDate"> & { scheduledDate: string } {
  const { scheduledDate, ...rest } = row;
  return { ...rest, scheduledDate: scheduledDate.toISOString() };
}
export type MyWorkOrder = ReturnType<typeof toListItem<ListRow>>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Monday to Sunday of the week holding `day`. */
export function weekOf(day: Date): { from: Date; to: Date } {
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = new Date(day.getTime() - weekday * DAY_MS);
  return { from, to: new Date(from.getTime() + 6 * DAY_MS) };
}

/**
 * Today's jobs and the rest of this week's (cancelled ones left out), by day and time. A week of
 * one team is a few dozen rows: no pagination (the page shows the other days in part). Raw SQL on
 * Prisma's pool (lib/db.ts `readRows`), within the same `workOrderScope(actor, "employee")`: the
 * phone's list is read on every visit, and Prisma 6 compiled this read anew each time.
 */
export async function listMyWeek(actor: Actor, now = new Date()) {
  const today = parisToday(now);
  const week = weekOf(today);
  const items = await readRows<MyWorkOrder>(Prisma.sql`
    SELECT w.id, w.number, w.task, w.status::text AS status, to_char(w."scheduledDate", 'YYYY-MM-DD"T00:00:00.000Z"') AS "scheduledDate",
           w."startMinutes", w."durationMinutes", w.address,
           CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('name', s.name, 'address', s.address, 'accessNotes', s."accessNotes") END AS site,
           CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('name', b.name, 'address', b.address, 'accessNotes', b."accessNotes") END AS building
      FROM "WorkOrder" w
      LEFT JOIN "Site" s ON s.id = w."siteId"
      LEFT JOIN "Building" b ON b.id = w."buildingId"
     WHERE w."scheduledDate" BETWEEN ${isoDay(week.from)}::date AND ${isoDay(week.to)}::date
       AND w.status <> 'CANCELLED'::"WorkOrderStatus" AND ${workOrderScope(actor, "employee").sql}
     ORDER BY w."scheduledDate", w."startMinutes" NULLS LAST, w.number
     LIMIT 200`);
  const todayIso = today.toISOString();
  return { today: items.filter((job) => job.scheduledDate === todayIso), week: items.filter((job) => job.scheduledDate !== todayIso), todayIso };
}

/**
 * One job for its page: place and access notes, the Régie's internal note (for the team doing it),
 * its photos, and the caller's own time entry (never a colleague's).
 */
export async function getMyWorkOrder(actor: Actor, id: string) {
  const job = await db.workOrder.findFirst({
    where: withinScope(workOrderScope(actor, "employee"), { id }),
    select: {
      ...listSelect,
      version: true,
      description: true,
      internalNote: true,
      completionNote: true,
      doneAt: true,
      siteId: true,
      buildingId: true,
      team: { select: { name: true } },
      photos: { select: { id: true, kind: true, width: true, height: true }, orderBy: { createdAt: "asc" } },
      timeEntries: { where: { employee: { userId: actor.id } }, select: { minutes: true } },
    },
  });
  if (!job) return null;
  const { timeEntries, doneAt, ...rest } = job;
  return { ...toListItem(rest), doneAt: doneAt?.toISOString() ?? null, myTime: timeEntries[0] ?? null };
}

/** A photo of a job within the employee's scope, for the photo route; null otherwise. */
/**
 * The name of the account's offline data on the phone (the service worker's pages cache, the
 * outbox's items): a digest of the account id, so that names on the phone say nothing of it.
 */
export function offlineUserKey(actor: Pick<Actor, "id">): string {
  return createHash("sha256").update(`quartier-offline:${actor.id}`).digest("hex").slice(0, 32);
}

import "server-only";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HoursStatus } from "@/lib/generated/prisma/enums";

/**
 * Staff reads on volunteering, each checking `volunteering:manage` itself and returning a small
 * DTO, paginated and filtered in SQL.
 */

export const MISSIONS_PAGE_SIZE = 20;
export const HOURS_PAGE_SIZE = 30;

export type MissionFilter = { when: "upcoming" | "past"; page: number };

/** One page of missions: upcoming ones soonest first, past ones latest first, with their confirmed count. */
export async function listMissions(actor: Actor | null, filter: MissionFilter, now: Date = new Date()) {
  authorize(actor, "volunteering:manage");
  const where: Prisma.VolunteerMissionWhereInput = filter.when === "upcoming" ? { endsAt: { gt: now } } : { endsAt: { lte: now } };
  const [rows, total] = await Promise.all([
    db.volunteerMission.findMany({
      where,
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        place: true,
        places: true,
        status: true,
        activity: { select: { name: true } },
        _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
      },
      orderBy: [{ startsAt: filter.when === "upcoming" ? "asc" : "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * MISSIONS_PAGE_SIZE,
      take: MISSIONS_PAGE_SIZE,
    }),
    db.volunteerMission.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...row }) => ({ ...row, confirmed: _count.signups })), total, page: filter.page, pageSize: MISSIONS_PAGE_SIZE };
}

/** A mission's page: its details, the confirmed and the waiting list in order. */
export async function getMissionForStaff(actor: Actor | null, missionId: string) {
  authorize(actor, "volunteering:manage");
  return db.volunteerMission.findUnique({
    where: { id: missionId },
    select: {
      id: true,
      version: true,
      title: true,
      description: true,
      activityId: true,
      activity: { select: { name: true } },
      startsAt: true,
      endsAt: true,
      place: true,
      places: true,
      status: true,
      cancelReason: true,
      cancelledAt: true,
      signups: {
        where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
}

/** The activities: current ones for the forms, all of them (archived last) for their page. */
export async function listActivities(actor: Actor | null, options: { includeArchived?: boolean } = {}) {
  authorize(actor, "volunteering:manage");
  return db.volunteerActivity.findMany({
    where: options.includeArchived ? {} : { archivedAt: null },
    select: { id: true, name: true, hourlyRateCents: true, archivedAt: true },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
}

/** The volunteers (a profile), by name: the filter of the hours and the staff's entry form. */
export async function listVolunteers(actor: Actor | null) {
  authorize(actor, "volunteering:manage");
  return db.volunteerProfile.findMany({ select: { userId: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } }, take: 1000 });
}

export type HoursFilter = { status?: HoursStatus; userId?: string; month?: string; page: number };

function monthDays(month: string) {
  const [year, m] = month.split("-").map(Number);
  return { gte: new Date(Date.UTC(year, m - 1, 1)), lt: new Date(Date.UTC(year, m, 1)) };
}

/** One page of hours, oldest to review first, filtered by status, volunteer and month. */
export async function listHoursForReview(actor: Actor | null, filter: HoursFilter) {
  authorize(actor, "volunteering:manage");
  const where: Prisma.VolunteerHoursWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.month ? { day: monthDays(filter.month) } : {}),
  };
  const [rows, total] = await Promise.all([
    db.volunteerHours.findMany({
      where,
      select: {
        id: true,
        version: true,
        day: true,
        minutes: true,
        status: true,
        note: true,
        refusalReason: true,
        userId: true,
        user: { select: { name: true } },
        activity: { select: { name: true } },
        mission: { select: { title: true } },
        enteredBy: { select: { name: true } },
      },
      orderBy: [{ day: "asc" }, { createdAt: "asc" }],
      skip: (filter.page - 1) * HOURS_PAGE_SIZE,
      take: HOURS_PAGE_SIZE,
    }),
    db.volunteerHours.count({ where }),
  ]);
  return { rows, total, page: filter.page, pageSize: HOURS_PAGE_SIZE };
}

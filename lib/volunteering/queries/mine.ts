import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { yearTotals } from "@/lib/volunteering/queries/totals";

/**
 * The volunteer's own page: their profile, the open future missions with their own sign-up on
 * each, their hours and the year's totals. Every read is the caller's own (`userId` in the where).
 */

export const MY_HOURS_PAGE_SIZE = 20;
export const OPEN_MISSIONS_SHOWN = 30;

export function getMyProfile(actor: Actor) {
  return db.volunteerProfile.findUnique({ where: { userId: actor.id }, select: { skills: true, availability: true } });
}

/** Open missions not started yet, soonest first, with places taken and the caller's own sign-up. */
export async function listOpenMissions(actor: Actor, now: Date = new Date()) {
  const rows = await db.volunteerMission.findMany({
    where: { status: "OPEN", startsAt: { gt: now } },
    select: {
      id: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      place: true,
      places: true,
      activity: { select: { name: true } },
      _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
      signups: { where: { userId: actor.id }, select: { status: true } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: OPEN_MISSIONS_SHOWN,
  });
  return rows.map(({ _count, signups, ...row }) => ({ ...row, confirmed: _count.signups, mine: signups[0]?.status ?? null }));
}

/** The missions the caller was confirmed on (what their hours may name), latest first. */
export function listMyConfirmedMissions(actor: Actor, now: Date = new Date()) {
  return db.volunteerMission.findMany({
    where: { startsAt: { lte: now }, signups: { some: { userId: actor.id, status: "CONFIRMED" } } },
    select: { id: true, title: true, startsAt: true },
    orderBy: { startsAt: "desc" },
    take: 50,
  });
}

/** The caller's hours, latest day first, a page at a time. */
export async function listMyHours(actor: Actor, page: number) {
  const where = { userId: actor.id };
  const [rows, total] = await Promise.all([
    db.volunteerHours.findMany({
      where,
      select: { id: true, version: true, day: true, minutes: true, status: true, note: true, refusalReason: true, activityId: true, missionId: true, activity: { select: { name: true } }, mission: { select: { title: true } } },
      orderBy: [{ day: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * MY_HOURS_PAGE_SIZE,
      take: MY_HOURS_PAGE_SIZE,
    }),
    db.volunteerHours.count({ where }),
  ]);
  return { rows, total, page, pageSize: MY_HOURS_PAGE_SIZE };
}

export function myYearTotals(actor: Actor, year: number) {
  return yearTotals(year, actor.id);
}

/** The activities the hours form offers. */
export function listUsableActivities() {
  return db.volunteerActivity.findMany({ where: { archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

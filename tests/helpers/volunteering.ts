import { db } from "@/lib/db";
import type { HoursStatus, MissionStatus, SignupStatus } from "@/lib/generated/prisma/enums";

/** Rows of the volunteering domain, written straight to the database (the services are tested elsewhere). */

let sequence = 0;
const next = () => ++sequence;
const HOUR = 60 * 60 * 1000;

export async function createActivityRow(options: { name?: string; hourlyRateCents?: number; archived?: boolean } = {}) {
  return db.volunteerActivity.create({
    data: { name: options.name ?? `Activité ${next()}`, hourlyRateCents: options.hourlyRateCents ?? 1250, archivedAt: options.archived ? new Date() : null },
    select: { id: true, name: true, hourlyRateCents: true },
  });
}

/** A mission starting `inHours` from now (72 by default), lasting 3 hours. */
export async function createMissionRow(options: { activityId?: string; places?: number; inHours?: number; startsAt?: Date; status?: MissionStatus; title?: string } = {}) {
  const activityId = options.activityId ?? (await createActivityRow()).id;
  const startsAt = options.startsAt ?? new Date(Date.now() + (options.inHours ?? 72) * HOUR);
  return db.volunteerMission.create({
    data: {
      title: options.title ?? `Mission ${next()}`,
      activityId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * HOUR),
      place: "Jardin des Lilas",
      places: options.places ?? 3,
      status: options.status ?? "OPEN",
    },
    select: { id: true, version: true, activityId: true, places: true, startsAt: true, title: true },
  });
}

export async function createSignupRow(missionId: string, userId: string, status: SignupStatus = "CONFIRMED", createdAt = new Date()) {
  return db.missionSignup.create({ data: { missionId, userId, status, createdAt }, select: { id: true } });
}

export async function createProfileRow(userId: string, skills: string[] = ["Jardinage"]) {
  return db.volunteerProfile.create({ data: { userId, skills, availability: "Le samedi matin" } });
}

export async function createHoursRow(options: { userId: string; activityId?: string; day?: string; minutes?: number; status?: HoursStatus; enteredById?: string }) {
  const activityId = options.activityId ?? (await createActivityRow()).id;
  return db.volunteerHours.create({
    data: {
      userId: options.userId,
      activityId,
      day: new Date(`${options.day ?? "2026-03-14"}T00:00:00Z`),
      minutes: options.minutes ?? 150,
      status: options.status ?? "SUBMITTED",
      enteredById: options.enteredById ?? options.userId,
    },
    select: { id: true, version: true, activityId: true },
  });
}

/** The volunteering notifications written so far (who, what), in a stable order. */
export async function volunteerNotifications() {
  return db.notification.findMany({ where: { kind: "VOLUNTEER_MISSION" }, orderBy: { userId: "asc" }, select: { userId: true, text: true } });
}

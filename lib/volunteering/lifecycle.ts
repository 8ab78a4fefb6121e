import "server-only";
import type { Tx } from "@/lib/db";
import type { RecordLifecycle } from "@/lib/core/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HoursStatus, MissionStatus } from "@/lib/generated/prisma/enums";
import { volunteeringCacheTags } from "@/lib/volunteering/cache-tags";
import { HOURS_STATUS_LABELS, MISSION_STATUS_LABELS, hoursMoves, missionMoves, type VolunteeringActorKind } from "@/lib/volunteering/model";

/**
 * Missions and hours as the lifecycle kernel (lib/core/lifecycle.ts) changes them. Their history
 * is the audit rows the kernel writes: no timeline table, no followers to notify (the mails a
 * change owes are planned by the command). Staff reach every mission and every hours row; a
 * volunteer reaches only their own hours (to correct them while submitted: never a move).
 */

export const MISSION_NOT_FOUND = "Mission introuvable.";
export const MISSION_CONFLICT = "Cette mission a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";
export const HOURS_NOT_FOUND = "Heures introuvables.";
export const HOURS_CONFLICT = "Ces heures ont été modifiées entre-temps. Rechargez la page pour voir leur état actuel.";

const missionSelect = {
  id: true,
  version: true,
  status: true,
  title: true,
  description: true,
  activityId: true,
  startsAt: true,
  endsAt: true,
  place: true,
  places: true,
} as const satisfies Prisma.VolunteerMissionSelect;
export type LoadedMission = Prisma.VolunteerMissionGetPayload<{ select: typeof missionSelect }>;

export const missionLifecycle: RecordLifecycle<LoadedMission, MissionStatus, VolunteeringActorKind, never, never> = {
  entityType: "VolunteerMission",
  moves: missionMoves,
  messages: {
    notFound: MISSION_NOT_FOUND,
    conflict: MISSION_CONFLICT,
    notAllowed: (from, to) => `Impossible de passer de « ${MISSION_STATUS_LABELS[from]} » à « ${MISSION_STATUS_LABELS[to]} ».`,
  },
  load: (tx: Tx, actor, kind, id) => (kind === "staff" ? tx.volunteerMission.findUnique({ where: { id }, select: missionSelect }) : Promise.resolve(null)),
  update: async (tx, _actor, kind, mission, data) => {
    if (kind !== "staff") return false;
    const updated = await tx.volunteerMission.updateMany({
      where: { id: mission.id, version: mission.version, status: mission.status },
      data: { ...(data as Prisma.VolunteerMissionUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    return updated.count === 1;
  },
  writeEvent: async () => {},
  cacheTags: () => volunteeringCacheTags(),
};

const hoursSelect = {
  id: true,
  version: true,
  status: true,
  userId: true,
  day: true,
  minutes: true,
  activityId: true,
  missionId: true,
  note: true,
} as const satisfies Prisma.VolunteerHoursSelect;
export type LoadedHours = Prisma.VolunteerHoursGetPayload<{ select: typeof hoursSelect }>;

/** The hours a kind of actor reaches: staff every row, a volunteer their own. */
function hoursScope(actorId: string | null, kind: VolunteeringActorKind): Prisma.VolunteerHoursWhereInput {
  return kind === "staff" ? {} : { userId: actorId ?? "" };
}

export const hoursLifecycle: RecordLifecycle<LoadedHours, HoursStatus, VolunteeringActorKind, never, never> = {
  entityType: "VolunteerHours",
  moves: hoursMoves,
  messages: {
    notFound: HOURS_NOT_FOUND,
    conflict: HOURS_CONFLICT,
    notAllowed: (from, to, kind) =>
      kind === "volunteer" ? "Vos heures sont validées par l'équipe de la Régie." : `Impossible de passer de « ${HOURS_STATUS_LABELS[from]} » à « ${HOURS_STATUS_LABELS[to]} ».`,
  },
  load: (tx, actor, kind, id) => tx.volunteerHours.findFirst({ where: { AND: [hoursScope(actor?.id ?? null, kind), { id }] }, select: hoursSelect }),
  update: async (tx, actor, kind, hours, data) => {
    const updated = await tx.volunteerHours.updateMany({
      where: { AND: [hoursScope(actor?.id ?? null, kind), { id: hours.id, version: hours.version, status: hours.status }] },
      data: { ...(data as Prisma.VolunteerHoursUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    return updated.count === 1;
  },
  writeEvent: async () => {},
  cacheTags: () => volunteeringCacheTags(),
};

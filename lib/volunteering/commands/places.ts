import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/core/errors";
import { MISSION_NOT_FOUND } from "@/lib/volunteering/lifecycle";
import { movedUpNotice, recipientSelect, type VolunteerNotice } from "@/lib/volunteering/notices";

/**
 * A mission's places, kept right under concurrency: every change to who holds a place first locks
 * the mission's row (SELECT … FOR UPDATE), so sign-ups, withdrawals and a change of the number of
 * places on one mission run one after the other, and two people never both take the last place.
 */

export type LockedMission = { id: string; status: "OPEN" | "CANCELLED"; title: string; startsAt: Date; place: string; places: number };

/** Locks the mission's row until the transaction ends, and reads it. */
export async function lockMission(tx: Tx, missionId: string): Promise<LockedMission> {
  const rows = await tx.$queryRaw<LockedMission[]>`
    SELECT id, status::text AS status, title, "startsAt", place, places
    FROM "VolunteerMission" WHERE id = ${missionId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(MISSION_NOT_FOUND);
  return rows[0];
}

export function countConfirmed(tx: Tx, missionId: string): Promise<number> {
  return tx.missionSignup.count({ where: { missionId, status: "CONFIRMED" } });
}

/**
 * Moves the first of the waiting list up while places are free (a withdrawal, more places), in
 * the order they signed up; each is told (lib/volunteering/notices.ts). The caller holds the mission's lock.
 */
export async function fillFreePlaces(tx: Tx, actorId: string | null, mission: LockedMission): Promise<VolunteerNotice[]> {
  const free = mission.places - (await countConfirmed(tx, mission.id));
  if (free <= 0 || mission.status !== "OPEN") return [];
  const next = await tx.missionSignup.findMany({
    where: { missionId: mission.id, status: "WAITLISTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, user: { select: recipientSelect } },
  });
  const notices: VolunteerNotice[] = [];
  for (const signup of next) {
    await tx.missionSignup.update({ where: { id: signup.id }, data: { status: "CONFIRMED" } });
    await recordAudit(tx, { actorId, action: "volunteer.signup.move-up", entityType: "MissionSignup", entityId: signup.id, after: { missionId: mission.id, userId: signup.user.id } });
    notices.push(...movedUpNotice(signup.user, mission));
  }
  return notices;
}

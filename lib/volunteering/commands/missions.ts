import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError } from "@/lib/core/errors";
import { applyChange, applyMove } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import type { Tx } from "@/lib/db";
import { volunteeringCacheTags } from "@/lib/volunteering/cache-tags";
import { assertActivity } from "@/lib/volunteering/commands/activities";
import { countConfirmed, fillFreePlaces, lockMission } from "@/lib/volunteering/commands/places";
import { missionLifecycle, type LoadedMission } from "@/lib/volunteering/lifecycle";
import { missionCancelledNotice, recipientSelect, recordNotices } from "@/lib/volunteering/notices";
import type { CancelMissionInput, CreateMissionInput, UpdateMissionInput } from "@/lib/volunteering/schemas";

/** Staff writes on missions: posted, edited at their version, cancelled with a reason (a move of the kernel). */

export const MISSION_CANCELLED = "Cette mission est annulée : elle ne peut plus être modifiée.";
export const placesBelowConfirmed = (confirmed: number) =>
  `${confirmed} bénévole${confirmed > 1 ? "s sont inscrits" : " est inscrit·e"} : la mission ne peut pas avoir moins de places.`;

export type MissionResult = { missionId: string; version: number; cacheTags: string[] };

const STAFF = "staff" as const;
/** A second submission of the same form within this delay gives back what the first made. */
const RESUBMIT_WINDOW_MS = 10 * 60 * 1000;


const auditOf = (m: Pick<LoadedMission, "title" | "activityId" | "startsAt" | "endsAt" | "place" | "places">) => ({
  title: m.title,
  activityId: m.activityId,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
  place: m.place,
  places: m.places,
});

/** A new open mission. The same form sent twice (same person, title, start, untouched, within minutes) gives back the first. */
export async function createMission(ctx: OperationContext, input: CreateMissionInput): Promise<MissionResult> {
  return inTransaction(ctx, async (tx) => {
    await assertActivity(tx, input.activityId);
    const twin = await tx.volunteerMission.findFirst({
      where: { ...input, createdById: ctx.actor.id, version: 0, createdAt: { gt: new Date(Date.now() - RESUBMIT_WINDOW_MS) } },
      select: { id: true, version: true },
    });
    if (twin) return { missionId: twin.id, version: twin.version, cacheTags: [] };
    const mission = await tx.volunteerMission.create({ data: { ...input, createdById: ctx.actor.id }, select: { id: true, version: true } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "volunteer.mission.create", entityType: "VolunteerMission", entityId: mission.id, after: auditOf(input) });
    return { missionId: mission.id, version: mission.version, cacheTags: volunteeringCacheTags() };
  });
}

/**
 * Edits a mission at its version. Its places may not fall below the volunteers confirmed; more
 * places move the waiting list up (told by mail). The mission's row is locked first, so no
 * sign-up slips in between the count and the write.
 */
export async function updateMission(ctx: OperationContext, input: UpdateMissionInput): Promise<MissionResult> {
  const { missionId, version, ...data } = input;
  const result = await applyChange(ctx, missionLifecycle, STAFF, { id: missionId, version }, async (mission, tx) => {
    if (mission.status === "CANCELLED") throw new ValidationError(MISSION_CANCELLED);
    const locked = await lockMission(tx, mission.id);
    await assertActivity(tx, data.activityId, mission.activityId);
    const confirmed = await countConfirmed(tx, mission.id);
    if (data.places < confirmed) {
      const message = placesBelowConfirmed(confirmed);
      throw new ValidationError(message, { places: [message] });
    }
    const notices = data.places > mission.places ? await fillFreePlaces(tx, ctx.actor.id, { ...locked, ...data, status: "OPEN" }) : [];
    return {
      data,
      audit: { action: "volunteer.mission.update", before: auditOf(mission), after: auditOf(data) },
      mails: notices.flatMap((n) => n.mails),
      after: (tx: Tx) => recordNotices(tx, notices),
    };
  });
  return { missionId: result.id, version: result.version, cacheTags: result.cacheTags };
}

/** Cancels an open mission with its reason; everyone signed up or waiting is told. */
export async function cancelMission(ctx: OperationContext, input: CancelMissionInput): Promise<MissionResult> {
  const result = await applyMove(ctx, missionLifecycle, STAFF, { id: input.missionId, version: input.version }, "cancel", async (mission, tx) => {
    await lockMission(tx, mission.id);
    const signups = await tx.missionSignup.findMany({
      where: { missionId: mission.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      select: { user: { select: recipientSelect } },
    });
    const notices = signups.flatMap(({ user }) => missionCancelledNotice(user, mission, input.reason));
    return {
      data: { cancelReason: input.reason },
      audit: { action: "volunteer.mission.cancel", before: { status: mission.status }, after: { status: "CANCELLED", reason: input.reason, told: signups.length } },
      mails: notices.flatMap((n) => n.mails),
      after: (tx: Tx) => recordNotices(tx, notices),
    };
  });
  return { missionId: result.id, version: result.version, cacheTags: result.cacheTags };
}


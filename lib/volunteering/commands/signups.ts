import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, ValidationError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { sendQueuedMails } from "@/lib/mail/outbox";
import { queueNotices } from "@/lib/volunteering/notices";
import type { SignupStatus } from "@/lib/generated/prisma/enums";
import { volunteeringCacheTags } from "@/lib/volunteering/cache-tags";
import { countConfirmed, fillFreePlaces, lockMission, type LockedMission } from "@/lib/volunteering/commands/places";
import { signupStatusFor } from "@/lib/volunteering/model";
import type { SignupInput } from "@/lib/volunteering/schemas";

/**
 * A volunteer's own sign-ups: taken and given back under the mission's lock (commands/places.ts),
 * so the last place goes to one person only. Signing up again after withdrawing reuses the row,
 * at the end of the waiting list if the mission is full.
 */

export const MISSION_CANCELLED_SIGNUP = "Cette mission est annulée.";
export const MISSION_STARTED = "Cette mission a déjà commencé : il n'est plus possible de s'y inscrire ou de s'en désinscrire.";
export const ALREADY_SIGNED_UP = "Vous êtes déjà inscrit·e à cette mission.";
export const NOT_SIGNED_UP = "Vous n'êtes pas inscrit·e à cette mission.";

export type SignupResult = { missionId: string; status: SignupStatus; cacheTags: string[] };

function assertOpenAndFuture(mission: LockedMission, now: Date) {
  if (mission.status !== "OPEN") throw new ValidationError(MISSION_CANCELLED_SIGNUP);
  if (mission.startsAt <= now) throw new ValidationError(MISSION_STARTED);
}

/** Signs the caller up: confirmed while places remain, else on the waiting list. */
export async function signUp(ctx: OperationContext, input: SignupInput): Promise<SignupResult> {
  return inTransaction(ctx, async (tx) => {
    const mission = await lockMission(tx, input.missionId);
    assertOpenAndFuture(mission, new Date());
    const existing = await tx.missionSignup.findUnique({ where: { missionId_userId: { missionId: mission.id, userId: ctx.actor.id } }, select: { id: true, status: true } });
    if (existing && existing.status !== "WITHDRAWN") throw new ValidationError(ALREADY_SIGNED_UP);
    const status = signupStatusFor(await countConfirmed(tx, mission.id), mission.places);
    // A new sign-up time: back on the list, one waits behind those already waiting.
    const data = { status, withdrawnAt: null, createdAt: new Date() };
    const signup = existing
      ? await tx.missionSignup.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.missionSignup.create({ data: { ...data, missionId: mission.id, userId: ctx.actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "volunteer.signup.create", entityType: "MissionSignup", entityId: signup.id, after: { missionId: mission.id, status } });
    return { missionId: mission.id, status, cacheTags: volunteeringCacheTags() };
  });
}

/** Withdraws the caller; a place freed goes to the first on the waiting list, who is told. */
export async function withdraw(ctx: OperationContext, input: SignupInput): Promise<SignupResult> {
  return inTransaction(ctx, async (tx, afterCommit) => {
    const mission = await lockMission(tx, input.missionId);
    const signup = await tx.missionSignup.findFirst({
      where: { missionId: mission.id, userId: ctx.actor.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      select: { id: true, status: true },
    });
    if (!signup) throw new NotFoundError(NOT_SIGNED_UP);
    assertOpenAndFuture(mission, new Date());
    await tx.missionSignup.update({ where: { id: signup.id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "volunteer.signup.withdraw", entityType: "MissionSignup", entityId: signup.id, before: { status: signup.status }, after: { status: "WITHDRAWN" } });
    const notices = signup.status === "CONFIRMED" ? await fillFreePlaces(tx, ctx.actor.id, mission) : [];
    const mailIds = await queueNotices(tx, notices);
    if (mailIds.length > 0) afterCommit(() => sendQueuedMails(mailIds));
    return { missionId: mission.id, status: "WITHDRAWN" as const, cacheTags: volunteeringCacheTags() };
  });
}

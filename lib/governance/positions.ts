import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/core/errors";
import { parisToday } from "@/lib/core/calendar";
import { holdsSecretariat, type Actor } from "@/lib/authz/policy";
import type { MandatePosition } from "@/lib/generated/prisma/enums";

/**
 * The positions a person holds today on their active mandates (any body), through the members
 * whose account they are. Read only when a rule needs them (holdsSecretariat): not on every request.
 */
export async function activePositions(userId: string, now = new Date()): Promise<MandatePosition[]> {
  const today = parisToday(now);
  const mandates = await db.mandate.findMany({
    where: { member: { userId }, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { position: true },
  });
  return [...new Set(mandates.map((mandate) => mandate.position))];
}

/**
 * Refuses the caller unless they may keep mandates or meetings (the policy's rule, with their
 * positions read from the database): the admin, staff for meetings, or the board's secretary.
 */
export async function authorizeSecretariat(actor: Actor, permission: "governance:manage-mandates" | "governance:manage-meetings"): Promise<void> {
  const positions = actor.roles.includes("BOARD_MEMBER") ? await activePositions(actor.id) : [];
  if (!holdsSecretariat(actor, permission, positions)) throw new ForbiddenError();
}

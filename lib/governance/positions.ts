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

type SecretariatPermission = "governance:manage-mandates" | "governance:manage-meetings";

/**
 * Whether the caller may keep mandates or meetings (the policy's rule, with their positions read
 * from the database): the admin, staff for meetings, or the board's secretary. Pages use it to
 * show the forms; commands call authorizeSecretariat, which checks it again.
 */
export async function maySecretariat(actor: Actor, permission: SecretariatPermission): Promise<boolean> {
  const positions = actor.roles.includes("BOARD_MEMBER") ? await activePositions(actor.id) : [];
  return holdsSecretariat(actor, permission, positions);
}

/** Refuses the caller unless maySecretariat says yes. */
export async function authorizeSecretariat(actor: Actor, permission: SecretariatPermission): Promise<void> {
  if (!(await maySecretariat(actor, permission))) throw new ForbiddenError();
}

import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { activeGrantWhere } from "@/lib/auth/session";
import { endOfMembershipYear } from "@/lib/membership/model";

/**
 * An active membership makes its member's account a MEMBER (the role opens what members may do),
 * until the end of the membership's year, Paris time: the session reads only grants whose
 * `validUntil` is null or later than now (lib/auth/session.ts activeGrantWhere), so the role ends
 * by itself with the year when nobody renews, with no job to revoke it. An active MEMBER grant
 * that already lasts at least as long (one without end given by an admin, or the one this same
 * year's payment gave) is enough: no second grant. Next year's membership paid in December adds
 * its own grant, which takes over when this year's ends.
 */
export async function grantMemberRole(tx: Tx, input: { userId: string | null; year: number; grantedById: string | null; now?: Date }): Promise<string | null> {
  if (!input.userId) return null;
  const now = input.now ?? new Date();
  const validUntil = endOfMembershipYear(input.year);
  // A past year's membership paid late opens nothing today.
  if (validUntil <= now) return null;
  const covering = await tx.roleGrant.findFirst({
    where: { userId: input.userId, role: "MEMBER", ...activeGrantWhere(now), AND: [{ OR: [{ validUntil: null }, { validUntil: { gte: validUntil } }] }] },
    select: { id: true },
  });
  if (covering) return null;
  const grant = await tx.roleGrant.create({ data: { userId: input.userId, role: "MEMBER", grantedById: input.grantedById, validFrom: now, validUntil }, select: { id: true } });
  await recordAudit(tx, {
    actorId: input.grantedById,
    action: "role.grant",
    entityType: "RoleGrant",
    entityId: grant.id,
    after: { userId: input.userId, role: "MEMBER", validUntil: validUntil.toISOString(), reason: "membership" },
  });
  return grant.id;
}

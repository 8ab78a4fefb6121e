import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { activeGrantWhere } from "@/lib/auth/session";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { volunteeringCacheTags } from "@/lib/volunteering/cache-tags";
import type { ProfileInput } from "@/lib/volunteering/schemas";

export type ProfileResult = { userId: string; created: boolean; granted: boolean; cacheTags: string[] };

/**
 * The caller's volunteer profile, created or edited. Creating it makes them a volunteer: a
 * VOLUNTEER grant is added unless one is active (a revoked or expired one is left as history).
 * The new role counts from the next request (the session reads grants each time).
 */
export async function saveProfile(ctx: OperationContext, input: ProfileInput): Promise<ProfileResult> {
  return inTransaction(ctx, async (tx) => {
    const userId = ctx.actor.id;
    const before = await tx.volunteerProfile.findUnique({ where: { userId }, select: { skills: true, availability: true } });
    await tx.volunteerProfile.upsert({ where: { userId }, create: { userId, ...input }, update: input });
    let granted = false;
    if (!before) {
      const active = await tx.roleGrant.count({ where: { userId, role: "VOLUNTEER", ...activeGrantWhere() } });
      if (active === 0) {
        const grant = await tx.roleGrant.create({ data: { userId, role: "VOLUNTEER", grantedById: userId }, select: { id: true } });
        await recordAudit(tx, { actorId: userId, action: "role.grant", entityType: "User", entityId: userId, after: { grantId: grant.id, role: "VOLUNTEER", reason: "volunteer-profile" } });
        granted = true;
      }
    }
    await recordAudit(tx, {
      actorId: userId,
      action: before ? "volunteer.profile.update" : "volunteer.profile.create",
      entityType: "VolunteerProfile",
      entityId: userId,
      before: before ?? undefined,
      after: input,
    });
    return { userId, created: !before, granted, cacheTags: volunteeringCacheTags() };
  });
}

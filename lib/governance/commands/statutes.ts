import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError } from "@/lib/core/errors";
import { isoDay } from "@/lib/core/calendar";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { governanceCacheTags } from "@/lib/governance/cache-tags";
import type { CreateStatutesInput } from "@/lib/governance/schemas";

export const EFFECTIVE_BEFORE_LATEST = (latest: string) =>
  `Une version est déjà en vigueur à partir du ${latest} : la nouvelle version doit prendre effet à cette date ou après (l'historique ne se réécrit pas).`;

/**
 * A new version of the statutes' settings (the admin; governance:manage-settings in the action).
 * Old versions are never edited: the history is the rows. A new version may not take effect
 * before the latest one (that would rewrite what was in force); the table lock serializes two
 * admins writing at once.
 */
export async function createStatutesVersion(ctx: OperationContext, input: CreateStatutesInput) {
  return inTransaction(ctx, async (tx) => {
    await tx.$executeRaw`LOCK TABLE "StatutesVersion" IN SHARE ROW EXCLUSIVE MODE`;
    const latest = await tx.statutesVersion.findFirst({ orderBy: { effectiveFrom: "desc" }, select: { effectiveFrom: true } });
    if (latest && input.effectiveFrom < latest.effectiveFrom) {
      const message = EFFECTIVE_BEFORE_LATEST(latest.effectiveFrom.toLocaleDateString("fr-FR", { timeZone: "UTC" }));
      throw new ValidationError(message, { effectiveFrom: [message] });
    }
    const version = await tx.statutesVersion.create({ data: { ...input, createdById: ctx.actor.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "statutes.create",
      entityType: "StatutesVersion",
      entityId: version.id,
      after: { ...input, effectiveFrom: isoDay(input.effectiveFrom) },
    });
    return { statutesVersionId: version.id, cacheTags: governanceCacheTags() };
  });
}

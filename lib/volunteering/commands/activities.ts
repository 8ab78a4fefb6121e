import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { volunteeringCacheTags } from "@/lib/volunteering/cache-tags";
import type { ArchiveActivityInput, CreateActivityInput, UpdateActivityInput } from "@/lib/volunteering/schemas";

/**
 * Staff writes on the kinds of activity and their hourly value (valorisation). An archived
 * activity is offered for nothing new, but its missions and hours keep it.
 */

export const DUPLICATE_ACTIVITY = "Une autre activité porte déjà ce nom.";
export const ACTIVITY_NOT_FOUND = "Activité introuvable.";
export const UNKNOWN_ACTIVITY = "Activité inconnue ou archivée : choisissez-la dans la liste.";

export type ActivityResult = { activityId: string; cacheTags: string[] };

/** An activity that exists and is not archived (what new missions and hours may name), or a field error. */
export async function assertActivity(tx: Tx, activityId: string, keep?: string) {
  if (activityId === keep) return;
  const activity = await tx.volunteerActivity.findFirst({ where: { id: activityId, archivedAt: null }, select: { id: true } });
  if (!activity) throw new ValidationError(UNKNOWN_ACTIVITY, { activityId: [UNKNOWN_ACTIVITY] });
}

function duplicateName<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new ValidationError(DUPLICATE_ACTIVITY, { name: [DUPLICATE_ACTIVITY] });
    throw error;
  });
}

/** A new activity; the same form sent twice finds the name taken by its own first submission and gives it back. */
export async function createActivity(ctx: OperationContext, input: CreateActivityInput): Promise<ActivityResult> {
  return duplicateName(() =>
    inTransaction(ctx, async (tx) => {
      const existing = await tx.volunteerActivity.findUnique({ where: { name: input.name }, select: { id: true, hourlyRateCents: true, archivedAt: true } });
      if (existing && existing.hourlyRateCents === input.hourlyRate && !existing.archivedAt) return { activityId: existing.id, cacheTags: [] };
      if (existing) throw new ValidationError(DUPLICATE_ACTIVITY, { name: [DUPLICATE_ACTIVITY] });
      const activity = await tx.volunteerActivity.create({ data: { name: input.name, hourlyRateCents: input.hourlyRate }, select: { id: true } });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "volunteer.activity.create", entityType: "VolunteerActivity", entityId: activity.id, after: { name: input.name, hourlyRateCents: input.hourlyRate } });
      return { activityId: activity.id, cacheTags: volunteeringCacheTags() };
    }),
  );
}

/** Renames an activity or changes its hourly value (the year's totals then count at the new value). */
export async function updateActivity(ctx: OperationContext, input: UpdateActivityInput): Promise<ActivityResult> {
  return duplicateName(() =>
    inTransaction(ctx, async (tx) => {
      const before = await tx.volunteerActivity.findUnique({ where: { id: input.activityId }, select: { id: true, name: true, hourlyRateCents: true } });
      if (!before) throw new NotFoundError(ACTIVITY_NOT_FOUND);
      await tx.volunteerActivity.update({ where: { id: before.id }, data: { name: input.name, hourlyRateCents: input.hourlyRate } });
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "volunteer.activity.update",
        entityType: "VolunteerActivity",
        entityId: before.id,
        before: { name: before.name, hourlyRateCents: before.hourlyRateCents },
        after: { name: input.name, hourlyRateCents: input.hourlyRate },
      });
      return { activityId: before.id, cacheTags: volunteeringCacheTags() };
    }),
  );
}

/** Archives an activity (once: archiving again changes nothing). */
export async function archiveActivity(ctx: OperationContext, input: ArchiveActivityInput): Promise<ActivityResult> {
  return inTransaction(ctx, async (tx) => {
    const activity = await tx.volunteerActivity.findUnique({ where: { id: input.activityId }, select: { id: true, archivedAt: true } });
    if (!activity) throw new NotFoundError(ACTIVITY_NOT_FOUND);
    if (activity.archivedAt) return { activityId: activity.id, cacheTags: [] };
    await tx.volunteerActivity.update({ where: { id: activity.id }, data: { archivedAt: new Date() } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "volunteer.activity.archive", entityType: "VolunteerActivity", entityId: activity.id });
    return { activityId: activity.id, cacheTags: volunteeringCacheTags() };
  });
}

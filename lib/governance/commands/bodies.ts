import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { parisToday } from "@/lib/core/calendar";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { governanceCacheTags } from "@/lib/governance/cache-tags";
import { BODY_NAME_TAKEN, type ArchiveBodyInput, type CreateBodyInput, type UpdateBodyInput } from "@/lib/governance/schemas";

export const BODY_NOT_FOUND = "Instance introuvable.";
export const BODY_CONFLICT = "Cette instance a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";
export const BODY_HAS_MANDATES = "Cette instance a encore des mandats en cours ou à venir : terminez-les avant de l'archiver.";
export const BODY_ARCHIVED = "Cette instance est archivée.";

export type BodyResult = { bodyId: string; cacheTags: string[] };

const nameTaken = () => new ValidationError(BODY_NAME_TAKEN, { name: [BODY_NAME_TAKEN] });

/**
 * The admin's writes on governance bodies (governance:manage-settings in the actions). A body is
 * never deleted: its mandates and meetings are the association's history; it is archived.
 */
export async function createBody(ctx: OperationContext, input: CreateBodyInput): Promise<BodyResult> {
  try {
    return await inTransaction(ctx, async (tx) => {
      const body = await tx.governanceBody.create({ data: input, select: { id: true } });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "governanceBody.create", entityType: "GovernanceBody", entityId: body.id, after: input });
      return { bodyId: body.id, cacheTags: governanceCacheTags() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

async function loadBody(tx: Tx, bodyId: string, version: number) {
  const body = await tx.governanceBody.findUnique({ where: { id: bodyId }, select: { id: true, name: true, kind: true, description: true, sortOrder: true, archivedAt: true, version: true } });
  if (!body) throw new NotFoundError(BODY_NOT_FOUND);
  if (body.version !== version) throw new ConflictError(BODY_CONFLICT);
  if (body.archivedAt) throw new ValidationError(BODY_ARCHIVED);
  return body;
}

/** Writes at the version the form was loaded at: zero rows means someone else wrote first. */
async function writeAtVersion(tx: Tx, bodyId: string, version: number, data: Record<string, unknown>) {
  const { count } = await tx.governanceBody.updateMany({ where: { id: bodyId, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new ConflictError(BODY_CONFLICT);
}

export async function updateBody(ctx: OperationContext, input: UpdateBodyInput): Promise<BodyResult> {
  const { bodyId, version, ...fields } = input;
  try {
    return await inTransaction(ctx, async (tx) => {
      const before = await loadBody(tx, bodyId, version);
      // The kind carries rules (seats on the board): it may not change once mandates exist.
      if (fields.kind !== before.kind && (await tx.mandate.count({ where: { bodyId } })) > 0) {
        const message = "Le type d'une instance qui a des mandats ne peut plus changer.";
        throw new ValidationError(message, { kind: [message] });
      }
      await writeAtVersion(tx, bodyId, version, fields);
      const old = { name: before.name, kind: before.kind, description: before.description, sortOrder: before.sortOrder };
      await recordAudit(tx, { actorId: ctx.actor.id, action: "governanceBody.update", entityType: "GovernanceBody", entityId: bodyId, before: old, after: fields });
      return { bodyId, cacheTags: governanceCacheTags() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function archiveBody(ctx: OperationContext, input: ArchiveBodyInput): Promise<BodyResult> {
  return inTransaction(ctx, async (tx) => {
    await loadBody(tx, input.bodyId, input.version);
    const today = parisToday();
    const open = await tx.mandate.count({ where: { bodyId: input.bodyId, OR: [{ endsOn: null }, { endsOn: { gte: today } }] } });
    if (open > 0) throw new ValidationError(BODY_HAS_MANDATES);
    await writeAtVersion(tx, input.bodyId, input.version, { archivedAt: new Date() });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "governanceBody.archive", entityType: "GovernanceBody", entityId: input.bodyId });
    return { bodyId: input.bodyId, cacheTags: governanceCacheTags() };
  });
}

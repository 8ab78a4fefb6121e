import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { workOrderScope, withinScope } from "@/lib/authz/scopes";
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { applyMove } from "@/lib/core/lifecycle";
import type { OperationContext } from "@/lib/core/operation";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { createReport, type CreatedReport } from "@/lib/reports/commands/author";
import { preparePhotos, storePhotos } from "@/lib/reports/photos";
import { deleteObjects } from "@/lib/storage/file-storage";
import { MAX_WORK_ORDER_PHOTOS, type AddWorkOrderPhotoInput, type CompleteWorkOrderInput, type ReportProblemInput, type StartWorkOrderInput } from "@/lib/work-orders/employee-schemas";
import { WORK_ORDER_NOT_FOUND, workOrderChangeResult, workOrderLifecycle, type WorkOrderChange, type WorkOrderChangeResult } from "@/lib/work-orders/lifecycle";

/**
 * What an employee does from their phone (app/interventions and the offline queue's route
 * handlers, app/api/interventions): start a job, finish it with a note and their time, add before
 * and after photos, report a problem seen on site. Every job is loaded within
 * `workOrderScope(actor, "employee")`: another team's job is "not found". A completion and a photo
 * carry the key the phone made when the form was submitted, so that a queue sent twice (the
 * network came back, the page was reloaded) changes things once.
 */

export const ALREADY_DONE = "Cette intervention a déjà été terminée depuis un autre envoi. Rechargez la page pour voir son état.";
export const PHOTOS_CLOSED = "On ne peut plus ajouter de photo à une intervention validée ou annulée.";
export const TOO_MANY_PHOTOS = `${MAX_WORK_ORDER_PHOTOS} photos au maximum par intervention.`;
export const NO_PLACE = "Cette intervention n'a pas de lieu du quartier : signalez le problème depuis le formulaire de signalement.";

const PHOTO_STATUSES: readonly WorkOrderStatus[] = ["ASSIGNED", "IN_PROGRESS", "DONE"];

async function jobInScope(actor: Actor, id: string) {
  const job = await db.workOrder.findFirst({
    where: withinScope(workOrderScope(actor, "employee"), { id }),
    select: { id: true, number: true, version: true, status: true, completionKey: true, siteId: true, buildingId: true, address: true },
  });
  if (!job) throw new NotFoundError(WORK_ORDER_NOT_FOUND);
  return job;
}

export async function startWorkOrder(ctx: OperationContext, input: StartWorkOrderInput): Promise<WorkOrderChangeResult> {
  const result = await applyMove(ctx, workOrderLifecycle, "employee", { id: input.workOrderId, version: input.version }, "start", async (job): Promise<WorkOrderChange> => ({
    event: { kind: "STATUS_CHANGED", fromStatus: job.status, toStatus: "IN_PROGRESS", visibility: "PUBLIC" },
    audit: { action: "work-order.start", before: { status: job.status }, after: { status: "IN_PROGRESS" } },
  }));
  return workOrderChangeResult(result);
}

export type CompletedWorkOrder = WorkOrderChangeResult & { replayed: boolean };

/**
 * Finishes the job with the employee's note and their time on it (one TimeEntry per employee and
 * job, corrected in place). The same completion key again answers the same success without a
 * second move; another key on a job already done is refused.
 */
export async function completeWorkOrder(ctx: OperationContext, input: CompleteWorkOrderInput): Promise<CompletedWorkOrder> {
  const replay = (job: { id: string; number: number; version: number; status: WorkOrderStatus }): CompletedWorkOrder => ({
    workOrderId: job.id,
    number: job.number,
    version: job.version,
    status: job.status,
    cacheTags: [],
    replayed: true,
  });
  const current = await jobInScope(ctx.actor, input.workOrderId);
  if (current.completionKey === input.completionKey) return replay(current);
  if (current.status === "DONE" || current.status === "VALIDATED") throw new ConflictError(ALREADY_DONE);
  try {
    const result = await applyMove(ctx, workOrderLifecycle, "employee", { id: current.id, version: current.version }, "complete", async (job, tx): Promise<WorkOrderChange> => {
      const employee = await tx.employee.findFirst({ where: { userId: ctx.actor.id, archivedAt: null }, select: { id: true } });
      if (!employee) throw new NotFoundError(WORK_ORDER_NOT_FOUND);
      return {
        data: { completionNote: input.note, completionKey: input.completionKey },
        event: { kind: "STATUS_CHANGED", fromStatus: job.status, toStatus: "DONE", visibility: "PUBLIC" },
        audit: { action: "work-order.complete", before: { status: job.status }, after: { status: "DONE", minutes: input.minutes } },
        notify: { kind: "WORK_ORDER_DONE", text: `L'intervention n° ${job.number} (${job.task}) est terminée : elle attend votre validation.` },
        after: (t) => upsertTime(t, ctx.actor, { workOrderId: job.id, employeeId: employee.id, date: job.scheduledDate, minutes: input.minutes }),
      };
    });
    return { ...workOrderChangeResult(result), replayed: false };
  } catch (error) {
    // The same completion sent twice at once: the other request won the guarded update.
    if (error instanceof ConflictError) {
      const now = await jobInScope(ctx.actor, input.workOrderId);
      if (now.completionKey === input.completionKey) return replay(now);
      if (now.status === "DONE" || now.status === "VALIDATED") throw new ConflictError(ALREADY_DONE);
    }
    throw error;
  }
}

async function upsertTime(tx: Tx, actor: Actor, entry: { workOrderId: string; employeeId: string; date: Date; minutes: number }) {
  await tx.timeEntry.upsert({
    where: { workOrderId_employeeId: { workOrderId: entry.workOrderId, employeeId: entry.employeeId } },
    create: { ...entry, enteredById: actor.id },
    update: { minutes: entry.minutes, enteredById: actor.id },
  });
}

export type AddedWorkOrderPhoto = { photoId: string; workOrderId: string; existing: boolean; cacheTags: string[] };

/**
 * A before or after photo, checked and re-encoded as a report's are (lib/reports/photos.ts: content
 * sniffed, WebP, metadata stripped), stored once per (job, client key).
 */
export async function addWorkOrderPhoto(ctx: OperationContext, input: AddWorkOrderPhotoInput): Promise<AddedWorkOrderPhoto> {
  const { actor } = ctx;
  const job = await jobInScope(actor, input.workOrderId);
  const found = (photoId: string): AddedWorkOrderPhoto => ({ photoId, workOrderId: job.id, existing: true, cacheTags: [] });
  const existing = await findPhoto(job.id, input.clientKey);
  if (existing) return found(existing.id);
  if (!PHOTO_STATUSES.includes(job.status)) throw new ValidationError(PHOTOS_CLOSED, { photo: [PHOTOS_CLOSED] });

  const prepared = await preparePhotos([input.photo]).catch((error: unknown) => {
    // The report rules speak of the field "photos"; this form has one "photo".
    if (error instanceof ValidationError) throw new ValidationError(error.message, { photo: [error.message] });
    throw error;
  });
  const [stored] = await storePhotos(prepared);
  try {
    return await db.$transaction(async (tx) => {
      // One at a time per job, so that the cap holds when two photos arrive together.
      await tx.$queryRaw`SELECT id FROM "WorkOrder" WHERE id = ${job.id} FOR UPDATE`;
      const count = await tx.workOrderPhoto.count({ where: { workOrderId: job.id } });
      if (count >= MAX_WORK_ORDER_PHOTOS) throw new ValidationError(TOO_MANY_PHOTOS, { photo: [TOO_MANY_PHOTOS] });
      const photo = await tx.workOrderPhoto.create({
        data: { workOrderId: job.id, kind: input.kind, clientKey: input.clientKey, uploadedById: actor.id, ...stored },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "work-order.photo.add", entityType: "WorkOrder", entityId: job.id, after: { photoId: photo.id, kind: input.kind } });
      return { photoId: photo.id, workOrderId: job.id, existing: false, cacheTags: [] };
    });
  } catch (error) {
    await deleteObjects([stored.storageKey]);
    // The same photo sent twice at once: the other request stored it.
    if (isUniqueViolation(error)) {
      const winner = await findPhoto(job.id, input.clientKey);
      if (winner) return found(winner.id);
    }
    throw error;
  }
}

function findPhoto(workOrderId: string, clientKey: string) {
  return db.workOrderPhoto.findUnique({ where: { workOrderId_clientKey: { workOrderId, clientKey } }, select: { id: true } });
}

/**
 * "Problème constaté": a report at the job's place (its building, else its site), entered by the
 * employee in their own name through the one report creation service. Private: staff decide what
 * the public sees.
 */
export async function reportProblem(ctx: OperationContext, input: ReportProblemInput): Promise<CreatedReport & { workOrderId: string }> {
  const job = await jobInScope(ctx.actor, input.workOrderId);
  const place = job.buildingId ? { level: "building" as const, id: job.buildingId } : job.siteId ? { level: "site" as const, id: job.siteId } : null;
  if (!place) throw new ValidationError(NO_PLACE);
  const report = await createReport(ctx, {
    categoryId: input.categoryId,
    place,
    address: job.address,
    description: input.description,
    visibility: "PRIVATE",
    contactConsent: false,
    photos: [],
    idempotencyKey: input.idempotencyKey,
  });
  return { ...report, workOrderId: job.id };
}

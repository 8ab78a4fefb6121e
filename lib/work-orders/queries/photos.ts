import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { workOrderScope, type WorkOrderAudience } from "@/lib/authz/scopes";

/**
 * A job's photo, its stored file's key and type, within the audience's scope of jobs (staff: any;
 * an employee: their jobs and their team's; a partner: its own jobs), and of the job named when the
 * address names one. Null for anything else: the route answers the same 404.
 */
export async function getWorkOrderPhoto(actor: Pick<Actor, "id" | "partnerIds">, audience: WorkOrderAudience, photoId: string, jobId?: string) {
  return db.workOrderPhoto.findFirst({
    where: { id: photoId, ...(jobId ? { workOrderId: jobId } : {}), workOrder: { is: workOrderScope(actor, audience).where } },
    select: { storageKey: true, mime: true },
  });
}

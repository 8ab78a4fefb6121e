import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { getObject } from "@/lib/storage/file-storage";
import { getWorkOrderPhoto } from "@/lib/work-orders/queries/photos";

/**
 * A job's photo, for staff (any job) and for the employees whose scope holds the job; anyone else,
 * an unknown or malformed id get the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  return answerErrors(async () => {
    const id = idSchema.safeParse((await params).photoId);
    const actor = await getCurrentActor();
    const audience = !actor ? null : can(actor, "work-orders:manage") ? "staff" : can(actor, "work-orders:work") ? "employee" : null;
    if (!id.success || !actor || !audience) throw new NotFoundError();
    const photo = await getWorkOrderPhoto(actor, audience, id.data);
    const data = photo && (await getObject(photo.storageKey));
    if (!photo || !data) throw new NotFoundError();
    return fileResponse(data, { type: photo.mime });
  });
}

import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { getObject } from "@/lib/storage/file-storage";
import { getWorkOrderPhoto } from "@/lib/work-orders/queries/photos";

/**
 * A before/after photo of one of the partner's jobs (workOrderScope "partner"). Anyone else, a
 * photo of another partner's job, an unknown or malformed id: the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  return answerErrors(async () => {
    const { id, photoId } = await params;
    const actor = await getCurrentActor();
    if (!actor || !can(actor, "partner-work:view") || !idSchema.safeParse(id).success || !idSchema.safeParse(photoId).success) throw new NotFoundError();
    const photo = await getWorkOrderPhoto(actor, "partner", photoId, id);
    const data = photo && (await getObject(photo.storageKey));
    if (!photo || !data) throw new NotFoundError();
    return fileResponse(data, { type: photo.mime });
  });
}

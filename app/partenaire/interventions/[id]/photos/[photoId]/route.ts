import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { askedPhotoSize, readPhoto } from "@/lib/storage/photo-preview";
import { getWorkOrderPhoto } from "@/lib/work-orders/queries/photos";

/**
 * A before/after photo of one of the partner's jobs (workOrderScope "partner"). Anyone else, a
 * photo of another partner's job, an unknown or malformed id or size: the same 404.
 * `?taille=apercu`: its preview.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  return answerErrors(async () => {
    const { id, photoId } = await params;
    const actor = await getCurrentActor();
    const size = askedPhotoSize(request);
    if (!actor || !size || !can(actor, "partner-work:view") || !idSchema.safeParse(id).success || !idSchema.safeParse(photoId).success) throw new NotFoundError();
    const photo = await getWorkOrderPhoto(actor, "partner", photoId, id);
    const file = photo && (await readPhoto(photo, size));
    if (!file) throw new NotFoundError();
    return fileResponse(file.data, { type: file.type });
  });
}

import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { askedPhotoSize, readPhoto } from "@/lib/storage/photo-preview";
import { getWorkOrderPhoto } from "@/lib/work-orders/queries/photos";

/**
 * A job's photo, for staff (any job) and for the employees whose scope holds the job; anyone else,
 * an unknown or malformed id or size get the same 404. `?taille=apercu`: its preview.
 */
export async function GET(request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  return answerErrors(async () => {
    const id = idSchema.safeParse((await params).photoId);
    const actor = await getCurrentActor();
    const audience = !actor ? null : can(actor, "work-orders:manage") ? "staff" : can(actor, "work-orders:work") ? "employee" : null;
    const size = askedPhotoSize(request);
    if (!id.success || !size || !actor || !audience) throw new NotFoundError();
    const photo = await getWorkOrderPhoto(actor, audience, id.data);
    const file = photo && (await readPhoto(photo, size));
    if (!file) throw new NotFoundError();
    return fileResponse(file.data, { type: file.type });
  });
}

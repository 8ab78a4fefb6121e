import { getCurrentActor } from "@/lib/auth/session";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { getPhotoForViewer } from "@/lib/reports/queries/photos";
import { getObject } from "@/lib/storage/file-storage";

/**
 * A report photo, for its author, staff, the partner the report is routed to, or anyone once the
 * report is public and the photo approved (lib/reports/queries/photos.ts, within those scopes). No
 * permission to check first: a visitor may see a public photo. Whoever may not see it gets the same
 * 404 as for a photo that does not exist, or a malformed id.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const id = idSchema.safeParse((await params).id);
    if (!id.success) throw new NotFoundError();
    const photo = await getPhotoForViewer(await getCurrentActor(), id.data);
    const data = photo && (await getObject(photo.storageKey));
    if (!photo || !data) throw new NotFoundError();
    return fileResponse(data, { type: photo.mime });
  });
}

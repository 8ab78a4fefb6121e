import { getCurrentActor } from "@/lib/auth/session";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { getPhotoForViewer } from "@/lib/reports/queries/photos";
import { askedPhotoSize, readPhoto } from "@/lib/storage/photo-preview";

/**
 * A report photo, for its author, staff, the partner the report is routed to, or anyone once the
 * report is public and the photo approved (lib/reports/queries/photos.ts, within those scopes). No
 * permission to check first: a visitor may see a public photo. Whoever may not see it gets the same
 * 404 as for a photo that does not exist, or a malformed id or size. `?taille=apercu`: its preview.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const id = idSchema.safeParse((await params).id);
    const size = askedPhotoSize(request);
    if (!id.success || !size) throw new NotFoundError();
    const photo = await getPhotoForViewer(await getCurrentActor(), id.data);
    const file = photo && (await readPhoto(photo, size));
    if (!file) throw new NotFoundError();
    return fileResponse(file.data, { type: file.type });
  });
}

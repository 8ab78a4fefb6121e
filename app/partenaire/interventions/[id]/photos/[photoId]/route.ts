import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { getObject } from "@/lib/storage/file-storage";
import { getPartnerJobPhoto } from "@/lib/work-orders/queries/partner";

/**
 * A before/after photo of one of the partner's jobs (workOrderScope "partner"). Anyone else, a
 * photo of another partner's job, an unknown or malformed id: the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  return answerErrors(async () => {
    const { id, photoId } = await params;
    const actor = await getCurrentActor();
    if (!actor || !can(actor, "partner-work:view") || !idSchema.safeParse(id).success || !idSchema.safeParse(photoId).success) throw new NotFoundError();
    const photo = await getPartnerJobPhoto(actor, id, photoId);
    const data = photo && (await getObject(photo.storageKey));
    if (!photo || !data) throw new NotFoundError();
    return new Response(new Uint8Array(data), {
      headers: {
        "Content-Type": photo.mime,
        "Content-Length": String(data.length),
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": "inline",
        "Cache-Control": "private, max-age=300",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  });
}

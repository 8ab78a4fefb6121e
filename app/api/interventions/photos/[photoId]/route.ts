import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { getObject } from "@/lib/storage/file-storage";
import { getMyWorkOrderPhoto } from "@/lib/work-orders/queries/employee";

/** A job's photo, for the employees whose scope holds the job; anyone else gets the same 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ photoId: string }> }) {
  return answerErrors(async () => {
    const id = idSchema.safeParse((await params).photoId);
    const actor = await getCurrentActor();
    if (!id.success || !actor || !can(actor, "work-orders:work")) throw new NotFoundError();
    const photo = await getMyWorkOrderPhoto(actor, id.data);
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

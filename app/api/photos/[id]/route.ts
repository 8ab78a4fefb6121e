import { getCurrentActor } from "@/lib/auth/session";
import { getPhotoForViewer } from "@/lib/reports/queries";
import { getObject } from "@/lib/storage/file-storage";

const notFound = () =>
  new Response("Introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

/**
 * A report photo, for its author, staff, or anyone once the report is public and the photo
 * approved. Whoever may not see it gets the same 404 as for a photo that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) return notFound();
  const photo = await getPhotoForViewer(await getCurrentActor(), id);
  if (!photo) return notFound();
  const data = await getObject(photo.storageKey);
  if (!data) return notFound();
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
}

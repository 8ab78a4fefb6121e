import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { getContractDocumentForStaff } from "@/lib/contracts/queries/staff";
import { documentFileName } from "@/lib/contracts/model";
import { getObject } from "@/lib/storage/file-storage";

/**
 * A contract's PDF, for staff: id (zod) → session → policy (contracts:view) → the document within
 * the staff scope. A malformed or unknown id gets the same 404. Sent as an attachment with a safe
 * file name, never sniffed, never cached by a shared cache.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const id = idSchema.safeParse((await params).id);
    if (!id.success) throw new NotFoundError();
    const actor = await getCurrentActor();
    authorize(actor, "contracts:view");
    const document = await getContractDocumentForStaff(actor, id.data);
    const data = document && (await getObject(document.storageKey));
    if (!document || !data) throw new NotFoundError("Document introuvable.");
    const name = documentFileName(document.title);
    return new Response(new Uint8Array(data), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(data.length),
        "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  });
}

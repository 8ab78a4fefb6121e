import { getCurrentActor } from "@/lib/auth/session";
import { authorize, can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { getContractDocumentForPartner } from "@/lib/contracts/queries/partner";
import { getContractDocumentForStaff } from "@/lib/contracts/queries/staff";
import { documentFileName } from "@/lib/contracts/model";
import { getObject } from "@/lib/storage/file-storage";

/**
 * A contract's PDF: id (zod) → session → policy → the document within the caller's scope. Staff
 * (contracts:view) reach every contract's; a partner (partner-work:view) its own contracts' once
 * they are no longer drafts, and another partner's document is the same 404 as an unknown or
 * malformed id. Anyone else: 401 or 403. Sent as an attachment with a safe file name, never
 * sniffed, never cached by a shared cache.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const id = idSchema.safeParse((await params).id);
    if (!id.success) throw new NotFoundError();
    const actor = await getCurrentActor();
    const asPartner = actor !== null && !can(actor, "contracts:view") && can(actor, "partner-work:view");
    if (!asPartner) authorize(actor, "contracts:view");
    const document = asPartner ? await getContractDocumentForPartner(actor, id.data) : await getContractDocumentForStaff(actor, id.data);
    const data = document && (await getObject(document.storageKey));
    if (!document || !data) throw new NotFoundError("Document introuvable.");
    return fileResponse(data, { type: "application/pdf", download: documentFileName(document.title) });
  });
}

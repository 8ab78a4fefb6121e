import "server-only";
import { getCurrentActor } from "@/lib/auth/session";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { idSchema } from "@/lib/core/schemas";
import type { MembershipActorKind } from "@/lib/membership/model";
import { getReceipt, receiptPermission } from "@/lib/membership/queries/receipt";
import { authorize } from "@/lib/authz/policy";
import { receiptFileName, receiptPdf } from "@/lib/membership/receipt-pdf";

export const RECEIPT_NOT_FOUND = "Reçu introuvable.";

/**
 * The receipt's PDF, for the two routes that serve it: Mon espace (the member's own) and Gestion
 * (staff). Not signed in: 401; without the permission: 403; someone else's or none: 404.
 */
export async function receiptResponse(params: Promise<{ id: string }>, kind: MembershipActorKind): Promise<Response> {
  return answerErrors(async () => {
    const actor = await getCurrentActor();
    // The permission first: a malformed id is a 404 only for those who may read receipts.
    authorize(actor, receiptPermission(kind));
    const id = idSchema.safeParse((await params).id);
    const receipt = id.success ? await getReceipt(actor, id.data, kind) : null;
    if (!receipt) throw new NotFoundError(RECEIPT_NOT_FOUND);
    return fileResponse(await receiptPdf(receipt), { type: "application/pdf", download: receiptFileName(receipt) });
  });
}

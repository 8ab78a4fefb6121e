import "server-only";
import type { ServerAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/authz/policy";
import { ValidationError, errorResponse } from "@/lib/core/errors";
import { idSchema } from "@/lib/core/schemas";
import { CONTRACT_CLOSED, NOT_A_PDF } from "@/lib/contracts/commands/staff";
import { receivePdfDocumentUpload } from "@/lib/uploads/pdf-document-upload";
import { PDF_DOCUMENT_TOO_LARGE } from "@/lib/uploads/pdf-file";
import { routes } from "@/lib/routes";

/** Why an upload was refused, as the contract page says it (`?refus=<code>`): never text from the request. */
export const UPLOAD_REFUSALS = {
  pdf: NOT_A_PDF,
  taille: PDF_DOCUMENT_TOO_LARGE,
  fichier: "Choisissez un fichier PDF à envoyer.",
  titre: "Indiquez le titre du document (par exemple « Marché signé » ou « Avenant n° 1 »).",
  clos: CONTRACT_CLOSED,
  illisible: "L'envoi n'a pas pu être lu. Rechargez la page et réessayez.",
} as const;
export type UploadRefusal = keyof typeof UPLOAD_REFUSALS;

/** A contract's documents upload (lib/uploads/pdf-document-upload.ts), by whoever manages contracts. */
export async function receiveDocumentUpload<T>(request: Request, action: ServerAction<T>): Promise<Response> {
  const contractId = idSchema.safeParse(new URL(request.url).searchParams.get("contrat") ?? "");
  if (!contractId.success) return errorResponse(new ValidationError(UPLOAD_REFUSALS.illisible));
  return receivePdfDocumentUpload(
    request,
    {
      field: "contractId",
      id: contractId.data,
      authorize: (actor) => authorize(actor, "contracts:manage"),
      refusals: UPLOAD_REFUSALS,
      closed: "clos",
      added: routes.staff.contract(contractId.data, "document-ajoute"),
      refused: (code) => routes.staff.contractUploadRefused(contractId.data, code),
    },
    action,
  );
}

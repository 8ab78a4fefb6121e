import "server-only";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import type { ServerAction } from "@/lib/actions/define-action";
import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { DomainError, ForbiddenError, ValidationError, errorResponse } from "@/lib/core/errors";
import { idSchema } from "@/lib/core/schemas";
import { MAX_DOCUMENT_BYTES } from "@/lib/contracts/model";
import { CONTRACT_CLOSED, DOCUMENT_TOO_LARGE, NOT_A_PDF } from "@/lib/contracts/commands/staff";
import { declaresMoreThan, type UploadLimits } from "@/lib/uploads/multipart";
import { readUpload, uploadFormData, type UploadProblem } from "@/lib/uploads/read-upload";
import { isSameOrigin } from "@/lib/uploads/same-origin";
import { routes } from "@/lib/routes";

/** One PDF and its title; multipart headers take a few hundred bytes. */
export const DOCUMENT_UPLOAD_LIMITS: UploadLimits = {
  fileBytes: MAX_DOCUMENT_BYTES,
  files: 1,
  requestBytes: MAX_DOCUMENT_BYTES + 64 * 1024,
  fields: 5,
  fieldBytes: 4 * 1024,
};

/** Why an upload was refused, as the contract page says it (`?refus=<code>`): never text from the request. */
export const UPLOAD_REFUSALS = {
  pdf: NOT_A_PDF,
  taille: DOCUMENT_TOO_LARGE,
  fichier: "Choisissez un fichier PDF à envoyer.",
  titre: "Indiquez le titre du document (par exemple « Marché signé » ou « Avenant n° 1 »).",
  clos: CONTRACT_CLOSED,
  illisible: "L'envoi n'a pas pu être lu. Rechargez la page et réessayez.",
} as const;
export type UploadRefusal = keyof typeof UPLOAD_REFUSALS;

const FOREIGN = "Ce formulaire doit être envoyé depuis le portail. Rechargez la page et réessayez.";

/** The refusal code of an action's answer. */
function refusalOf(result: { formError?: string; fieldErrors?: Record<string, string[]> }): UploadRefusal {
  const fileErrors = result.fieldErrors?.file ?? [];
  if (fileErrors.includes(NOT_A_PDF)) return "pdf";
  if (fileErrors.some((m) => m === DOCUMENT_TOO_LARGE || m.startsWith("Le fichier dépasse"))) return "taille";
  if (fileErrors.length) return "fichier";
  if (result.fieldErrors?.title?.length) return "titre";
  if (result.formError === CONTRACT_CLOSED) return "clos";
  return "illisible";
}

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "private, no-store" } });

/**
 * The contract documents' upload, a plain form post that works without JavaScript: checks that
 * cost nothing first (our page, the contract id in the query, the caller may manage contracts,
 * the declared size), then the body is streamed to a temporary file within
 * DOCUMENT_UPLOAD_LIMITS and handed to the upload action (zod → session → policy → command, which
 * checks the content). Success and refusals of what was sent go back to the contract's page (303);
 * the temporary file is always deleted.
 */
export async function receiveDocumentUpload<T>(request: Request, action: ServerAction<T>): Promise<Response> {
  if (!isSameOrigin(request)) return errorResponse(new ForbiddenError(FOREIGN));
  const contractId = idSchema.safeParse(new URL(request.url).searchParams.get("contrat") ?? "");
  if (!contractId.success) return errorResponse(new ValidationError(UPLOAD_REFUSALS.illisible));
  const back = (reason: UploadRefusal) => redirect(routes.staff.contractUploadRefused(contractId.data, reason));
  try {
    authorize(await getCurrentActor(), "contracts:manage");
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error);
    throw error;
  }
  if (declaresMoreThan(request, DOCUMENT_UPLOAD_LIMITS.requestBytes)) return back("taille");

  return readUpload(request, DOCUMENT_UPLOAD_LIMITS, {
    refuse: (problem) => back(bodyRefusal(problem)),
    accept: async (upload) => {
      const formData = uploadFormData(upload);
      // The contract is the one of the query string, checked above, whatever the body says.
      formData.set("contractId", contractId.data);
      try {
        const result = await action(undefined, formData);
        if (result.ok) return redirect(routes.staff.contract(contractId.data, "document-ajoute"));
        return back(refusalOf(result));
      } catch (error) {
        // The action ends with next/navigation's redirect(), which throws.
        if (isRedirectError(error)) return redirect(getURLFromRedirectError(error) ?? routes.staff.contract(contractId.data));
        throw error;
      }
    },
  });
}

/** The refusal code of a body refused before the action sees it: an oversized file is named first. */
function bodyRefusal(problem: UploadProblem): UploadRefusal {
  if (problem.kind === "body-too-large") return "taille";
  if (problem.kind === "malformed") return "illisible";
  return problem.tooLargeFiles.length ? "taille" : "illisible";
}

import "server-only";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import type { ServerAction } from "@/lib/actions/define-action";
import { getCurrentActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/authz/policy";
import { DomainError, ForbiddenError, errorResponse } from "@/lib/core/errors";
import { declaresMoreThan, type UploadLimits } from "@/lib/uploads/multipart";
import { MAX_PDF_DOCUMENT_BYTES, PDF_DOCUMENT_TOO_LARGE } from "@/lib/uploads/pdf-file";
import { readUpload, uploadFormData, type UploadProblem } from "@/lib/uploads/read-upload";
import { isSameOrigin } from "@/lib/uploads/same-origin";

/** One PDF and its title; multipart headers take a few hundred bytes. */
export const PDF_DOCUMENT_UPLOAD_LIMITS: UploadLimits = {
  fileBytes: MAX_PDF_DOCUMENT_BYTES,
  files: 1,
  requestBytes: MAX_PDF_DOCUMENT_BYTES + 64 * 1024,
  fields: 5,
  fieldBytes: 4 * 1024,
};

/** The refusals every document form shows; a record adds the one of its own closed state. */
export type PdfUploadRefusals = { pdf: string; taille: string; fichier: string; titre: string; illisible: string };

const FOREIGN = "Ce formulaire doit être envoyé depuis le portail. Rechargez la page et réessayez.";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "private, no-store" } });

type PdfUploadTarget<Code extends string> = {
  /** The form field the record's id goes in: the id checked here, whatever the body says. */
  field: string;
  /** The record's id, already parsed from the address. */
  id: string;
  /** Throws a DomainError when the caller may not add documents to such records. */
  authorize(actor: Actor | null): Promise<void> | void;
  refusals: PdfUploadRefusals & Record<Code, string>;
  /** The code shown when the action answers that the record no longer takes documents. */
  closed: Code;
  /** Where the record's page shows a success or a refusal (by its code, never text from the request). */
  added: string;
  refused(code: keyof PdfUploadRefusals | Code): string;
};

/**
 * A document upload as a plain form post that works without JavaScript: the checks that cost
 * nothing first (our page, the caller's right, the declared size), then the body is streamed to a
 * temporary file within PDF_DOCUMENT_UPLOAD_LIMITS and handed to the upload action (zod → session
 * → policy → command, which checks the content). Success and refusals of what was sent go back to
 * the record's page (303); the temporary file is always deleted.
 */
export async function receivePdfDocumentUpload<T, Code extends string>(request: Request, target: PdfUploadTarget<Code>, action: ServerAction<T>): Promise<Response> {
  if (!isSameOrigin(request)) return errorResponse(new ForbiddenError(FOREIGN));
  try {
    await target.authorize(await getCurrentActor());
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error);
    throw error;
  }
  if (declaresMoreThan(request, PDF_DOCUMENT_UPLOAD_LIMITS.requestBytes)) return seeOther(target.refused("taille"));

  return readUpload(request, PDF_DOCUMENT_UPLOAD_LIMITS, {
    refuse: (problem) => seeOther(target.refused(bodyRefusal(problem))),
    accept: async (upload) => {
      const formData = uploadFormData(upload);
      formData.set(target.field, target.id);
      try {
        const result = await action(undefined, formData);
        if (result.ok) return seeOther(target.added);
        return seeOther(target.refused(refusalOf(result, target)));
      } catch (error) {
        // The action ends with next/navigation's redirect(), which throws.
        if (isRedirectError(error)) return seeOther(getURLFromRedirectError(error) ?? target.added);
        throw error;
      }
    },
  });
}

/** The refusal code of an action's answer. */
function refusalOf<Code extends string>(result: { formError?: string; fieldErrors?: Record<string, string[]> }, target: PdfUploadTarget<Code>): keyof PdfUploadRefusals | Code {
  const fileErrors = result.fieldErrors?.file ?? [];
  if (fileErrors.includes(target.refusals.pdf)) return "pdf";
  if (fileErrors.includes(PDF_DOCUMENT_TOO_LARGE)) return "taille";
  if (fileErrors.length) return "fichier";
  if (result.fieldErrors?.title?.length) return "titre";
  if (result.formError === target.refusals[target.closed]) return target.closed;
  return "illisible";
}

/** The refusal code of a body refused before the action sees it: an oversized file is named first. */
function bodyRefusal(problem: UploadProblem): keyof PdfUploadRefusals {
  if (problem.kind === "body-too-large") return "taille";
  if (problem.kind === "malformed") return "illisible";
  return problem.tooLargeFiles.length ? "taille" : "illisible";
}

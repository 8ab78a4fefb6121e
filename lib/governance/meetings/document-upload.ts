import "server-only";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import type { ServerAction } from "@/lib/actions/define-action";
import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { DomainError, ForbiddenError, NotFoundError, errorResponse } from "@/lib/core/errors";
import { idSchema } from "@/lib/core/schemas";
import { MEETING_CANCELLED, NOT_A_PDF } from "@/lib/governance/meetings/documents";
import { MAX_DOCUMENT_BYTES } from "@/lib/governance/meetings/moves";
import { DOCUMENT_FILE_MISSING, DOCUMENT_TITLE_MISSING, DOCUMENT_TOO_LARGE } from "@/lib/governance/meetings/schemas";
import { authorizeSecretariat } from "@/lib/governance/positions";
import { declaresMoreThan, type UploadLimits } from "@/lib/uploads/multipart";
import { readUpload, uploadFormData, type UploadProblem } from "@/lib/uploads/read-upload";
import { isSameOrigin } from "@/lib/uploads/same-origin";
import { routes } from "@/lib/routes";

/** One PDF and its title; multipart headers take a few hundred bytes. */
export const MEETING_DOCUMENT_UPLOAD_LIMITS: UploadLimits = {
  fileBytes: MAX_DOCUMENT_BYTES,
  files: 1,
  requestBytes: MAX_DOCUMENT_BYTES + 64 * 1024,
  fields: 5,
  fieldBytes: 4 * 1024,
};

/** Why an upload was refused, as the meeting page says it (`?refus=<code>`): never text from the request. */
export const MEETING_UPLOAD_REFUSALS = {
  pdf: NOT_A_PDF,
  taille: DOCUMENT_TOO_LARGE,
  fichier: DOCUMENT_FILE_MISSING,
  titre: DOCUMENT_TITLE_MISSING,
  annulee: MEETING_CANCELLED,
  illisible: "L'envoi n'a pas pu être lu. Rechargez la page et réessayez.",
} as const;
export type MeetingUploadRefusal = keyof typeof MEETING_UPLOAD_REFUSALS;

const FOREIGN = "Ce formulaire doit être envoyé depuis le portail. Rechargez la page et réessayez.";

/** The refusal code of an action's answer. */
function refusalOf(result: { formError?: string; fieldErrors?: Record<string, string[]> }): MeetingUploadRefusal {
  const fileErrors = result.fieldErrors?.file ?? [];
  if (fileErrors.includes(NOT_A_PDF)) return "pdf";
  if (fileErrors.includes(DOCUMENT_TOO_LARGE)) return "taille";
  if (fileErrors.length) return "fichier";
  if (result.fieldErrors?.title?.length) return "titre";
  if (result.formError === MEETING_CANCELLED) return "annulee";
  return "illisible";
}

/** The refusal code of a body refused before the action sees it: an oversized file is named first. */
function bodyRefusal(problem: UploadProblem): MeetingUploadRefusal {
  if (problem.kind === "body-too-large") return "taille";
  if (problem.kind === "malformed") return "illisible";
  return problem.tooLargeFiles.length ? "taille" : "illisible";
}

const redirect = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "private, no-store" } });

/**
 * A meeting's document upload, a plain form post that works without JavaScript (the contracts'
 * documents work the same way): the checks that cost nothing first (our page, the meeting id of
 * the address, the caller keeps meetings, the declared size), then the body is streamed to a
 * temporary file within MEETING_DOCUMENT_UPLOAD_LIMITS and handed to the upload action (zod →
 * session → policy → command, which checks the content). Success and refusals of what was sent go
 * back to the meeting's page (303); the temporary file is always deleted.
 */
export async function receiveMeetingDocumentUpload<T>(request: Request, rawMeetingId: string, action: ServerAction<T>): Promise<Response> {
  if (!isSameOrigin(request)) return errorResponse(new ForbiddenError(FOREIGN));
  const meetingId = idSchema.safeParse(rawMeetingId);
  if (!meetingId.success) return errorResponse(new NotFoundError("Réunion introuvable."));
  const back = (reason: MeetingUploadRefusal) => redirect(routes.governance.meetingUploadRefused(meetingId.data, reason));
  try {
    const actor = await getCurrentActor();
    authorize(actor, "governance:manage-meetings");
    // A board member who is not the secretary is refused here, before the file is read.
    await authorizeSecretariat(actor, "governance:manage-meetings");
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error);
    throw error;
  }
  if (declaresMoreThan(request, MEETING_DOCUMENT_UPLOAD_LIMITS.requestBytes)) return back("taille");

  return readUpload(request, MEETING_DOCUMENT_UPLOAD_LIMITS, {
    refuse: (problem) => back(bodyRefusal(problem)),
    accept: async (upload) => {
      const formData = uploadFormData(upload);
      // The meeting is the one of the address, checked above, whatever the body says.
      formData.set("meetingId", meetingId.data);
      try {
        const result = await action(undefined, formData);
        if (result.ok) return redirect(routes.governance.meeting(meetingId.data, "document-ajoute"));
        return back(refusalOf(result));
      } catch (error) {
        // The action ends with next/navigation's redirect(), which throws.
        if (isRedirectError(error)) return redirect(getURLFromRedirectError(error) ?? routes.governance.meeting(meetingId.data));
        throw error;
      }
    },
  });
}

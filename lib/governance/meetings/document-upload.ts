import "server-only";
import type { ServerAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/authz/policy";
import { NotFoundError, errorResponse } from "@/lib/core/errors";
import { idSchema } from "@/lib/core/schemas";
import { MEETING_CANCELLED, NOT_A_PDF } from "@/lib/governance/meetings/documents";
import { DOCUMENT_FILE_MISSING, DOCUMENT_TITLE_MISSING } from "@/lib/governance/meetings/schemas";
import { authorizeSecretariat } from "@/lib/governance/positions";
import { receivePdfDocumentUpload } from "@/lib/uploads/pdf-document-upload";
import { PDF_DOCUMENT_TOO_LARGE } from "@/lib/uploads/pdf-file";
import { routes } from "@/lib/routes";

/** Why an upload was refused, as the meeting page says it (`?refus=<code>`): never text from the request. */
export const MEETING_UPLOAD_REFUSALS = {
  pdf: NOT_A_PDF,
  taille: PDF_DOCUMENT_TOO_LARGE,
  fichier: DOCUMENT_FILE_MISSING,
  titre: DOCUMENT_TITLE_MISSING,
  annulee: MEETING_CANCELLED,
  illisible: "L'envoi n'a pas pu être lu. Rechargez la page et réessayez.",
} as const;
export type MeetingUploadRefusal = keyof typeof MEETING_UPLOAD_REFUSALS;

/** A meeting's documents upload (lib/uploads/pdf-document-upload.ts), by whoever keeps meetings. */
export async function receiveMeetingDocumentUpload<T>(request: Request, rawMeetingId: string, action: ServerAction<T>): Promise<Response> {
  const meetingId = idSchema.safeParse(rawMeetingId);
  if (!meetingId.success) return errorResponse(new NotFoundError("Réunion introuvable."));
  return receivePdfDocumentUpload(
    request,
    {
      field: "meetingId",
      id: meetingId.data,
      authorize: async (actor) => {
        authorize(actor, "governance:manage-meetings");
        // A board member who is not the secretary is refused here, before the file is read.
        await authorizeSecretariat(actor, "governance:manage-meetings");
      },
      refusals: MEETING_UPLOAD_REFUSALS,
      closed: "annulee",
      added: routes.governance.meeting(meetingId.data, "document-ajoute"),
      refused: (code) => routes.governance.meetingUploadRefused(meetingId.data, code),
    },
    action,
  );
}

import "server-only";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import type { ActionResult, ServerAction } from "@/lib/actions/define-action";
import type { CreatedReport } from "@/lib/reports/commands/author";
import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { DomainError, UnauthenticatedError } from "@/lib/core/errors";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/reports/schemas";
import { createReportAction, createReportOnBehalfAction } from "@/lib/reports/report-submissions";
import { declaresMoreThan, type UploadLimits } from "@/lib/uploads/multipart";
import { readUpload, uploadFormData, type UploadProblem } from "@/lib/uploads/read-upload";
import { isSameOrigin } from "@/lib/uploads/same-origin";
import { routes } from "@/lib/routes";

/** Where each form lives: the way back from a refusal shown without JavaScript. */
export const REPORT_FORM_PAGES: Record<ReportFormName, string> = { habitant: routes.public.newReport, guichet: routes.staff.newReport };

/** The forms that may post here, by the `formulaire` query parameter of their `action` URL. */
export const REPORT_FORMS = { habitant: createReportAction, guichet: createReportOnBehalfAction };
export type ReportFormName = keyof typeof REPORT_FORMS;

/** 5 photos of 10 MB and the form's text fields; multipart headers take a few hundred bytes each. */
export const REPORT_UPLOAD_LIMITS: UploadLimits = {
  fileBytes: MAX_PHOTO_BYTES,
  files: MAX_PHOTOS,
  requestBytes: MAX_PHOTOS * MAX_PHOTO_BYTES + 256 * 1024,
  fields: 30,
  fieldBytes: 16 * 1024,
};

const TOO_LARGE = `L'envoi dépasse la taille permise : ${MAX_PHOTOS} photos de 10 Mo au maximum.`;
const FOREIGN = "Ce formulaire doit être envoyé depuis le portail. Rechargez la page et réessayez.";
const MALFORMED = "Le formulaire n'a pas pu être lu. Rechargez la page et réessayez.";
const UNEXPECTED_FIELDS = "Le formulaire contient des champs inattendus. Rechargez la page et réessayez.";

/** What the route answers: a status and an ActionResult, plus where to go on success. */
export type UploadOutcome = { status: number; result: ActionResult<unknown>; redirectTo?: string };

const refused = (status: number, formError: string, fieldErrors?: Record<string, string[]>): UploadOutcome => ({ status, result: { ok: false, formError, fieldErrors } });

/**
 * One report form posted as multipart/form-data: checks that cost nothing come first (the page
 * is ours, the declared size, the caller may use this form), so that an anonymous or oversized
 * body is refused before any of it is read; then the body is streamed to temporary files within
 * REPORT_UPLOAD_LIMITS and handed to the form's action (zod → session → policy → service) as
 * FormData whose files are read from disk. The temporary files are always deleted.
 */
export async function submitReportForm(request: Request, formName: string | null): Promise<UploadOutcome> {
  if (!isSameOrigin(request)) return refused(403, FOREIGN);
  const action = formName && Object.hasOwn(REPORT_FORMS, formName) ? REPORT_FORMS[formName as ReportFormName] : null;
  if (!action) return refused(404, MALFORMED);
  if (declaresMoreThan(request, REPORT_UPLOAD_LIMITS.requestBytes)) return refused(413, TOO_LARGE);
  try {
    if (action.access !== "public") authorize(await getCurrentActor(), action.access);
  } catch (error) {
    if (error instanceof DomainError) return refused(error instanceof UnauthenticatedError ? 401 : 403, error.message);
    throw error;
  }
  return readUpload(request, REPORT_UPLOAD_LIMITS, { refuse: refusal, accept: (upload) => runAction(action, uploadFormData(upload)) });
}

/** A body refused before the action sees it: the photos' limits are said next to the photos field. */
function refusal(problem: UploadProblem): UploadOutcome {
  if (problem.kind === "body-too-large") return refused(413, TOO_LARGE);
  if (problem.kind === "malformed") return refused(400, MALFORMED);
  if (problem.tooManyFields) return refused(400, UNEXPECTED_FIELDS);
  if (problem.tooManyFiles) return refused(422, `${MAX_PHOTOS} photos au maximum.`, { photos: [`${MAX_PHOTOS} photos au maximum.`] });
  const messages = problem.tooLargeFiles.map((name) => `La photo « ${name} » dépasse 10 Mo.`);
  return refused(413, messages.join(" "), { photos: messages });
}

async function runAction(action: ServerAction<CreatedReport>, formData: FormData): Promise<UploadOutcome> {
  try {
    const result = await action(undefined, formData);
    return { status: result.ok ? 200 : 422, result };
  } catch (error) {
    // The action ends with next/navigation's redirect(), which throws.
    if (isRedirectError(error)) return { status: 200, result: { ok: true, data: null }, redirectTo: getURLFromRedirectError(error) ?? routes.home };
    throw error;
  }
}

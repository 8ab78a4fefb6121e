import { MAX_PHOTO_BYTES } from "@/lib/reports/schemas";
import { routes } from "@/lib/routes";
import type { UploadLimits } from "@/lib/uploads/multipart";
import { readUpload, type UploadProblem } from "@/lib/uploads/read-upload";
import { addWorkOrderPhoto } from "@/lib/work-orders/commands/employee";
import { addWorkOrderPhotoSchema } from "@/lib/work-orders/employee-schemas";
import { employeeSender, isOutcome, json, NO_STORE, refused, runCommand, TOO_LARGE, type Outcome } from "../../employee-request";

/** One photo a request, with its kind and client key: streamed to disk by busboy, within these. */
const LIMITS: UploadLimits = { fileBytes: MAX_PHOTO_BYTES, files: 1, requestBytes: MAX_PHOTO_BYTES + 64 * 1024, fields: 4, fieldBytes: 1024 };
const PHOTO_TOO_LARGE = "La photo dépasse 10 Mo.";

/**
 * A before/after photo: sent by the phone's queue (Accept: application/json) or by the plain form
 * without JavaScript (a 303 back to the job's page, or a short page saying why it was refused).
 * Stored once per (job, client key).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const outcome = await receive(request, id);
  if ((request.headers.get("accept") ?? "").includes("application/json")) return json(outcome);
  if (outcome.result.ok) return new Response(null, { status: 303, headers: { ...NO_STORE, Location: routes.employee.job(id, "photo") } });
  return new Response(refusalPage(outcome, routes.employee.job(id)), { status: outcome.status, headers: { ...NO_STORE, "Content-Type": "text/html; charset=utf-8" } });
}

async function receive(request: Request, id: string): Promise<Outcome> {
  const sender = await employeeSender(request, LIMITS.requestBytes);
  if (isOutcome(sender)) return sender;
  return readUpload(request, LIMITS, {
    refuse: refusal,
    accept: (upload) => {
      // The one file is the photo, whatever its part is named.
      const raw: Record<string, unknown> = Object.fromEntries(upload.fields);
      if (upload.files[0]) raw.photo = upload.files[0].file;
      return runCommand(addWorkOrderPhotoSchema, { ...raw, workOrderId: id }, (input) => addWorkOrderPhoto({ actor: sender }, input));
    },
  });
}

function refusal(problem: UploadProblem): Outcome {
  if (problem.kind === "body-too-large") return refused(413, TOO_LARGE);
  if (problem.kind === "malformed") return refused(400, "L'envoi n'a pas pu être lu.");
  if (problem.tooManyFields || problem.tooManyFiles) return refused(400, "L'envoi contient des champs inattendus.");
  return refused(413, PHOTO_TOO_LARGE, { photo: [PHOTO_TOO_LARGE] });
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refusalPage({ result }: Outcome, back: string): string {
  const messages = result.ok ? [] : [...new Set([result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].filter((m): m is string => !!m))];
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Photo non envoyée</title></head><body><main><h1>La photo n'a pas été envoyée</h1><ul>${messages.map((m) => `<li>${escape(m)}</li>`).join("")}</ul><p><a href="${escape(back)}">Revenir à l'intervention</a></p></main></body></html>`;
}

import "server-only";
import { getCurrentActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { idSchema } from "@/lib/core/schemas";
import { minutesFileName, minutesForPdf, minutesPdf } from "@/lib/governance/meetings/minutes-pdf";

/**
 * What both PDF handlers do: the board space's (unpublished minutes for governance:view) and the
 * public page's (published only, whoever asks). Minutes one may not read are answered 404, like
 * none.
 */
export async function minutesPdfResponse(params: Promise<{ id: string }>, options: { publishedOnly: boolean }): Promise<Response> {
  const id = idSchema.safeParse((await params).id);
  const actor = options.publishedOnly ? null : await getCurrentActor();
  const minutes = id.success ? await minutesForPdf(actor, id.data, options) : null;
  if (!minutes) throw new NotFoundError("Compte rendu introuvable.");
  return fileResponse(new Uint8Array(await minutesPdf(minutes)), { type: "application/pdf", download: minutesFileName(minutes.startsAt) });
}

import { z } from "zod";
import { getCurrentActor } from "@/lib/auth/session";
import { NotFoundError, answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { idSchema } from "@/lib/core/schemas";
import { documentFileName } from "@/lib/contracts/model";
import { MEETING_DOCUMENT_NOT_FOUND, getMeetingDocument } from "@/lib/governance/meetings/documents";
import { getObject } from "@/lib/storage/file-storage";

const documentParams = z.object({ id: idSchema, documentId: idSchema });

/**
 * A meeting's PDF: ids (zod) → session → policy (governance:view: the board space) → the document
 * loaded through its meeting, so a document asked for under another meeting's address is the same
 * 404 as an unknown one. Anyone else: 401 or 403. Sent as an attachment with a safe file name,
 * never sniffed, never kept in a cache.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  return answerErrors(async () => {
    const ids = documentParams.safeParse(await params);
    const found = await getMeetingDocument(await getCurrentActor(), ids.success ? { meetingId: ids.data.id, documentId: ids.data.documentId } : null);
    const data = found && (await getObject(found.storageKey));
    if (!found || !data) throw new NotFoundError(MEETING_DOCUMENT_NOT_FOUND);
    return fileResponse(data, { type: "application/pdf", download: documentFileName(found.title) });
  });
}

import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorize, type Actor } from "@/lib/authz/policy";
import { NotFoundError, ValidationError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { authorizeSecretariat } from "@/lib/governance/positions";
import { MEETING_NOT_FOUND } from "@/lib/governance/meetings/lifecycle";
import { type DeleteMeetingDocumentInput, type UploadMeetingDocumentInput } from "@/lib/governance/meetings/schemas";
import { deleteObjects, newStorageKey, putObject } from "@/lib/storage/file-storage";
import { readPdfDocument } from "@/lib/uploads/pdf-file";

/**
 * A meeting's documents (the agenda's annexes, the accounts, a report): PDFs added and deleted by
 * whoever keeps meetings (authorizeSecretariat: staff, the administrator, the board's secretary),
 * read by the board space (governance:view). Stored like the contracts' documents: the content is
 * checked, the file goes to the object store under a random key, its row and audit row are
 * written in one transaction. Documents are never public: no cache tag to expire.
 */

export const MEETING_DOCUMENT_NOT_FOUND = "Document introuvable.";
export const NOT_A_PDF = "Ce fichier n'est pas un PDF : seuls les documents PDF sont acceptés (ordre du jour détaillé, comptes, rapport).";
export const MEETING_CANCELLED = "Cette réunion est annulée : ses documents ne se modifient plus.";

export type MeetingDocumentResult = { meetingId: string; documentId: string; cacheTags: string[] };

/** A second submission of the same upload (same person, title and size) within this delay gives back the first. */
const RESUBMIT_WINDOW_MS = 10 * 60 * 1000;

const secretariat = (ctx: OperationContext) => authorizeSecretariat(ctx.actor, "governance:manage-meetings");

/** The meeting whose documents change: it exists and is not cancelled. */
async function openMeeting(tx: Tx, meetingId: string) {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, status: true } });
  if (!meeting) throw new NotFoundError(MEETING_NOT_FOUND);
  if (meeting.status === "CANCELLED") throw new ValidationError(MEETING_CANCELLED);
  return meeting;
}

/**
 * Adds a PDF to a meeting. The bytes must start with "%PDF-" (the name and type the browser sent
 * prove nothing). The meeting is checked before the file is stored, so a refusal leaves no file;
 * if the row cannot be written afterwards, the stored file is removed.
 */
export async function uploadMeetingDocument(ctx: OperationContext, input: UploadMeetingDocumentInput): Promise<MeetingDocumentResult> {
  await secretariat(ctx);
  const bytes = await readPdfDocument(input.file, NOT_A_PDF);
  const twin = await inTransaction(ctx, async (tx) => {
    await openMeeting(tx, input.meetingId);
    return tx.meetingDocument.findFirst({
      where: { meetingId: input.meetingId, title: input.title, bytes: bytes.length, uploadedById: ctx.actor.id, createdAt: { gt: new Date(Date.now() - RESUBMIT_WINDOW_MS) } },
      select: { id: true },
    });
  });
  if (twin) return { meetingId: input.meetingId, documentId: twin.id, cacheTags: [] };
  const storageKey = newStorageKey("pdf");
  await putObject(storageKey, bytes);
  try {
    return await inTransaction(ctx, async (tx) => {
      const meeting = await openMeeting(tx, input.meetingId);
      const document = await tx.meetingDocument.create({
        data: { meetingId: meeting.id, title: input.title, storageKey, bytes: bytes.length, uploadedById: ctx.actor.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "meeting.document.upload",
        entityType: "MeetingDocument",
        entityId: document.id,
        after: { meetingId: meeting.id, title: input.title, bytes: bytes.length },
      });
      return { meetingId: meeting.id, documentId: document.id, cacheTags: [] };
    });
  } catch (error) {
    await deleteObjects([storageKey]);
    throw error;
  }
}

/** Deletes a document (audited); its file is removed once the deletion has committed. */
export async function deleteMeetingDocument(ctx: OperationContext, input: DeleteMeetingDocumentInput): Promise<MeetingDocumentResult> {
  await secretariat(ctx);
  return inTransaction(ctx, async (tx, afterCommit) => {
    const document = await tx.meetingDocument.findUnique({
      where: { id: input.documentId },
      select: { id: true, meetingId: true, title: true, storageKey: true, bytes: true },
    });
    if (!document) throw new NotFoundError(MEETING_DOCUMENT_NOT_FOUND);
    await openMeeting(tx, document.meetingId);
    await tx.meetingDocument.delete({ where: { id: document.id } });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "meeting.document.delete",
      entityType: "MeetingDocument",
      entityId: document.id,
      before: { meetingId: document.meetingId, title: document.title, bytes: document.bytes },
    });
    afterCommit(() => deleteObjects([document.storageKey]));
    return { meetingId: document.meetingId, documentId: document.id, cacheTags: [] };
  });
}

/**
 * A document to serve to the board space, loaded through its meeting: a document id under
 * another meeting's address, or a malformed id (null), is the same "not found" as an unknown one,
 * once the caller is known to read the board space.
 */
export async function getMeetingDocument(actor: Actor | null, ids: { meetingId: string; documentId: string } | null) {
  authorize(actor, "governance:view");
  if (!ids) return null;
  return db.meetingDocument.findFirst({ where: { id: ids.documentId, meetingId: ids.meetingId }, select: { id: true, title: true, storageKey: true, bytes: true } });
}

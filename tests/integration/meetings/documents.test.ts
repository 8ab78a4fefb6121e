/**
 * A meeting's PDFs: the upload route (POST /gouvernance/reunions/[id]/documents, streamed to
 * disk, content-checked, by whoever keeps meetings), the download route (GET
 * …/documents/[documentId]: zod → session → policy → the document through its meeting) and the
 * deletion action, against the database and a temporary upload folder.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import MeetingPage from "@/app/gouvernance/reunions/[id]/page";
import { db } from "@/lib/db";
import { POST as upload } from "@/app/gouvernance/reunions/[id]/documents/route";
import { GET as download } from "@/app/gouvernance/reunions/[id]/documents/[documentId]/route";
import { deleteMeetingDocumentAction, moveMeetingAction, uploadMeetingDocumentAction } from "@/app/gouvernance/reunions/actions";
import { NOT_A_PDF } from "@/lib/governance/meetings/documents";
import { MEETING_UPLOAD_REFUSALS } from "@/lib/governance/meetings/document-upload";
import { MAX_PDF_DOCUMENT_BYTES, PDF_DOCUMENT_TOO_LARGE } from "@/lib/uploads/pdf-file";
import { appUrl } from "@/lib/env";
import { routes } from "@/lib/routes";
import { callAction, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createUser, type TestUser } from "../../helpers/factories";
import { pdfBytes, pdfFile, pngAsPdf } from "../../helpers/contracts";
import { clearInbox, mailsTo } from "../../helpers/mail";
import { createBoard, createMeetingRow, createStatutes } from "../../helpers/meetings";
import { redirectPathOf, useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let staff: TestUser;
let meetingId: string;
let bodyId: string;
let memberEmail: string;

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  clearInbox();
  staff = await createUser({ name: "Claire Lefèvre", roles: ["STAFF"] });
  await createStatutes();
  const { body, members } = await createBoard(2);
  bodyId = body.id;
  memberEmail = members[0].email!;
  meetingId = (await createMeetingRow({ bodyId })).id;
  await signInAs(staff);
});

const SAME_ORIGIN = { origin: "http://localhost", host: "localhost" };

function post(fields: Record<string, string | File>, meeting = meetingId) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request(`http://localhost${routes.governance.meetingDocumentUpload(meeting)}`, { method: "POST", body: form, headers: SAME_ORIGIN });
  return upload(request, { params: Promise.resolve({ id: meeting }) });
}

const get = (documentId: string, meeting = meetingId) =>
  download(new Request(`http://localhost${routes.governance.meetingDocument(meeting, documentId)}`), { params: Promise.resolve({ id: meeting, documentId }) });

/** A file that starts like a PDF and is one byte over the limit. */
const oversizedPdf = () => {
  const bytes = new Uint8Array(MAX_PDF_DOCUMENT_BYTES + 1);
  bytes.set(pdfBytes());
  return new File([bytes], "comptes.pdf", { type: "application/pdf" });
};

describe("uploading a meeting's PDF", () => {
  it("stores a real PDF, writes its row and audit row, goes back to the meeting, and the convocation counts it", async () => {
    const response = await post({ title: "Comptes 2026", file: pdfFile() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(routes.governance.meeting(meetingId, "document-ajoute"));
    const document = await db.meetingDocument.findFirstOrThrow({ where: { meetingId } });
    expect(document).toMatchObject({ title: "Comptes 2026", bytes: pdfBytes().length, uploadedById: staff.id });
    expect(await uploads.files()).toEqual([document.storageKey]);
    expect(await auditRows({ action: "meeting.document.upload", entityId: document.id })).toHaveLength(1);
    // The same form sent twice gives back the first document.
    await post({ title: "Comptes 2026", file: pdfFile() });
    expect(await db.meetingDocument.count()).toBe(1);

    await redirectPathOf(callAction(moveMeetingAction, { meetingId, version: "0", move: "convene" }));
    expect(mailsTo(memberEmail)[0].text).toContain(`Les documents de la réunion (1 document joint) : ${appUrl()}${routes.governance.meeting(meetingId)}`);
  });

  it("refuses a PNG renamed .pdf with a French message, and stores nothing", async () => {
    const before = await databaseSnapshot();
    const response = await post({ title: "Comptes", file: pngAsPdf() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(routes.governance.meetingUploadRefused(meetingId, "pdf"));
    expect(await databaseSnapshot()).toEqual(before);
    expect(await uploads.files()).toEqual([]);
    const refusal = await expectRefused(callAction(uploadMeetingDocumentAction, { meetingId, title: "Comptes", file: pngAsPdf() }));
    expect(refusal.fieldErrors).toEqual({ file: [NOT_A_PDF] });
    expect(NOT_A_PDF).toMatch(/^Ce fichier n'est pas un PDF/);
  });

  it("refuses a file over the limit, and stores nothing", async () => {
    const before = await databaseSnapshot();
    const response = await post({ title: "Comptes", file: oversizedPdf() });
    expect(response.headers.get("location")).toBe(routes.governance.meetingUploadRefused(meetingId, "taille"));
    expect(await databaseSnapshot()).toEqual(before);
    expect(await uploads.files()).toEqual([]);
    expect((await expectRefused(callAction(uploadMeetingDocumentAction, { meetingId, title: "Comptes", file: oversizedPdf() }))).fieldErrors?.file).toEqual([PDF_DOCUMENT_TOO_LARGE]);
  });

  it("refuses a board member who is not the secretary, a resident, an anonymous caller; lets the secretary add one", async () => {
    await signInAs(await createUser({ roles: ["BOARD_MEMBER"] }));
    const afterBoardSignIn = await databaseSnapshot();
    expect((await post({ title: "Comptes", file: pdfFile() })).status).toBe(403);
    expect((await expectRefused(callAction(uploadMeetingDocumentAction, { meetingId, title: "Comptes", file: pdfFile() }))).formError).toBe("Accès refusé.");
    expect(await databaseSnapshot()).toEqual(afterBoardSignIn);
    await signInAs(await createUser({ roles: ["RESIDENT"] }));
    expect((await post({ title: "Comptes", file: pdfFile() })).status).toBe(403);
    signOut();
    expect((await post({ title: "Comptes", file: pdfFile() })).status).toBe(401);
    expect(await uploads.files()).toEqual([]);
    expect(await db.meetingDocument.count()).toBe(0);

    const secretary = await createUser({ roles: ["RESIDENT", "MEMBER", "BOARD_MEMBER"] });
    const { body } = await createBoard(2, { secretaryUserId: secretary.id });
    const theirs = await createMeetingRow({ bodyId: body.id });
    await signInAs(secretary);
    expect((await post({ title: "Ordre du jour détaillé", file: pdfFile() }, theirs.id)).headers.get("location")).toBe(routes.governance.meeting(theirs.id, "document-ajoute"));
    expect(await db.meetingDocument.count({ where: { meetingId: theirs.id } })).toBe(1);
  });

  it("refuses a missing title or file, and an upload to a cancelled meeting", async () => {
    expect((await post({ title: "", file: pdfFile() })).headers.get("location")).toBe(routes.governance.meetingUploadRefused(meetingId, "titre"));
    expect((await post({ title: "Comptes" })).headers.get("location")).toBe(routes.governance.meetingUploadRefused(meetingId, "fichier"));
    await db.meeting.update({ where: { id: meetingId }, data: { status: "CANCELLED" } });
    expect((await post({ title: "Comptes", file: pdfFile() })).headers.get("location")).toBe(routes.governance.meetingUploadRefused(meetingId, "annulee"));
    expect(await uploads.files()).toEqual([]);
    expect(await db.meetingDocument.count()).toBe(0);
  });
});

describe("downloading and deleting a meeting's PDF", () => {
  beforeEach(async () => {
    await post({ title: "Rapport d'activité 2026", file: pdfFile() });
  });

  const stored = () => db.meetingDocument.findFirstOrThrow({ where: { meetingId } });

  it("serves it to a board member as an attachment with a safe name, never sniffed nor cached", async () => {
    const document = await stored();
    await signInAs(await createUser({ roles: ["BOARD_MEMBER"] }));
    const response = await get(document.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="rapport-d-activite-2026.pdf"');
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes());
  });

  it("refuses a resident, a partner, an anonymous caller; a document under another meeting's address is a 404", async () => {
    const document = await stored();
    for (const roles of [["RESIDENT"], ["PARTNER"]] as const) {
      await signInAs(await createUser({ roles: [...roles] }));
      expect((await get(document.id)).status).toBe(403);
    }
    signOut();
    expect((await get(document.id)).status).toBe(401);
    await signInAs(staff);
    const other = await createMeetingRow({ bodyId });
    expect((await get(document.id, other.id)).status).toBe(404);
    expect((await get("cm0inconnu")).status).toBe(404);
    expect((await get("../../etc")).status).toBe(404);
    expect((await get(document.id)).status).toBe(200);
  });

  it("deletes it with a confirmation (audited), and its file; a board member who is not the secretary may not", async () => {
    const document = await stored();
    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(deleteMeetingDocumentAction, { documentId: document.id }))).fieldErrors?.confirm).toEqual(["Cochez la case pour confirmer la suppression."]);
    expect(await databaseSnapshot()).toEqual(before);
    await signInAs(await createUser({ roles: ["BOARD_MEMBER"] }));
    const asBoard = await databaseSnapshot();
    expect((await expectRefused(callAction(deleteMeetingDocumentAction, { documentId: document.id, confirm: "on" }))).formError).toBe("Accès refusé.");
    expect(await databaseSnapshot()).toEqual(asBoard);
    await signInAs(staff);
    expect(await redirectPathOf(callAction(deleteMeetingDocumentAction, { documentId: document.id, confirm: "on" }))).toBe(routes.governance.meeting(meetingId, "document-supprime"));
    expect(await db.meetingDocument.count()).toBe(0);
    expect(await uploads.files()).toEqual([]);
    expect(await auditRows({ action: "meeting.document.delete", entityId: document.id })).toHaveLength(1);
  });
});

describe("the meeting page's Documents panel", () => {
  const page = async (query: Record<string, string> = {}) =>
    renderToStaticMarkup(await MeetingPage({ params: Promise.resolve({ id: meetingId }), searchParams: Promise.resolve(query) }));
  const escaped = (text: string) => text.replace(/'/g, "&#x27;");

  it("lists the documents for every board reader; only whoever keeps meetings sees the upload and delete forms", async () => {
    await post({ title: "Comptes 2026", file: pdfFile() });
    const document = await db.meetingDocument.findFirstOrThrow({ where: { meetingId } });
    const forStaff = await page({ refus: "pdf" });
    expect(forStaff).toContain(routes.governance.meetingDocument(meetingId, document.id));
    expect(forStaff).toContain("Comptes 2026 (PDF, 1 Ko)");
    expect(forStaff).toContain(`action="${routes.governance.meetingDocumentUpload(meetingId)}"`);
    expect(forStaff).toContain("Supprimer le document");
    expect(forStaff).toContain(escaped(MEETING_UPLOAD_REFUSALS.pdf));

    await signInAs(await createUser({ roles: ["BOARD_MEMBER"] }));
    const forBoard = await page();
    expect(forBoard).toContain(routes.governance.meetingDocument(meetingId, document.id));
    expect(forBoard).not.toContain("Ajouter un document PDF");
    expect(forBoard).not.toContain("Supprimer le document");
  });
});


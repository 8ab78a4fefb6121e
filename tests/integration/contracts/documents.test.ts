/**
 * A contract's PDFs: the upload route (POST /api/contrats/documents?contrat=…, streamed to disk,
 * content-checked), the download route (GET /api/contrats/documents/[id]: zod → session → policy
 * → scope) and the deletion action, against the database and a temporary upload folder.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as upload } from "@/app/api/contrats/documents/route";
import { GET as download } from "@/app/api/contrats/documents/[id]/route";
import { deleteContractDocumentAction, uploadContractDocumentAction } from "@/app/gestion/contrats/actions";
import { NOT_A_PDF } from "@/lib/contracts/commands/staff";
import type { Role } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/routes";
import { callAction, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createPartner, createUser, type TestUser } from "../../helpers/factories";
import { createContractRow, pdfBytes, pdfFile, pngAsPdf } from "../../helpers/contracts";
import { redirectPathOf, useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let staff: TestUser;
let partnerUser: TestUser;
let contractId: string;

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  staff = await createUser({ roles: ["STAFF"] });
  const partner = await createPartner();
  partnerUser = await createUser({ roles: ["PARTNER"], partnerId: partner.id });
  contractId = (await createContractRow({ partnerId: partner.id, status: "ACTIVE" })).id;
  await signInAs(staff);
});

const SAME_ORIGIN = { origin: "http://localhost", host: "localhost" };

function post(fields: Record<string, string | File>, options: { origin?: Record<string, string>; contract?: string } = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const url = `http://localhost${routes.staff.contractDocumentUpload}?contrat=${options.contract ?? contractId}`;
  return upload(new Request(url, { method: "POST", body: form, headers: options.origin ?? SAME_ORIGIN }));
}

const get = (id: string) => download(new Request(`http://localhost${routes.staff.contractDocument(id)}`), { params: Promise.resolve({ id }) });

async function storedDocument() {
  return db.contractDocument.findFirstOrThrow({ where: { contractId } });
}

describe("uploading a PDF", () => {
  it("stores a real PDF, writes its row and audit row, and goes back to the contract", async () => {
    const response = await post({ title: "Marché signé", file: pdfFile() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(routes.staff.contract(contractId, "document-ajoute"));
    const document = await storedDocument();
    expect(document).toMatchObject({ title: "Marché signé", bytes: pdfBytes().length, uploadedById: staff.id });
    expect(await uploads.files()).toEqual([document.storageKey]);
    expect(await auditRows({ action: "contract.document.upload", entityId: document.id })).toHaveLength(1);
  });

  it("refuses a PNG renamed .pdf, saying why, and keeps nothing", async () => {
    const before = await databaseSnapshot();
    const response = await post({ title: "Contrat", file: pngAsPdf() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(routes.staff.contractUploadRefused(contractId, "pdf"));
    expect(await databaseSnapshot()).toEqual(before);
    expect(await uploads.files()).toEqual([]);
    // The action itself says it in French, on the file field.
    expect((await expectRefused(callAction(uploadContractDocumentAction, { contractId, title: "Contrat", file: pngAsPdf() }))).fieldErrors).toEqual({ file: [NOT_A_PDF] });
  });

  it("refuses a missing title or file, a foreign page, a partner, an anonymous caller", async () => {
    const before = await databaseSnapshot();
    expect((await post({ title: "", file: pdfFile() })).headers.get("location")).toBe(routes.staff.contractUploadRefused(contractId, "titre"));
    expect((await post({ title: "Marché" })).headers.get("location")).toBe(routes.staff.contractUploadRefused(contractId, "fichier"));
    expect((await post({ title: "Marché", file: pdfFile() }, { origin: { origin: "http://ailleurs.test", host: "localhost" } })).status).toBe(403);
    expect(await databaseSnapshot()).toEqual(before);
    await signInAs(partnerUser);
    const afterSignIn = await databaseSnapshot();
    expect((await post({ title: "Marché", file: pdfFile() })).status).toBe(403);
    signOut();
    expect((await post({ title: "Marché", file: pdfFile() })).status).toBe(401);
    expect(await databaseSnapshot()).toEqual(afterSignIn);
    expect(await uploads.files()).toEqual([]);
  });

  it("refuses an upload to a closed contract", async () => {
    await db.contract.update({ where: { id: contractId }, data: { status: "CLOSED" } });
    expect((await post({ title: "Avenant", file: pdfFile() })).headers.get("location")).toBe(routes.staff.contractUploadRefused(contractId, "clos"));
    expect(await uploads.files()).toEqual([]);
  });
});

describe("downloading and deleting a PDF", () => {
  beforeEach(async () => {
    await post({ title: "Avenant n° 1 / 2026", file: pdfFile() });
  });

  it("serves the file to staff as an attachment with a safe name, never sniffed", async () => {
    const document = await storedDocument();
    const response = await get(document.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="avenant-n-1-2026.pdf"');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdfBytes());
  });

  it("serves the contract's own partner, not another partner, nor a draft's; refuses other roles and an anonymous caller", async () => {
    const document = await storedDocument();
    expect((await get("cm0inconnu")).status).toBe(404);
    expect((await get("../../etc")).status).toBe(404);
    await signInAs(partnerUser);
    const ownPartner = await get(document.id);
    expect(ownPartner.status).toBe(200);
    expect(ownPartner.headers.get("content-disposition")).toBe('attachment; filename="avenant-n-1-2026.pdf"');
    expect(new Uint8Array(await ownPartner.arrayBuffer())).toEqual(pdfBytes());
    await db.contract.update({ where: { id: contractId }, data: { status: "DRAFT" } });
    expect((await get(document.id)).status).toBe(404);
    await db.contract.update({ where: { id: contractId }, data: { status: "ACTIVE" } });
    await signInAs(await createUser({ roles: ["PARTNER"], partnerId: (await createPartner()).id }));
    expect((await get(document.id)).status).toBe(404);
    for (const roles of [["EMPLOYEE"], ["BOARD_MEMBER"], ["RESIDENT"]] as Role[][]) {
      await signInAs(await createUser({ roles }));
      expect((await get(document.id)).status).toBe(403);
    }
    signOut();
    expect((await get(document.id)).status).toBe(401);
  });

  it("deletes a document with a confirmation (audited), and its file", async () => {
    const document = await storedDocument();
    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(deleteContractDocumentAction, { documentId: document.id }))).fieldErrors?.confirm).toBeDefined();
    expect(await databaseSnapshot()).toEqual(before);
    expect(await redirectPathOf(callAction(deleteContractDocumentAction, { documentId: document.id, confirm: "on" }))).toBe(routes.staff.contract(contractId, "document-supprime"));
    expect(await db.contractDocument.count()).toBe(0);
    expect(await uploads.files()).toEqual([]);
    expect(await auditRows({ action: "contract.document.delete", entityId: document.id })).toHaveLength(1);
  });
});

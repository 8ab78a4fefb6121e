import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import sharp from "sharp";
import { GET as getPhoto } from "@/app/partenaire/interventions/[id]/photos/[photoId]/route";
import { GET as getCsv } from "@/app/partenaire/contrats/[id]/releve/csv/route";
import { GET as getPdf } from "@/app/partenaire/contrats/[id]/releve/pdf/route";
import { routes } from "@/lib/routes";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { addPhoto, addTime, createContract, createEmployee, createJob, createLine } from "../../helpers/partner-work";
import { useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let landlordUser: TestUser;
let otherUser: TestUser;
let contract: { id: string; reference: string; partnerId: string };
let job: { id: string };
let line: { id: string };
let site: { id: string };
let photo: { id: string; storageKey: string };

const base = "http://localhost";
const photoParams = (jobId: string, photoId: string) => ({ params: Promise.resolve({ id: jobId, photoId }) });
const statementCall = (handler: typeof getCsv, id: string, month: string) =>
  handler(new Request(`${base}${routes.partner.statementCsv(id, month)}`), { params: Promise.resolve({ id }) });

async function pdfText(bytes: ArrayBuffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/` }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  const landlord = await createPartner({ name: "Habitat Test" });
  landlordUser = await createUser({ roles: ["PARTNER"], partnerId: landlord.id });
  otherUser = await createUser({ roles: ["PARTNER"] });
  ({ site } = await createTerritory({ ownerPartnerId: landlord.id }));
  contract = await createContract({ partnerId: landlord.id, reference: "M2026-014" });
  line = await createLine({ contractId: contract.id, siteIds: [site.id], unit: "HOURLY", unitPriceCents: 2850, task: "Nettoyage des halls" });
  job = await createJob({ contract, lineId: line.id, siteId: site.id, status: "VALIDATED", doneAt: new Date("2026-11-12T10:00:00Z") });
  await addTime(job.id, (await createEmployee()).id, 90);
  photo = await addPhoto(job.id, "AFTER");
});

describe("a job's photo", () => {
  it("is served to the job's partner, and is a 404 for anyone else", async () => {
    await signInAs(landlordUser);
    const ok = await getPhoto(new Request(base), photoParams(job.id, photo.id));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Type")).toBe("image/jpeg");
    expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(100);
    expect((await getPhoto(new Request(base), photoParams("autre", photo.id))).status).toBe(404);

    for (const caller of [otherUser, await createUser({ roles: ["RESIDENT"] }), await createUser({ roles: ["EMPLOYEE"] })]) {
      await signInAs(caller);
      expect((await getPhoto(new Request(base), photoParams(job.id, photo.id))).status).toBe(404);
    }
    signOut();
    expect((await getPhoto(new Request(base), photoParams(job.id, photo.id))).status).toBe(404);
  });

  it("is served as its preview to the job's partner only, and a size it does not make is a 404", async () => {
    await signInAs(otherUser);
    expect((await getPhoto(new Request(`${base}/?taille=apercu`), photoParams(job.id, photo.id))).status).toBe(404);
    expect(await uploads.files()).toEqual([photo.storageKey]);

    await signInAs(landlordUser);
    const preview = await getPhoto(new Request(`${base}/?taille=apercu`), photoParams(job.id, photo.id));
    expect(preview.status).toBe(200);
    expect(preview.headers.get("Content-Type")).toBe("image/webp");
    expect((await sharp(Buffer.from(await preview.arrayBuffer())).metadata()).width).toBe(64);
    expect((await getPhoto(new Request(`${base}/?taille=grande`), photoParams(job.id, photo.id))).status).toBe(404);
  });
});

describe("the statement's files", () => {
  it("gives the CSV to the contract's partner", async () => {
    await signInAs(landlordUser);
    const response = await statementCall(getCsv, contract.id, "2026-11");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="releve-M2026-014-2026-11.csv"');
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`Nettoyage des halls;À l'heure;"28,50";1;"1,50";"1,50";"42,75"`);
  });

  it("gives a PDF with the contract's reference, the month and the totals, page numbered", async () => {
    await signInAs(landlordUser);
    const response = await statementCall(getPdf, contract.id, "2026-11");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const pages = await pdfText(await response.arrayBuffer());
    const text = pages.join(" ").replace(/\s+/g, " ");
    expect(text).toContain("M2026-014");
    expect(text).toContain("novembre 2026");
    expect(text).toContain("Habitat Test");
    expect(text).toMatch(/Total 1 1,50 42,75\s€/);
    expect(pages[0]).toContain(`page 1 sur ${pages.length}`);
  });

  it("gives a year's statement, the sum of its months, as CSV and as PDF", async () => {
    const october = await createJob({ contract, lineId: line.id, siteId: site.id, status: "VALIDATED", doneAt: new Date("2026-10-05T10:00:00Z") });
    await addTime(october.id, (await createEmployee()).id, 60);
    // Finished on 31 December 2025 at 23:30 UTC: 1 January 2026 in Paris, so counted in 2026.
    await createJob({ contract, lineId: line.id, siteId: site.id, status: "VALIDATED", doneAt: new Date("2025-12-31T23:30:00Z") });
    await createJob({ contract, lineId: line.id, siteId: site.id, status: "VALIDATED", doneAt: new Date("2025-12-31T22:30:00Z") });
    await signInAs(landlordUser);

    const csv = await statementCall(getCsv, contract.id, "2026");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Disposition")).toBe('attachment; filename="releve-M2026-014-2026.csv"');
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text).toContain("Relevé annuel;M2026-014");
    expect(text).toContain(`Nettoyage des halls;À l'heure;"28,50";3;"2,50";"2,50";"71,25"`);
    expect(text).toContain(`2026-01;1;"0,00";"0,00"\r\n2026-10;1;"1,00";"28,50"\r\n2026-11;1;"1,50";"42,75"`);

    const pdf = await statementCall(getPdf, contract.id, "2026");
    expect(pdf.status).toBe(200);
    const pages = await pdfText(await pdf.arrayBuffer());
    const all = pages.join(" ").replace(/\s+/g, " ");
    expect(all).toContain("Relevé de l'année 2026");
    expect(all).toContain("Par mois");
    expect(all).toMatch(/octobre 2026 1 1,00 28,50\s€/);
    expect(all).toMatch(/Total 3 2,50 71,25\s€/);
  });

  it("refuses another partner's contract (404), a bad month (400), other roles and strangers", async () => {
    await signInAs(otherUser);
    expect((await statementCall(getCsv, contract.id, "2026-11")).status).toBe(404);
    expect((await statementCall(getPdf, contract.id, "2026-11")).status).toBe(404);
    await signInAs(landlordUser);
    expect((await statementCall(getCsv, contract.id, "2026-13")).status).toBe(400);
    expect((await statementCall(getPdf, contract.id, "novembre")).status).toBe(400);
    expect((await statementCall(getPdf, contract.id, "1999")).status).toBe(400);
    const noPeriod = await getCsv(new Request(`${base}${routes.partner.statementCsv(contract.id, "2026-11").split("?")[0]}`), { params: Promise.resolve({ id: contract.id }) });
    expect(noPeriod.status).toBe(400);
    await signInAs(await createUser({ roles: ["STAFF"] }));
    expect((await statementCall(getCsv, contract.id, "2026-11")).status).toBe(403);
    signOut();
    expect((await statementCall(getPdf, contract.id, "2026-11")).status).toBe(401);
  });
});

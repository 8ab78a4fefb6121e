import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/signalements/route";
import { readRefusal } from "@/lib/reports/form-refusal";
import { REPORT_UPLOAD_LIMITS } from "@/lib/reports/report-upload";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, imageFile, newIdempotencyKey, useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

/** POST /api/signalements: the report forms' one upload path (streamed to disk, with limits). */

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let resident: TestUser;
let fields: () => Record<string, string>;

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  resident = await createUser();
  const territory = await createTerritory();
  const category = await createCategory();
  fields = () => ({
    categoryId: category.id,
    place: `building:${territory.building.id}`,
    description: "Des encombrants bloquent l'entrée depuis samedi.",
    visibility: "PUBLIC",
    idempotencyKey: newIdempotencyKey(),
  });
  await signInAs(resident);
});

const URL_HABITANT = "http://localhost/api/signalements?formulaire=habitant";
const SAME_ORIGIN = { origin: "http://localhost", host: "localhost" };

async function multipart(values: Record<string, string>, files: File[] = []) {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  for (const file of files) form.append("photos", file);
  // Serialised by Request itself: the boundary and length are the browser's kind.
  const probe = new Request("http://localhost", { method: "POST", body: form });
  return { body: new Uint8Array(await probe.arrayBuffer()), contentType: probe.headers.get("content-type")! };
}

function post(body: BodyInit | ReadableStream<Uint8Array>, headers: Record<string, string>, url = URL_HABITANT) {
  return POST(new Request(url, { method: "POST", body, headers: { ...SAME_ORIGIN, ...headers }, duplex: "half" } as RequestInit));
}

/** A body that counts how much of it was read. */
function countingStream(total: number, chunk = 64 * 1024) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      const size = Math.min(chunk, total - state.pulled);
      state.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(65));
    },
  });
  return { stream, state };
}

async function leftoverTempDirs() {
  return (await readdir(tmpdir())).filter((name) => name.startsWith("quartier-upload-"));
}

describe("POST /api/signalements", () => {
  it("creates the report with its photos and answers 303 to the report's page without JavaScript, leaving no temporary file", async () => {
    const before = await leftoverTempDirs();
    const { body, contentType } = await multipart(fields(), [await imageFile("hall.jpg"), await imageFile("porte.png", { format: "png" })]);
    const response = await post(body, { "content-type": contentType });
    expect(response.status).toBe(303);
    const id = /^\/espace\/signalements\/([a-z0-9]+)\?nouveau=1$/.exec(response.headers.get("location") ?? "")?.[1];
    expect(id).toBeTruthy();
    const report = await db.report.findUniqueOrThrow({ where: { id }, include: { photos: true } });
    expect(report.photos).toHaveLength(2);
    expect(await uploads.files()).toHaveLength(2);
    expect(await leftoverTempDirs()).toEqual(before);
  });

  it("answers JSON to the form's JavaScript: the redirect on success, errors next to the fields on refusal", async () => {
    const ok = await multipart(fields());
    const success = await post(ok.body, { "content-type": ok.contentType, accept: "application/json" });
    expect(success.status).toBe(200);
    expect(await success.json()).toMatchObject({ ok: true, redirectTo: expect.stringMatching(/^\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/) });

    const bad = await multipart({ ...fields(), description: "court" });
    const refusal = await post(bad.body, { "content-type": bad.contentType, accept: "application/json" });
    expect(refusal.status).toBe(422);
    const result = (await refusal.json()) as { ok: boolean; fieldErrors: Record<string, string[]> };
    expect(result.ok).toBe(false);
    expect(result.fieldErrors.description).toEqual(["Décrivez le problème en 10 caractères au moins."]);
  });

  it("without JavaScript, sends a refusal back to the form's own address, whose page shows it next to the fields", async () => {
    const bad = await multipart({ ...fields(), description: "court" });
    const referer = "http://localhost/signalements/nouveau?categorie=abc&lieu=site%3Axyz";
    const response = await post(bad.body, { "content-type": bad.contentType, referer });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!, "http://localhost");
    expect(location.pathname).toBe("/signalements/nouveau");
    expect(location.searchParams.get("categorie")).toBe("abc");
    const nonce = location.searchParams.get("refus")!;
    const cookie = /^quartier-refus=([^;]+);.*HttpOnly/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    const refusal = readRefusal(cookie, "habitant", nonce);
    expect(refusal?.fieldErrors?.description).toEqual(["Décrivez le problème en 10 caractères au moins."]);
    expect(refusal?.values?.description).toBe("court");
    // Another form, or another address, does not show it.
    expect(readRefusal(cookie, "guichet", nonce)).toBeUndefined();
    expect(readRefusal(cookie, "habitant", "autre")).toBeUndefined();
  });

  it("refuses a photo over 10 MB next to the photos field, storing nothing", async () => {
    const big = new File([new Uint8Array(REPORT_UPLOAD_LIMITS.fileBytes + 1)], "énorme.jpg", { type: "image/jpeg" });
    const { body, contentType } = await multipart(fields(), [big]);
    const before = await databaseSnapshot();
    const response = await post(body, { "content-type": contentType, accept: "application/json" });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.photos).toEqual(["La photo « énorme.jpg » dépasse 10 Mo."]);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await uploads.files()).toEqual([]);
  });

  it("refuses a sixth photo, storing nothing", async () => {
    const six = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => imageFile(`p${n}.jpg`)));
    const { body, contentType } = await multipart(fields(), six);
    const before = await databaseSnapshot();
    const response = await post(body, { "content-type": contentType, accept: "application/json" });
    expect(response.status).toBe(422);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await uploads.files()).toEqual([]);
  });

  it("refuses at once, without reading the body, a declared length over the limit", async () => {
    const { stream, state } = countingStream(REPORT_UPLOAD_LIMITS.requestBytes + 1024);
    const response = await post(stream, { "content-type": "multipart/form-data; boundary=x", "content-length": String(REPORT_UPLOAD_LIMITS.requestBytes + 1024) });
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(128 * 1024);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { stream, state } = countingStream(3 * REPORT_UPLOAD_LIMITS.requestBytes);
    const before = await leftoverTempDirs();
    const response = await post(stream, { "content-type": "multipart/form-data; boundary=x" });
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThan(REPORT_UPLOAD_LIMITS.requestBytes + 1024 * 1024);
    expect(await leftoverTempDirs()).toEqual(before);
  });

  it("refuses an anonymous caller and a caller without the permission before reading the body", async () => {
    signOut();
    let probe = countingStream(40 * 1024 * 1024);
    let response = await post(probe.stream, { "content-type": "multipart/form-data; boundary=x" });
    expect(response.status).toBe(401);
    expect(probe.state.pulled).toBeLessThanOrEqual(128 * 1024);

    await signInAs(resident);
    probe = countingStream(40 * 1024 * 1024);
    response = await post(probe.stream, { "content-type": "multipart/form-data; boundary=x" }, "http://localhost/api/signalements?formulaire=guichet");
    expect(response.status).toBe(403);
    expect(probe.state.pulled).toBeLessThanOrEqual(128 * 1024);
  });

  it("refuses a post from another site (no Origin, or another one), changing nothing", async () => {
    const { body, contentType } = await multipart(fields());
    const before = await databaseSnapshot();
    for (const origin of ["https://evil.example", ""]) {
      const response = await POST(
        new Request(URL_HABITANT, { method: "POST", body, headers: { host: "localhost", ...(origin ? { origin } : {}), "content-type": contentType } }),
      );
      expect(response.status).toBe(403);
    }
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("lets staff use the counter form, and refuses an unknown form name", async () => {
    await signInAs(await createUser({ roles: ["STAFF"] }));
    const { body, contentType } = await multipart({ ...fields(), reporterName: "Mme Martin" });
    const response = await post(body, { "content-type": contentType }, "http://localhost/api/signalements?formulaire=guichet");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/gestion\/signalements\/nouveau\?enregistre=\d+$/);
    const unknown = await post(body, { "content-type": contentType }, "http://localhost/api/signalements?formulaire=autre");
    expect(unknown.status).toBe(404);
  });
});

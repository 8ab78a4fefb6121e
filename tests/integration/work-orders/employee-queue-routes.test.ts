import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as postCompletion } from "@/app/api/interventions/[id]/fin/route";
import { POST as postPhoto } from "@/app/api/interventions/[id]/photos/route";
import { GET as getPhoto } from "@/app/api/interventions/photos/[photoId]/route";
import sharp from "sharp";
import { MAX_PHOTO_BYTES } from "@/lib/reports/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { createUser } from "../../helpers/factories";
import { createEmployee, createJob, createTeam, newKey } from "../../helpers/employee-phone";
import { imageFile, useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

/** What the phone's offline queue sends (app/api/interventions): a completion, a photo, each once. */

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let team: { id: string };
let otherTeam: { id: string };

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  team = await createTeam();
  otherTeam = await createTeam();
  const me = await createEmployee({ teamId: team.id });
  await signInAs(me.user);
});

const SAME_ORIGIN = { origin: "http://localhost", host: "localhost" };
const params = (id: string) => ({ params: Promise.resolve({ id }) });

function complete(id: string, body: unknown, headers: Record<string, string> = SAME_ORIGIN) {
  return postCompletion(
    new Request(`http://localhost/api/interventions/${id}/fin`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", accept: "application/json", ...headers } }),
    params(id),
  );
}

async function photo(id: string, fields: Record<string, string>, file?: File, headers: Record<string, string> = { ...SAME_ORIGIN, accept: "application/json" }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append("photo", file);
  const probe = new Request("http://localhost", { method: "POST", body: form });
  const body = new Uint8Array(await probe.arrayBuffer());
  return postPhoto(
    new Request(`http://localhost/api/interventions/${id}/photos`, { method: "POST", body, headers: { "content-type": probe.headers.get("content-type")!, ...headers } }),
    params(id),
  );
}

describe("a completion from the queue", () => {
  it("is applied once when sent again with the same key, and another key is refused", async () => {
    const job = await createJob({ teamId: team.id });
    const key = newKey();
    const first = await complete(job.id, { completionKey: key, note: "Fait.", minutes: 50 });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ok: true, data: { status: "DONE", replayed: false } });
    const again = await complete(job.id, { completionKey: key, note: "Fait.", minutes: 50 });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ ok: true, data: { status: "DONE", replayed: true } });
    expect(await db.workOrderEvent.count({ where: { workOrderId: job.id, toStatus: "DONE" } })).toBe(1);
    const other = await complete(job.id, { completionKey: newKey(), minutes: 50 });
    expect(other.status).toBe(409);
    expect(await db.timeEntry.findMany({ select: { minutes: true } })).toEqual([{ minutes: 50 }]);
  });

  it("refuses bad input, another team's job, a foreign page and the wrong callers, changing nothing", async () => {
    const job = await createJob({ teamId: team.id });
    const theirs = await createJob({ teamId: otherTeam.id });
    const before = await databaseSnapshot();
    expect((await complete(job.id, { completionKey: newKey(), minutes: -10 })).status).toBe(422);
    expect((await complete(job.id, { completionKey: newKey(), minutes: 24 * 60 + 1 })).status).toBe(422);
    expect((await complete(job.id, { completionKey: newKey(), minutes: 30, status: "VALIDATED" })).status).toBe(422);
    expect((await complete(job.id, "pas un objet")).status).toBe(400);
    expect((await complete(theirs.id, { completionKey: newKey(), minutes: 30 })).status).toBe(404);
    expect((await complete(job.id, { completionKey: newKey(), minutes: 30 }, { origin: "https://ailleurs.example", host: "localhost" })).status).toBe(403);
    for (const roles of [["PARTNER"], ["BOARD_MEMBER"], ["RESIDENT"], ["STAFF"]] as Role[][]) {
      await signInAs(await createUser({ roles }));
      const snapshot = await databaseSnapshot();
      expect((await complete(job.id, { completionKey: newKey(), minutes: 30 })).status).toBe(403);
      expect((await photo(job.id, { kind: "AFTER", clientKey: newKey() }, await imageFile("a.jpg"))).status).toBe(403);
      expect(await databaseSnapshot()).toEqual(snapshot);
    }
    signOut();
    expect((await complete(job.id, { completionKey: newKey(), minutes: 30 })).status).toBe(401);
    const after = await databaseSnapshot();
    // The refused callers' accounts are the only new rows.
    for (const table of ["WorkOrder", "WorkOrderEvent", "TimeEntry", "AuditLog"]) expect(after[table]).toEqual(before[table]);
  });

  it("refuses a chunked body past 16 KB with 413 while reading it, changing nothing", async () => {
    const job = await createJob({ teamId: team.id });
    const before = await databaseSnapshot();
    // JSON that would be valid, sent without a Content-Length, 1 KB at a time: never read whole.
    const json = new TextEncoder().encode(JSON.stringify({ completionKey: newKey(), minutes: 30, note: "x".repeat(64 * 1024) }));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= json.length) return controller.close();
        controller.enqueue(json.slice(sent, sent + 1024));
        sent += 1024;
      },
    });
    const request = new Request(`http://localhost/api/interventions/${job.id}/fin`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "application/json", accept: "application/json", ...SAME_ORIGIN },
    } as RequestInit & { duplex: "half" });
    expect(request.headers.get("content-length")).toBeNull();
    const response = await postCompletion(request, params(job.id));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false });
    expect(sent).toBeLessThan(json.length);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("a photo from the queue", () => {
  it("is re-encoded without metadata and stored once per client key", async () => {
    const job = await createJob({ teamId: team.id, status: "IN_PROGRESS" });
    const key = newKey();
    const file = await imageFile("avant.jpg", { width: 2400, height: 1200 });
    const first = await photo(job.id, { kind: "BEFORE", clientKey: key }, file);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { data: { photoId: string; existing: boolean } };
    expect(body.data.existing).toBe(false);
    const again = await photo(job.id, { kind: "BEFORE", clientKey: key }, file);
    expect(await again.json()).toMatchObject({ ok: true, data: { photoId: body.data.photoId, existing: true } });
    const rows = await db.workOrderPhoto.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "BEFORE", mime: "image/webp", width: 1600, height: 800, clientKey: key });
    expect(await uploads.files()).toHaveLength(1);
    const served = await getPhoto(new Request("http://localhost"), { params: Promise.resolve({ photoId: rows[0].id }) });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    // Its preview, for the job's page: 480 px on the long side, kept beside it.
    const preview = await getPhoto(new Request("http://localhost/?taille=apercu"), { params: Promise.resolve({ photoId: rows[0].id }) });
    const meta = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([480, 240]);
    expect(await uploads.files()).toHaveLength(2);
    expect((await getPhoto(new Request("http://localhost/?taille=1600"), { params: Promise.resolve({ photoId: rows[0].id }) })).status).toBe(404);
  });

  it("answers a form sent without JavaScript with a redirect to the job", async () => {
    const job = await createJob({ teamId: team.id });
    const response = await photo(job.id, { kind: "AFTER", clientKey: newKey() }, await imageFile("apres.png", { format: "png" }), SAME_ORIGIN);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/interventions/${job.id}?fait=photo`);
  });

  it("refuses what is not an image, an oversized photo and another team's job, storing nothing", async () => {
    const job = await createJob({ teamId: team.id });
    const theirs = await createJob({ teamId: otherTeam.id });
    const before = await databaseSnapshot();
    const fake = new File([new TextEncoder().encode("%PDF-1.7 pas une image")], "photo.jpg", { type: "image/jpeg" });
    const notImage = await photo(job.id, { kind: "AFTER", clientKey: newKey() }, fake);
    expect(notImage.status).toBe(422);
    expect(await notImage.json()).toMatchObject({ ok: false, fieldErrors: { photo: ["La photo « photo.jpg » n'est pas une image JPEG, PNG ou WebP."] } });
    const big = new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], "grande.jpg", { type: "image/jpeg" });
    expect((await photo(job.id, { kind: "AFTER", clientKey: newKey() }, big)).status).toBe(413);
    expect((await photo(theirs.id, { kind: "AFTER", clientKey: newKey() }, await imageFile("a.jpg"))).status).toBe(404);
    expect((await photo(job.id, { kind: "PENDANT", clientKey: newKey() }, await imageFile("a.jpg"))).status).toBe(422);
    expect((await photo(job.id, { kind: "AFTER", clientKey: newKey() })).status).toBe(422);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await uploads.files()).toEqual([]);
  });

  it("does not serve another team's photo", async () => {
    const theirs = await createJob({ teamId: otherTeam.id });
    const row = await db.workOrderPhoto.create({ data: { workOrderId: theirs.id, kind: "AFTER", storageKey: `${"a".repeat(32)}.webp`, mime: "image/webp", width: 1, height: 1, bytes: 1 } });
    expect((await getPhoto(new Request("http://localhost"), { params: Promise.resolve({ photoId: row.id }) })).status).toBe(404);
  });

  it("serves any job's photo to staff, and nobody else's: partner, resident, board, stranger", async () => {
    const theirs = await createJob({ teamId: otherTeam.id, status: "IN_PROGRESS" });
    await signInAs((await createEmployee({ teamId: otherTeam.id })).user);
    expect((await photo(theirs.id, { kind: "AFTER", clientKey: newKey() }, await imageFile("a.jpg", { width: 1200, height: 900 }))).status).toBe(200);
    const row = await db.workOrderPhoto.findFirstOrThrow({ where: { workOrderId: theirs.id } });
    const get = (query = "") => getPhoto(new Request(`http://localhost/${query}`), { params: Promise.resolve({ photoId: row.id }) });

    // Nobody but staff and the team: not the photo, nor its preview, and no preview is made for them.
    for (const roles of [["PARTNER"], ["RESIDENT"], ["BOARD_MEMBER"]] as Role[][]) {
      await signInAs(await createUser({ roles }));
      expect((await get()).status).toBe(404);
      expect((await get("?taille=apercu")).status).toBe(404);
    }
    signOut();
    expect((await get()).status).toBe(404);
    expect((await get("?taille=apercu")).status).toBe(404);
    expect(await uploads.files()).toHaveLength(1);

    await signInAs(await createUser({ roles: ["STAFF"] }));
    const served = await get();
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("private, max-age=300");
    const preview = await get("?taille=apercu");
    expect(preview.status).toBe(200);
    expect(preview.headers.get("cache-control")).toBe("private, max-age=300");
    const meta = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([480, 360]);
    expect(await uploads.files()).toHaveLength(2);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import { db } from "@/lib/db";
import { createReportAction } from "@/lib/reports/report-submissions";
import { GET as getPhoto } from "@/app/api/photos/[id]/route";
import { deleteObjects, getObject, previewKeyOf } from "@/lib/storage/file-storage";
import { callAction, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { createTerritory, createUser, type TestUser } from "../../helpers/factories";
import {
  createCategory,
  hasGpsPointer,
  imageBuffer,
  imageFile,
  jpegWithGps,
  newIdempotencyKey,
  redirectPathOf,
  useTemporaryUploadDir,
} from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let resident: TestUser;
let fields: (photos: File[], overrides?: Fields) => Fields;

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  resident = await createUser();
  const territory = await createTerritory();
  const category = await createCategory();
  fields = (photos, overrides = {}) => ({
    categoryId: category.id,
    place: `building:${territory.building.id}`,
    description: "Des encombrants bloquent l'entrée depuis samedi.",
    visibility: "PUBLIC",
    idempotencyKey: newIdempotencyKey(),
    photos,
    ...overrides,
  });
  await signInAs(resident);
});

async function submit(photos: File[], overrides: Fields = {}) {
  const path = await redirectPathOf(callAction(createReportAction, fields(photos, overrides)));
  const id = /^\/espace\/signalements\/([a-z0-9]+)\?nouveau=1$/.exec(path)?.[1];
  if (!id) throw new Error(`Unexpected redirect ${path}`);
  return db.report.findUniqueOrThrow({ where: { id }, include: { photos: { orderBy: { createdAt: "asc" } } } });
}

/** A refused submission: the French message next to the photos field, and nothing stored. */
async function expectPhotosRefused(photos: File[], message: string) {
  const before = await databaseSnapshot();
  const result = await expectRefused(callAction(createReportAction, fields(photos)));
  expect(result.fieldErrors?.photos).toEqual([message]);
  expect(await databaseSnapshot()).toEqual(before);
  expect(await uploads.files()).toEqual([]);
}

describe("photos of a new report", () => {
  it("stores JPEG, PNG and WebP photos re-encoded as WebP under random names, with their rows", async () => {
    const report = await submit([
      await imageFile("hall.jpg"),
      await imageFile("escalier.png", { format: "png" }),
      await imageFile("porte.webp", { format: "webp" }),
    ]);

    expect(report.photoCount).toBe(3);
    expect(report.photos).toHaveLength(3);
    for (const photo of report.photos) {
      expect(photo).toMatchObject({ mime: "image/webp", width: 64, height: 48, approvedForPublic: false, uploadedById: resident.id });
      expect(photo.storageKey).toMatch(/^[a-f0-9]{32}\.webp$/);
      const stored = await getObject(photo.storageKey);
      expect(stored?.length).toBe(photo.bytes);
      expect((await sharp(stored!).metadata()).format).toBe("webp");
    }
    expect((await uploads.files()).sort()).toEqual(report.photos.map((p) => p.storageKey).sort());
  });

  it("checks the content, not the name: a JPEG named .png is accepted", async () => {
    const report = await submit([new File([new Uint8Array(await imageBuffer({ format: "jpeg" }))], "photo.png", { type: "image/png" })]);
    expect(report.photos).toHaveLength(1);
  });

  it("removes EXIF entirely (GPS position, camera) and applies the orientation", async () => {
    const original = await jpegWithGps();
    const originalMeta = await sharp(original).metadata();
    expect(hasGpsPointer(originalMeta.exif)).toBe(true);
    expect(originalMeta.orientation).toBe(6);

    const report = await submit([new File([new Uint8Array(original)], "telephone.jpg", { type: "image/jpeg" })]);

    const stored = (await getObject(report.photos[0].storageKey))!;
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(stored.includes(Buffer.from("TéléphoneTest"))).toBe(false);
    // 80×40 turned a quarter by its EXIF orientation.
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 40, height: 80 });
    expect(report.photos[0]).toMatchObject({ width: 40, height: 80 });
  });

  it("resizes a large photo to 1600 px on its longest side", async () => {
    const report = await submit([await imageFile("grand.jpg", { width: 3200, height: 1000 })]);
    expect(report.photos[0]).toMatchObject({ width: 1600, height: 500 });
  });

  it("refuses a text file renamed .jpg, storing nothing", async () => {
    await expectPhotosRefused(
      [new File(["Ceci n'est pas une image."], "photo.jpg", { type: "image/jpeg" })],
      "La photo « photo.jpg » n'est pas une image JPEG, PNG ou WebP.",
    );
  });

  it("refuses an SVG image, storing nothing", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>`;
    await expectPhotosRefused([new File([svg], "dessin.svg", { type: "image/svg+xml" })], "La photo « dessin.svg » n'est pas une image JPEG, PNG ou WebP.");
  });

  it("refuses a GIF, storing nothing", async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).gif().toBuffer();
    await expectPhotosRefused([new File([new Uint8Array(gif)], "anim.gif", { type: "image/gif" })], "La photo « anim.gif » n'est pas une image JPEG, PNG ou WebP.");
  });

  it("refuses a truncated JPEG, storing nothing", async () => {
    const jpeg = await imageBuffer({ width: 400, height: 300 });
    await expectPhotosRefused(
      [new File([new Uint8Array(jpeg.subarray(0, 200))], "coupee.jpg", { type: "image/jpeg" })],
      "La photo « coupee.jpg » est illisible ou trop grande (50 mégapixels au maximum).",
    );
  });

  it("refuses a photo over 10 MB, storing nothing", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    await expectPhotosRefused([new File([big], "enorme.jpg", { type: "image/jpeg" })], "La photo « enorme.jpg » dépasse 10 Mo.");
  });

  it("refuses 6 photos, storing nothing", async () => {
    const six = await Promise.all(Array.from({ length: 6 }, (_, i) => imageFile(`photo-${i}.jpg`)));
    await expectPhotosRefused(six, "5 photos au maximum.");
  });

  it("accepts 5 photos", async () => {
    const five = await Promise.all(Array.from({ length: 5 }, (_, i) => imageFile(`photo-${i}.jpg`)));
    expect((await submit(five)).photos).toHaveLength(5);
  });

  it("refuses the whole submission when one photo of several is bad, storing none of them", async () => {
    await expectPhotosRefused(
      [await imageFile("bonne.jpg"), new File(["%PDF-1.4"], "facture.jpg", { type: "image/jpeg" })],
      "La photo « facture.jpg » n'est pas une image JPEG, PNG ou WebP.",
    );
  });

  it("removes the files already written when the transaction fails", async () => {
    const before = await databaseSnapshot();
    const spy = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("database went away"));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const result = await expectRefused(callAction(createReportAction, fields([await imageFile("a.jpg"), await imageFile("b.png", { format: "png" })])));
      expect(result.formError).toBe("Une erreur inattendue est survenue. Réessayez dans un instant.");
    } finally {
      spy.mockRestore();
      quiet.mockRestore();
    }
    expect(await uploads.files()).toEqual([]);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("GET /api/photos/[id]", () => {
  async function fetchPhoto(id: string, query = "") {
    return getPhoto(new Request(`http://localhost/api/photos/${id}${query}`), { params: Promise.resolve({ id }) });
  }

  async function reportWithPhoto(visibility: "PUBLIC" | "PRIVATE", description?: string) {
    const report = await submit([await imageFile("hall.jpg")], { visibility, ...(description ? { description } : {}) });
    return report.photos[0];
  }

  it("serves the author's photo with its type, nosniff and a private cache", async () => {
    const photo = await reportWithPhoto("PRIVATE");
    const response = await fetchPhoto(photo.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    expect(Buffer.from(await response.arrayBuffer()).length).toBe(photo.bytes);
  });

  it("serves any photo to staff", async () => {
    const photo = await reportWithPhoto("PRIVATE");
    await signInAs(await createUser({ roles: ["STAFF"] }));
    expect((await fetchPhoto(photo.id)).status).toBe(200);
  });

  it("hides a private report's photo from another resident, a partner and an anonymous visitor", async () => {
    const photo = await reportWithPhoto("PRIVATE");
    for (const roles of [["RESIDENT"], ["PARTNER"]] as const) {
      await signInAs(await createUser({ roles: [...roles] }));
      const response = await fetchPhoto(photo.id);
      expect(response.status).toBe(404);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
    signOut();
    expect((await fetchPhoto(photo.id)).status).toBe(404);
  });

  it("gives a landlord owning the site no more than a visitor, and the partner the report is routed to every photo", async () => {
    const photo = await reportWithPhoto("PRIVATE");
    const report = await db.report.findUniqueOrThrow({ where: { id: photo.reportId }, select: { siteId: true } });
    const landlord = await createUser({ roles: ["PARTNER"] });
    await db.site.update({ where: { id: report.siteId! }, data: { ownerPartnerId: landlord.partnerId } });
    await signInAs(landlord);
    expect((await fetchPhoto(photo.id)).status).toBe(404);

    await db.report.update({ where: { id: photo.reportId }, data: { partnerId: landlord.partnerId, status: "ROUTED" } });
    expect((await fetchPhoto(photo.id)).status).toBe(200);
  });

  it("shows a public report's photo to everyone only once approved", async () => {
    const photo = await reportWithPhoto("PUBLIC");
    signOut();
    expect((await fetchPhoto(photo.id)).status).toBe(404);

    await db.reportPhoto.update({ where: { id: photo.id }, data: { approvedForPublic: true } });
    expect((await fetchPhoto(photo.id)).status).toBe(200);
  });

  it("hides an approved photo of a rejected or duplicate report from visitors, as the public pages do, but not from its author", async () => {
    for (const status of ["REJECTED", "DUPLICATE"] as const) {
      await signInAs(resident);
      const photo = await reportWithPhoto("PUBLIC", `Un problème de test, signalement ${status}.`);
      await db.reportPhoto.update({ where: { id: photo.id }, data: { approvedForPublic: true } });
      await db.report.update({ where: { id: photo.reportId }, data: { status } });
      signOut();
      expect((await fetchPhoto(photo.id)).status, status).toBe(404);
      await signInAs(await createUser());
      expect((await fetchPhoto(photo.id)).status, status).toBe(404);
      await signInAs(resident);
      expect((await fetchPhoto(photo.id)).status, status).toBe(200);
    }
  });

  it("serves a preview at most 480 px, made once from the photo and kept beside it, deleted with it", async () => {
    const report = await submit([await imageFile("facade.jpg", { width: 2000, height: 1500 })], { visibility: "PRIVATE" });
    const [photo] = report.photos;
    expect(await uploads.files()).toEqual([photo.storageKey]);

    const first = await fetchPhoto(photo.id, "?taille=apercu");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/webp");
    expect(first.headers.get("cache-control")).toMatch(/^private/);
    const bytes = Buffer.from(await first.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 480, 360]);
    expect(bytes.length).toBeLessThan(photo.bytes);
    expect(await uploads.files()).toEqual([photo.storageKey, previewKeyOf(photo.storageKey)].sort());

    // The second reader gets the kept preview, not a new one.
    expect(Buffer.from(await (await fetchPhoto(photo.id, "?taille=apercu")).arrayBuffer())).toEqual(bytes);
    expect(await getObject(previewKeyOf(photo.storageKey))).toEqual(bytes);
    // The photo itself is unchanged.
    expect((await sharp(Buffer.from(await (await fetchPhoto(photo.id)).arrayBuffer())).metadata()).width).toBe(1600);

    await deleteObjects([photo.storageKey]);
    expect(await uploads.files()).toEqual([]);
  });

  it("keeps a small photo's size in its preview", async () => {
    const [photo] = (await submit([await imageFile("petite.jpg", { width: 320, height: 240 })])).photos;
    const meta = await sharp(Buffer.from(await (await fetchPhoto(photo.id, "?taille=apercu")).arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([320, 240]);
  });

  it("hides the preview from whoever may not see the photo, and makes none for them", async () => {
    const photo = await reportWithPhoto("PRIVATE");
    signOut();
    expect((await fetchPhoto(photo.id, "?taille=apercu")).status).toBe(404);
    await signInAs(await createUser());
    expect((await fetchPhoto(photo.id, "?taille=apercu")).status).toBe(404);
    expect(await uploads.files()).toEqual([photo.storageKey]);
  });

  it("answers 404 for a size it does not make, making nothing", async () => {
    const photo = await reportWithPhoto("PRIVATE");
    for (const query of ["?taille=grande", "?taille=", "?taille=apercu&taille=apercu", "?taille=APERCU"]) {
      expect((await fetchPhoto(photo.id, query)).status, query).toBe(404);
    }
    expect(await uploads.files()).toEqual([photo.storageKey]);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expect((await fetchPhoto("cm0000000000000000000000")).status).toBe(404);
    expect((await fetchPhoto("../../etc/passwd")).status).toBe(404);
  });
});

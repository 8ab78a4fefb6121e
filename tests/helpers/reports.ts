import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { db } from "@/lib/db";
import type { ReportStatus, ReportVisibility } from "@/lib/generated/prisma/enums";

/** Report fixtures: categories, reports in any state, and test images built with sharp. */

let sequence = 0;

export async function createCategory(options: { isDanger?: boolean; active?: boolean } = {}) {
  const n = ++sequence;
  return db.reportCategory.create({
    data: { name: `Catégorie ${n}`, slug: `categorie-${n}`, guidance: "Aide de test.", isDanger: options.isDanger ?? false, active: options.active ?? true },
    select: { id: true, name: true },
  });
}

/** A report row written directly (not through the service), in the state a test needs. */
export async function createReportRow(options: {
  authorId: string | null;
  enteredById?: string;
  categoryId: string;
  siteId: string;
  buildingId?: string | null;
  areaId?: string | null;
  status?: ReportStatus;
  visibility?: ReportVisibility;
  resolvedAt?: Date | null;
  description?: string;
}) {
  const enteredById = options.enteredById ?? options.authorId;
  if (!enteredById) throw new Error("createReportRow needs authorId or enteredById");
  return db.report.create({
    data: {
      authorId: options.authorId,
      enteredById,
      categoryId: options.categoryId,
      siteId: options.siteId,
      buildingId: options.buildingId ?? null,
      areaId: options.areaId ?? null,
      status: options.status ?? "NEW",
      visibility: options.visibility ?? "PUBLIC",
      resolvedAt: options.resolvedAt ?? (options.status === "RESOLVED" ? new Date() : null),
      description: options.description ?? "Un problème de test dans les parties communes.",
      events: { create: { kind: "CREATED", toStatus: "NEW", actorId: enteredById } },
    },
    select: { id: true, number: true, version: true },
  });
}

export const newIdempotencyKey = () => randomUUID();

/** A fresh upload folder for this test file; returns a function listing the files in it. */
export async function useTemporaryUploadDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "quartier-uploads-"));
  process.env.UPLOAD_DIR = dir;
  return {
    dir,
    /** Every file stored so far (the folder itself appears with the first one). */
    async files(): Promise<string[]> {
      const entries = (await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return [];
        throw error;
      })) as { isFile(): boolean; name: string }[];
      return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
    },
    async clear() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

type ImageOptions = { width?: number; height?: number; format?: "jpeg" | "png" | "webp" };

export async function imageBuffer({ width = 64, height = 48, format = "jpeg" }: ImageOptions = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#3a7" } }).toFormat(format).toBuffer();
}

export async function imageFile(name: string, options: ImageOptions = {}): Promise<File> {
  const format = options.format ?? "jpeg";
  return new File([new Uint8Array(await imageBuffer(options))], name, { type: `image/${format}` });
}

/** A JPEG from a phone: camera make, GPS position and "rotate 90°" orientation in its EXIF. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 80, height: 40, channels: 3, background: "#c33" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "TéléphoneTest", Model: "Modèle GPS" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1", GPSLongitudeRef: "E", GPSLongitude: "2/1 21/1 7/1" },
    })
    .toBuffer();
}

/** Whether a TIFF/EXIF block holds a GPS IFD pointer (tag 0x8825, either byte order). */
export function hasGpsPointer(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

/** Where the call redirected to (it must redirect). */
export async function redirectPathOf(promise: Promise<unknown>): Promise<string> {
  let returned: unknown;
  try {
    returned = await promise;
  } catch (error) {
    if (isRedirectError(error)) return getURLFromRedirectError(error);
    throw error;
  }
  throw new Error(`Expected a redirect, the call returned ${JSON.stringify(returned)}`);
}

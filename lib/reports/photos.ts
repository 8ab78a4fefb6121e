import "server-only";
import sharp from "sharp";
import { ValidationError } from "@/lib/core/errors";
import { deleteObjects, newStorageKey, putObject } from "@/lib/storage/file-storage";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "@/lib/reports/schemas";

/** Longest side after re-encoding. */
export const MAX_PHOTO_SIDE = 1600;
/** Refuses decompression bombs before decoding them (a 10 MB PNG can claim 1 billion pixels). */
const MAX_INPUT_PIXELS = 50_000_000;

export type PreparedPhoto = { data: Buffer; mime: "image/webp"; width: number; height: number; bytes: number };
export type StoredPhoto = Omit<PreparedPhoto, "data"> & { storageKey: string };

type Detected = "jpeg" | "png" | "webp";

/** The format the bytes say, whatever the file's name or declared type. */
export function sniffImageType(bytes: Uint8Array): Detected | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return "png";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  return null;
}

const photoError = (name: string, why: string) => `La photo « ${name || "sans nom"} » ${why}`;

function refuse(message: string): never {
  throw new ValidationError(message, { photos: [message] });
}

/**
 * Checks and re-encodes every photo, in memory, before anything is stored: one refused photo
 * refuses the whole submission and nothing is written. The output is WebP, rotated by its EXIF
 * orientation, at most MAX_PHOTO_SIDE px, with no metadata at all (sharp drops EXIF, GPS, XMP and
 * ICC unless asked to keep them).
 */
export async function preparePhotos(files: readonly File[]): Promise<PreparedPhoto[]> {
  if (files.length > MAX_PHOTOS) refuse(`${MAX_PHOTOS} photos au maximum.`);
  const prepared: PreparedPhoto[] = [];
  for (const file of files) {
    if (file.size > MAX_PHOTO_BYTES) refuse(photoError(file.name, "dépasse 10 Mo."));
    const input = Buffer.from(await file.arrayBuffer());
    const sniffed = sniffImageType(input);
    if (!sniffed) refuse(photoError(file.name, "n'est pas une image JPEG, PNG ou WebP."));
    try {
      const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
      const metadata = await image.metadata();
      if (metadata.format !== sniffed) refuse(photoError(file.name, "n'est pas une image JPEG, PNG ou WebP."));
      const { data, info } = await image
        .rotate()
        .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: "inside", withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      prepared.push({ data, mime: "image/webp", width: info.width, height: info.height, bytes: data.length });
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      refuse(photoError(file.name, "est illisible ou trop grande (50 mégapixels au maximum)."));
    }
  }
  return prepared;
}

/** Writes prepared photos to storage; if one write fails, removes those already written. */
export async function storePhotos(photos: readonly PreparedPhoto[]): Promise<StoredPhoto[]> {
  const stored: StoredPhoto[] = [];
  try {
    for (const { data, ...meta } of photos) {
      const storageKey = newStorageKey("webp");
      await putObject(storageKey, data);
      stored.push({ ...meta, storageKey });
    }
  } catch (error) {
    await deleteObjects(stored.map((p) => p.storageKey));
    throw error;
  }
  return stored;
}

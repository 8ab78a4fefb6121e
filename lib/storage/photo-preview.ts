import "server-only";
import sharp from "sharp";
import { getObject, previewKeyOf, putObject } from "@/lib/storage/file-storage";
import { PHOTO_PREVIEW, PHOTO_SIZE_PARAM } from "@/lib/storage/photo-size";

/**
 * A photo's preview: at most PREVIEW_SIDE px on its longest side, WebP, made from the stored photo
 * the first time it is asked for and kept beside it (deleteObject removes both). Only a photo
 * route calls this, after checking that the reader may see the photo, so an anonymous visitor can
 * make at most one preview per approved photo.
 */
export const PREVIEW_SIDE = 480;

export type PhotoSize = "full" | "preview";

/** The size a photo route is asked for: no `taille`, the photo; `taille=apercu`, its preview; anything else, null. */
export function askedPhotoSize(request: Request): PhotoSize | null {
  const asked = new URL(request.url).searchParams.getAll(PHOTO_SIZE_PARAM);
  if (asked.length === 0) return "full";
  return asked.length === 1 && asked[0] === PHOTO_PREVIEW ? "preview" : null;
}

/** The photo's bytes and type at the size asked, or null if its file is missing. */
export async function readPhoto(photo: { storageKey: string; mime: string }, size: PhotoSize): Promise<{ data: Buffer; type: string } | null> {
  if (size === "full") {
    const data = await getObject(photo.storageKey);
    return data && { data, type: photo.mime };
  }
  const key = previewKeyOf(photo.storageKey);
  const kept = await getObject(key);
  if (kept) return { data: kept, type: "image/webp" };
  const original = await getObject(photo.storageKey);
  if (!original) return null;
  const preview = await sharp(original)
    .resize({ width: PREVIEW_SIDE, height: PREVIEW_SIDE, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
  try {
    await putObject(key, preview);
  } catch (error) {
    // Two first readers at once: the other one kept the same preview.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return { data: preview, type: "image/webp" };
}

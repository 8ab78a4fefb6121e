import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A small object store on the local disk: put/get/delete by a random key. The folder is
 * UPLOAD_DIR, or .data/uploads under the working directory. Keys are generated here, never taken
 * from a request, and checked against KEY_PATTERN before touching the disk. (The
 * turbopackIgnore comments keep the build from tracing the whole project for these dynamic paths.)
 */
const KEY_PATTERN = /^[a-f0-9]{32}(\.(webp|jpg|pdf)|-apercu\.webp)$/;

export function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "uploads"));
}

function fileFor(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
  // Two-letter fan-out keeps folders small.
  return path.join(/*turbopackIgnore: true*/ uploadDir(), key.slice(0, 2), key);
}

export function newStorageKey(extension: "webp" | "jpg" | "pdf"): string {
  return `${randomBytes(16).toString("hex")}.${extension}`;
}

export async function putObject(key: string, data: Buffer): Promise<void> {
  const file = fileFor(key);
  await mkdir(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  // "wx": never overwrite an existing object.
  await writeFile(/*turbopackIgnore: true*/ file, data, { flag: "wx" });
}

/** The object's bytes, or null if it does not exist. */
export async function getObject(key: string): Promise<Buffer | null> {
  try {
    return await readFile(/*turbopackIgnore: true*/ fileFor(key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The key of an image's preview (lib/storage/photo-preview.ts), beside the image's own. */
export function previewKeyOf(key: string): string {
  return `${key.slice(0, 32)}-apercu.webp`;
}

const isPreviewKey = (key: string) => previewKeyOf(key) === key;

/** Removes the object and, for a photo, the preview made from it: a deleted photo leaves nothing. */
export async function deleteObject(key: string): Promise<void> {
  await rm(/*turbopackIgnore: true*/ fileFor(key), { force: true });
  // Only photos get previews (PDFs never do), and a preview has none of its own.
  if (!key.endsWith(".pdf") && !isPreviewKey(key)) await rm(/*turbopackIgnore: true*/ fileFor(previewKeyOf(key)), { force: true });
}

/** Best-effort clean-up after a failed write; logs what it could not remove. */
export async function deleteObjects(keys: readonly string[]): Promise<void> {
  const results = await Promise.allSettled(keys.map((key) => deleteObject(key)));
  for (const [index, result] of results.entries()) {
    if (result.status === "rejected") console.error(`[storage] could not delete ${keys[index]}`, result.reason);
  }
}

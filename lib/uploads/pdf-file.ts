import { z } from "zod";
import { ValidationError } from "@/lib/core/errors";

/**
 * The PDF documents attached to a record (a contract's signed copy, a meeting's accounts): one
 * size limit and one content check, so both kinds behave alike. The form post that carries them
 * is lib/uploads/pdf-document-upload.ts.
 */
export const MAX_PDF_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const PDF_DOCUMENT_TOO_LARGE = `Le fichier dépasse ${MAX_PDF_DOCUMENT_BYTES / 1024 / 1024} Mo : enregistrez-le en qualité plus légère ou découpez-le.`;

const PDF_MAGIC = Buffer.from("%PDF-", "latin1");

/** Whether bytes are a PDF: the content says so, not the name or the type the browser sent. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= PDF_MAGIC.length && PDF_MAGIC.equals(bytes.subarray(0, PDF_MAGIC.length));
}

/** The bytes of an uploaded PDF document, or a refusal on the "file" field (too large, not a PDF). */
export async function readPdfDocument(file: File, notAPdf: string): Promise<Buffer> {
  if (file.size > MAX_PDF_DOCUMENT_BYTES) throw new ValidationError(PDF_DOCUMENT_TOO_LARGE, { file: [PDF_DOCUMENT_TOO_LARGE] });
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!isPdf(bytes)) throw new ValidationError(notAPdf, { file: [notAPdf] });
  return bytes;
}

export const DOCUMENT_TITLE_MAX = 200;

/** A document's title as typed: required (`missing` says what to write), one length limit. */
export function documentTitleSchema(missing: string) {
  return z.string({ error: missing }).trim().min(1, missing).max(DOCUMENT_TITLE_MAX, `${DOCUMENT_TITLE_MAX} caractères au plus.`);
}

/** An upload form's file: one, non-empty, at most MAX_PDF_DOCUMENT_BYTES (its content is checked by the command). */
export function pdfFileSchema(missing: string) {
  return z.preprocess(
    // A form sent without a file carries an empty part with no name: that is "no file".
    (value) => (value instanceof File && value.size === 0 && (!value.name || value.name === "undefined") ? undefined : value),
    z.instanceof(File, { error: missing }).refine((file) => file.size <= MAX_PDF_DOCUMENT_BYTES, PDF_DOCUMENT_TOO_LARGE),
  );
}

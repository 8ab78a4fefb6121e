import "server-only";
import { openAsBlob } from "node:fs";
import { MalformedBodyError, readMultipart, RequestTooLargeError, type UploadLimits } from "@/lib/uploads/multipart";

/** What a multipart form sent, its files as Files read from their temporary copy on disk. */
export type Upload = {
  fields: [string, string][];
  files: { field: string; file: File }[];
};

/**
 * Why a body was refused before the route looked at it. The limits are reported together, not
 * one at a time: each route says which one it names first, in its own words and status.
 */
export type UploadProblem =
  | { kind: "body-too-large" }
  | { kind: "malformed" }
  | { kind: "over-limits"; tooManyFields: boolean; tooManyFiles: boolean; tooLargeFiles: string[] };

export type UploadHandlers<R> = {
  /** The route's answer to a refused body. */
  refuse: (problem: UploadProblem) => R;
  /** The route's work on what was sent; the temporary files are deleted once it has settled. */
  accept: (upload: Upload) => Promise<R>;
};

/**
 * The upload routes' one way to read a body: streamed to disk within `limits` (readMultipart),
 * a refusal handed to `refuse`, else the fields and files handed to `accept`; the temporary files
 * are deleted whatever happens. The checks that cost nothing (origin, session, declared size) are
 * the route's, before it calls this.
 */
export async function readUpload<R>(request: Request, limits: UploadLimits, { refuse, accept }: UploadHandlers<R>): Promise<R> {
  let body;
  try {
    body = await readMultipart(request, limits);
  } catch (error) {
    if (error instanceof RequestTooLargeError) return refuse({ kind: "body-too-large" });
    if (error instanceof MalformedBodyError) return refuse({ kind: "malformed" });
    throw error;
  }
  try {
    if (body.tooManyFields || body.tooManyFiles || body.tooLarge.length) {
      return refuse({ kind: "over-limits", tooManyFields: body.tooManyFields, tooManyFiles: body.tooManyFiles, tooLargeFiles: body.tooLarge });
    }
    const files = await Promise.all(
      // A File backed by the temporary file: read from disk only when the domain reads it.
      body.files.map(async ({ field, name, type, path }) => ({ field, file: new File([await openAsBlob(path, { type })], name, { type }) })),
    );
    return await accept({ fields: body.fields, files });
  } finally {
    await body.cleanup();
  }
}

/** The upload as FormData, fields then files in the order sent: what a server action reads. */
export function uploadFormData({ fields, files }: Upload): FormData {
  const formData = new FormData();
  for (const [name, value] of fields) formData.append(name, value);
  for (const { field, file } of files) formData.append(field, file);
  return formData;
}

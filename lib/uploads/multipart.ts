import "server-only";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";

export type UploadLimits = {
  /** Bytes of one file; a longer file is cut there and reported, the rest of it is discarded. */
  fileBytes: number;
  /** Files in one request; more are reported and discarded. */
  files: number;
  /** Bytes of the whole body: past this, reading stops and the request is refused. */
  requestBytes: number;
  fields: number;
  fieldBytes: number;
};

export type UploadedFile = { field: string; name: string; type: string; path: string; bytes: number };

export type MultipartBody = {
  fields: [string, string][];
  files: UploadedFile[];
  /** Files cut at `fileBytes` (their names), and whether files or fields were dropped past the counts. */
  tooLarge: string[];
  tooManyFiles: boolean;
  tooManyFields: boolean;
  /** Removes every temporary file: call it in a `finally`. */
  cleanup: () => Promise<void>;
};

/** The body is over `requestBytes` (declared or counted): refuse with 413. */
export class RequestTooLargeError extends Error {}
/** Not a multipart body busboy can read. */
export class MalformedBodyError extends Error {}

/** The body's declared length, or null when it is sent chunked (or the header is junk). */
function declaredLength(request: Request): number | null {
  const value = request.headers.get("content-length");
  return value && /^[0-9]{1,15}$/.test(value) ? Number(value) : null;
}

/** Whether the body says it is longer than `maxBytes`: refused before reading any of it. */
export function declaresMoreThan(request: Request, maxBytes: number): boolean {
  const length = declaredLength(request);
  return length !== null && length > maxBytes;
}

/**
 * Streams a multipart/form-data body to temporary files, one folder per request, never holding a
 * file in memory. Limits are enforced while reading: a declared length over `requestBytes` is
 * refused before reading anything, and a chunked body is cut as soon as it passes it. Field values
 * stay small (`fieldBytes`). The caller deletes the files with `cleanup()` whatever happens; on a
 * refusal here they are deleted before the error is thrown.
 */
export async function readMultipart(request: Request, limits: UploadLimits): Promise<MultipartBody> {
  if (declaresMoreThan(request, limits.requestBytes)) throw new RequestTooLargeError();
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data;/i.test(contentType)) throw new MalformedBodyError();

  const dir = await mkdtemp(path.join(tmpdir(), "quartier-upload-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const body: MultipartBody = { fields: [], files: [], tooLarge: [], tooManyFiles: false, tooManyFields: false, cleanup };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { fileSize: limits.fileBytes, files: limits.files, fields: limits.fields, fieldSize: limits.fieldBytes, parts: limits.files + limits.fields },
      defParamCharset: "utf8",
    });
  } catch {
    await cleanup();
    throw new MalformedBodyError();
  }

  const writes: Promise<void>[] = [];
  parser.on("field", (name, value, info) => {
    if (info.valueTruncated) body.tooManyFields = true;
    else body.fields.push([name, value]);
  });
  parser.on("file", (field, stream, info) => {
    // An empty file input still sends a part with no name and no bytes: nothing to keep.
    const name = info.filename;
    if (!name) {
      stream.resume();
      return;
    }
    const file: UploadedFile = { field, name, type: info.mimeType, path: path.join(dir, String(body.files.length)), bytes: 0 };
    body.files.push(file);
    stream.on("data", (chunk: Buffer) => {
      file.bytes += chunk.length;
    });
    stream.on("limit", () => body.tooLarge.push(name));
    writes.push(pipeline(stream, createWriteStream(file.path)));
  });
  parser.on("filesLimit", () => {
    body.tooManyFiles = true;
  });
  parser.on("fieldsLimit", () => {
    body.tooManyFields = true;
  });
  parser.on("partsLimit", () => {
    body.tooManyFields = true;
  });

  // Counts what actually arrives: a chunked body (or a lying Content-Length) is cut at the limit.
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > limits.requestBytes) done(new RequestTooLargeError());
      else done(null, chunk);
    },
  });

  try {
    await pipeline(Readable.fromWeb(request.body as unknown as WebReadableStream<Uint8Array>), counter, parser);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    await cleanup();
    if (error instanceof RequestTooLargeError) throw error;
    throw new MalformedBodyError(String(error));
  }
  return body;
}

/**
 * A small text body (JSON from a script), read as it arrives: over `maxBytes`, declared or counted
 * (a chunked body sends no length, a lying one too short a length), reading stops, the stream is
 * cancelled and RequestTooLargeError is thrown, so a sender cannot make us hold more than that.
 */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  if (declaresMoreThan(request, maxBytes)) throw new RequestTooLargeError();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new RequestTooLargeError();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

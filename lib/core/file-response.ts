/**
 * A file as a route handler's answer, with the headers every file of the portal needs: its type,
 * never sniffed, sandboxed if a browser opens it, never in a shared cache. A file shown in the page
 * (a photo) may stay five minutes in the browser's own cache; a download is never kept.
 */

export type FileAnswer = {
  /** The Content-Type, e.g. "image/jpeg", "text/csv; charset=utf-8". */
  type: string;
  /** A download's name; none: shown inline. */
  download?: string;
};

/**
 * Download names are plain ASCII made by their callers (documentFileName, statementFileName, a
 * day's date): a name that is not is a bug, refused here rather than written into a header.
 */
const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/;

export function fileResponse(body: Uint8Array | string | ReadableStream<Uint8Array>, file: FileAnswer): Response {
  if (file.download !== undefined && !SAFE_FILE_NAME.test(file.download)) throw new Error(`unsafe download name: ${file.download}`);
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Content-Disposition": file.download === undefined ? "inline" : `attachment; filename="${file.download}"`,
    "Cache-Control": file.download === undefined ? "private, max-age=300" : "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (typeof body === "string") headers["Content-Length"] = String(Buffer.byteLength(body));
  else if (body instanceof Uint8Array) headers["Content-Length"] = String(body.byteLength);
  // A Buffer is a Uint8Array over a shared pool: copied into its own so that only its bytes go out.
  return new Response(body instanceof Uint8Array ? new Uint8Array(body) : body, { headers });
}

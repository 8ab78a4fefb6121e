import { describe, expect, it } from "vitest";
import { fileResponse } from "@/lib/core/file-response";

describe("a file as an answer", () => {
  it("shows a photo inline, kept five minutes by the browser only, never sniffed, sandboxed", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    const response = fileResponse(bytes, { type: "image/jpeg" });
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "image/jpeg",
      "content-length": "4",
      "content-disposition": "inline",
      "cache-control": "private, max-age=300",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(bytes));
  });

  it("sends a download as an attachment, never kept, its length counted in bytes", async () => {
    const response = fileResponse("Relevé;é\r\n", { type: "text/csv; charset=utf-8", download: "releve-M2026-014-2026.csv" });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="releve-M2026-014-2026.csv"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-length")).toBe("12");
    expect(await response.text()).toBe("Relevé;é\r\n");
  });

  it("streams without a length, and refuses a name that could break the header or name a path", () => {
    const stream = new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    expect(fileResponse(stream, { type: "text/csv", download: "signalements-2026-12-02.csv" }).headers.get("content-length")).toBeNull();
    for (const name of ['a".csv', "../etc/passwd", "relevé.pdf", "", ".hidden", "a\r\nSet-Cookie: x"]) {
      expect(() => fileResponse("x", { type: "text/plain", download: name })).toThrow(/unsafe download name/);
    }
  });
});

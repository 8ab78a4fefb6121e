import { describe, expect, it } from "vitest";
import { readLimitedText, RequestTooLargeError } from "@/lib/uploads/multipart";

/** A body sent chunked (no Content-Length), one chunk at a time; `pulled` counts what was asked for. */
function chunked(chunks: string[]) {
  const state = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks.length) controller.close();
      else controller.enqueue(encoder.encode(chunks[state.pulled++]));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  const request = new Request("http://localhost/", { method: "POST", body, duplex: "half" } as RequestInit & { duplex: "half" });
  return { request, state };
}

describe("readLimitedText", () => {
  it("reads a body within the limit, chunked or not", async () => {
    expect(await readLimitedText(chunked(["{\"a\":", "\"é\"}"]).request, 16)).toBe('{"a":"é"}');
    expect(await readLimitedText(new Request("http://localhost/", { method: "POST", body: "x".repeat(16) }), 16)).toBe("x".repeat(16));
    expect(await readLimitedText(new Request("http://localhost/", { method: "POST" }), 16)).toBe("");
  });

  it("refuses a declared length over the limit before reading", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "x".repeat(17), headers: { "content-length": "17" } });
    await expect(readLimitedText(request, 16)).rejects.toBeInstanceOf(RequestTooLargeError);
    expect(request.bodyUsed).toBe(false);
  });

  it("stops a chunked body as soon as it passes the limit and cancels the rest", async () => {
    const { request, state } = chunked(["x".repeat(10), "x".repeat(10), "x".repeat(10), "x".repeat(10)]);
    await expect(readLimitedText(request, 16)).rejects.toBeInstanceOf(RequestTooLargeError);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(4);
  });
});

import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/forwarded-for";
import { installSocketAddressHeader } from "@/lib/auth/socket-address";

describe("installSocketAddressHeader", () => {
  let server: http.Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("gives every request its socket's address, replacing what the client sent under that name", async () => {
    // Created before the install, as Next creates its server before instrumentation runs.
    server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
    installSocketAddressHeader();
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;

    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" },
    });
    const seen = (await response.json()) as Record<string, string>;

    expect(seen[SOCKET_ADDRESS_HEADER]).toBe("127.0.0.1");
  });
});

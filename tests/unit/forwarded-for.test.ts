import { describe, expect, it } from "vitest";
import { clientAddressFrom, trustedProxyCount } from "@/lib/auth/forwarded-for";

describe("clientAddressFrom", () => {
  it("takes the entry appended by our one proxy, not what the client wrote on the left", () => {
    expect(clientAddressFrom("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("a client rotating its own header still lands on the same key", () => {
    const keys = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((spoofed) => clientAddressFrom(`${spoofed}, 203.0.113.7`, 1));
    expect(new Set(keys)).toEqual(new Set(["203.0.113.7"]));
  });

  it("counts several trusted proxies from the right", () => {
    expect(clientAddressFrom("6.6.6.6, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("falls back to the leftmost entry when the chain is shorter than the proxy count", () => {
    expect(clientAddressFrom("198.51.100.4", 3)).toBe("198.51.100.4");
  });

  it("gives one shared key when there is no header", () => {
    expect(clientAddressFrom(null, 1)).toBe("unknown");
    expect(clientAddressFrom("", 1)).toBe("unknown");
  });

  it("bounds the key's length", () => {
    expect(clientAddressFrom("x".repeat(500), 1)).toHaveLength(64);
  });
});

describe("clientAddressFrom with no proxy in front (TRUSTED_PROXY_COUNT=0)", () => {
  it("takes the socket's address, whatever the client wrote in X-Forwarded-For", () => {
    expect(clientAddressFrom("6.6.6.6", 0, "192.0.2.44")).toBe("192.0.2.44");
    expect(clientAddressFrom(null, 0, "::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1");
  });

  it("gives the shared key when the socket's address is unknown, never the header", () => {
    expect(clientAddressFrom("6.6.6.6", 0, null)).toBe("unknown");
  });
});

describe("trustedProxyCount", () => {
  it("reads 0 as no proxy, defaults to 1, and takes anything unreadable for 1", () => {
    expect(trustedProxyCount("0")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(trustedProxyCount(undefined)).toBe(1);
    expect(trustedProxyCount("-1")).toBe(1);
    expect(trustedProxyCount("beaucoup")).toBe(1);
  });
});

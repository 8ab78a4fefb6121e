import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

describe("safeCallbackPath", () => {
  it.each([["/espace"], ["/admin/personnes?page=2&q=amina"], ["/signalements/nouveau#photos"], ["/"], ["/%2F%2Fevil.example"]])(
    "keeps the same-site path %j",
    (path) => {
      expect(safeCallbackPath(path)).toBe(path);
    },
  );

  it.each([
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["an absolute URL", "https://evil.example/espace"],
    ["an http URL", "http://evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/espace"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a tab that browsers strip", "/\t/evil.example"],
    ["a newline that browsers strip", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL byte", "/\u0000/evil.example"],
    ["a javascript: URL", "javascript:alert(document.cookie)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "espace"],
    ["a leading space", " /espace"],
  ])("falls back for %s", (_, value) => {
    expect(safeCallbackPath(value)).toBe("/espace");
    expect(safeCallbackPath(value, "/connexion")).toBe("/connexion");
  });

  it("resolves every kept path on the portal's own origin", () => {
    const origin = "https://portail.regie.test";
    for (const value of ["/espace", "/a/b?c=d", "/%5Cevil.example", "/.//evil.example"]) {
      expect(new URL(safeCallbackPath(value), origin).origin).toBe(origin);
    }
  });
});

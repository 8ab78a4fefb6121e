import { describe, expect, it } from "vitest";
import { hstsMissingProblem, insecureOriginProblem } from "@/lib/secure-origin";

describe("insecureOriginProblem (the production start check)", () => {
  it("stops production with an http or missing APP_URL, saying how to fix it", () => {
    expect(insecureOriginProblem({ NODE_ENV: "production", APP_URL: "http://portail.example.org" })).toMatch(
      /^APP_URL is "http:\/\/portail\.example\.org", not an https:\/\/ address.*ALLOW_INSECURE_HTTP=1/,
    );
    expect(insecureOriginProblem({ NODE_ENV: "production" })).toMatch(/^APP_URL is not set/);
  });

  it("lets https, an explicit ALLOW_INSECURE_HTTP=1 and development through", () => {
    expect(insecureOriginProblem({ NODE_ENV: "production", APP_URL: "https://portail.example.org" })).toBeNull();
    expect(insecureOriginProblem({ NODE_ENV: "production", APP_URL: "http://localhost:3000", ALLOW_INSECURE_HTTP: "1" })).toBeNull();
    expect(insecureOriginProblem({ NODE_ENV: "production", ALLOW_INSECURE_HTTP: "true" })).not.toBeNull();
    expect(insecureOriginProblem({ NODE_ENV: "development" })).toBeNull();
  });
});

describe("hstsMissingProblem", () => {
  const https = { NODE_ENV: "production", APP_URL: "https://portail.example.org" };
  const withHeaders = (...keys: string[]) => ({ headers: [{ headers: keys.map((key) => ({ key })) }] });

  it("stops an https start of a build that has no HSTS header", () => {
    expect(hstsMissingProblem(https, withHeaders("Content-Security-Policy"))).toMatch(/no Strict-Transport-Security/);
    expect(hstsMissingProblem(https, {})).not.toBeNull();
  });

  it("accepts a build with HSTS, and does not apply to plain HTTP on purpose", () => {
    expect(hstsMissingProblem(https, withHeaders("Content-Security-Policy", "Strict-Transport-Security"))).toBeNull();
    expect(hstsMissingProblem({ ...https, ALLOW_INSECURE_HTTP: "1" }, {})).toBeNull();
  });
});

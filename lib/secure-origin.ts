/**
 * In production the portal must be reached over HTTPS: APP_URL decides the session cookie's
 * `Secure` and `__Secure-` prefix (lib/auth/options.ts) and HSTS (next.config.ts). An APP_URL left
 * unset or on http:// would turn them off without anyone noticing, so the server refuses to start
 * unless ALLOW_INSECURE_HTTP=1 says it is on purpose (a test server on localhost, the benchmark).
 * Returns the reason to stop, or null.
 */
export function insecureOriginProblem(env: Record<string, string | undefined>): string | null {
  if (env.NODE_ENV !== "production" || env.ALLOW_INSECURE_HTTP === "1") return null;
  const url = env.APP_URL;
  if (url?.startsWith("https://")) return null;
  return (
    `APP_URL ${url ? `is "${url}", not an https:// address` : "is not set"}: in production the portal must be ` +
    "reached over HTTPS (secure session cookies, HSTS). Set APP_URL=https://<public address>, or start with " +
    "ALLOW_INSECURE_HTTP=1 to serve plain HTTP on purpose (tests, local trials)."
  );
}

type RoutesManifest = { headers?: { headers?: { key?: string }[] }[] };

/**
 * HSTS comes from next.config.ts's headers(), which `next build` writes into the routes manifest:
 * a build made without an https APP_URL serves no HSTS, even when started with one. Returns the
 * reason to stop for such a build started with an https APP_URL, or null.
 */
export function hstsMissingProblem(env: Record<string, string | undefined>, manifest: RoutesManifest): string | null {
  if (env.NODE_ENV !== "production" || env.ALLOW_INSECURE_HTTP === "1" || !env.APP_URL?.startsWith("https://")) return null;
  const hasHsts = (manifest.headers ?? []).some((rule) =>
    (rule.headers ?? []).some((header) => header.key?.toLowerCase() === "strict-transport-security"),
  );
  return hasHsts
    ? null
    : "this build sends no Strict-Transport-Security header: it was built without an https:// APP_URL. " +
        "Run `npm run build` again with APP_URL set as for `npm run start`.";
}

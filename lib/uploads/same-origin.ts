/**
 * Whether a POST comes from a page of this site, as Next checks it for server actions (route
 * handlers get no such check): the Origin header's host must be the host the request was sent to
 * (X-Forwarded-Host behind a proxy, else Host). Browsers send Origin with every form POST, so a
 * request without one is refused too.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return !!host && originHost.toLowerCase() === host.toLowerCase();
}

/**
 * The session's settings, in one place (README and the privacy page state them): the cookie's
 * name and attributes, and how long a session lives. No secret: the cookie carries a random
 * token, and only its SHA-256 is stored (model Session), so there is nothing to sign.
 */
import { appUrl } from "@/lib/env";

/** A session ends this long after sign-in, however active it is. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** …or after this long without a request. */
export const SESSION_IDLE_TIMEOUT_MS = 4 * 60 * 60 * 1000;
/**
 * `lastSeenAt` is written at most this often per session: a write per request would cost every
 * signed-in page a round trip for a value only the idle check and "Mes appareils" read. The idle
 * timeout is therefore enforced to within this much.
 */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** An https APP_URL means the browser reaches us over TLS: the cookie is then Secure-only. */
export const useSecureCookies = appUrl().startsWith("https://");

/**
 * Browsers refuse a `__Secure-` cookie that lacks `Secure`, which is why the clearing cookie must
 * carry the same attributes as the one set (see sessionCookieAttributes).
 */
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}quartier.session`;

/** The attributes the cookie is set with, and cleared with. */
export const sessionCookieAttributes = {
  httpOnly: true,
  sameSite: "lax",
  secure: useSecureCookies,
  path: "/",
} as const;

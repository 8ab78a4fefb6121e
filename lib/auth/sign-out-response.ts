import { routes } from "@/lib/routes";

/**
 * The answer to a sign-out posted as a plain form (app/interventions/deconnexion/route.ts): back
 * to the home page, and the browser told to drop what it cached of the portal.
 *
 * `Clear-Site-Data: "cache"` only. "cache" empties the HTTP cache (and, as browsers choose, the
 * back-forward cache and prerendered pages): the pages just read cannot come back with the back
 * button. "storage" is left out on purpose: it would also delete IndexedDB, where the phone's
 * outbox keeps the work not yet sent (completions, photos, taken offline: they wait under their
 * account's key until that person signs in again) and unregister the service worker; the pages
 * the worker kept for offline reading (Cache API, which "storage" would reach) are deleted by the
 * worker itself, which sees this sign-out go by (lib/work-orders/offline/service-worker.ts).
 * "cookies" is left out too: it would reach every host of the domain; the session cookie is
 * cleared by signOut().
 *
 * Browsers honour the header in a secure context only: over https, and on http://localhost or
 * 127.0.0.1 (potentially trustworthy origins); a plain-http address such as a LAN IP ignores it,
 * where the worker's deletion still works.
 */
export const CLEAR_SITE_DATA_ON_SIGN_OUT = '"cache"';

export function signedOutResponse(): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: routes.home, "Clear-Site-Data": CLEAR_SITE_DATA_ON_SIGN_OUT, "Cache-Control": "private, no-store" },
  });
}

// Not lib/routes.ts: the sign-out button (every signed-in page) imports this module through
// forget-pages.ts, and would carry a copy of every address.
import { clientRoutes } from "@/lib/client-routes";

/**
 * The pure rules of the phone's outbox (lib/work-orders/offline/outbox.ts): what to do with an
 * item once the server has answered, or not. Shared by the outbox and its unit tests.
 */

/** `sent`: the server has it (or had it already): forget it. `retry`: keep it, send it again later.
 *  `refused`: the server will never take it as it is: keep it, show why, let the person remove it. */
export type Verdict = "sent" | "retry" | "refused";

/** `status` null: no answer at all (no network, the request was cut). */
export function verdictFor(status: number | null): Verdict {
  if (status === null) return "retry";
  if (status >= 200 && status < 300) return "sent";
  // Signed out meanwhile (the session ended in the basement): kept until they sign in again.
  if (status === 401) return "retry";
  // The server or the way to it is unwell, or asks to slow down.
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "refused";
}

export const SESSION_ENDED = "Votre session a pris fin : reconnectez-vous pour envoyer.";
export const GENERIC_REFUSAL = "L'envoi a été refusé.";

/** What the person reads next to an item the server did not take. */
export function refusalMessage(status: number, body: unknown): string {
  if (status === 401) return SESSION_ENDED;
  if (typeof body === "object" && body !== null) {
    const { formError, fieldErrors } = body as { formError?: unknown; fieldErrors?: Record<string, unknown> };
    const fields = Object.values(fieldErrors ?? {}).flat().filter((m): m is string => typeof m === "string");
    if (fields.length) return fields.join(" ");
    if (typeof formError === "string") return formError;
  }
  return GENERIC_REFUSAL;
}

/** A v4 UUID: crypto.randomUUID where the page is a secure context, else from getRandomValues. */
export function newClientKey(crypto: { getRandomValues: (array: Uint8Array) => Uint8Array; randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The caches that hold one person's pages (the service worker names them by a key of the account). */
export const PAGES_CACHE_PREFIX = "interventions-pages-";
export const ASSETS_CACHE = "interventions-assets";
export const pagesCacheName = (userKey: string) => `${PAGES_CACHE_PREFIX}${userKey}`;

/**
 * The sign-out that works without JavaScript (`routes.employee.signOut`): a plain form post the
 * worker of an employee's phone sees go by, and then forgets the pages it kept, whatever page it
 * was sent from.
 */
export function isSignOutRequest(method: string, pathname: string): boolean {
  return method === "POST" && pathname === clientRoutes.signOut;
}

/**
 * Whether the server's answer to one of the kept pages says nobody may read it here any more: a
 * redirect (the sign-in page, `pageActor`: the session ended or expired; a navigation sees it as an
 * "opaqueredirect") or a 401. The pages of /interventions redirect for nothing else, and forgetting
 * the copies wrongly would only cost the offline reading until the next visit.
 */
export function answersSignedOut(response: { type: string; status: number }): boolean {
  return response.type === "opaqueredirect" || response.status === 401;
}

import { SESSION_COOKIE } from "@/lib/auth/options";
import { getCurrentActor, startSession } from "@/lib/auth/session";
import { deleteCookie, getCookie, setCookie } from "./request";

/**
 * Signs in by opening a real session (its row in the database, its token in the request's cookie
 * jar), exactly as the sign-in action does (lib/auth/session.ts startSession).
 */
export async function signInAs(user: { id: string }) {
  await startSession(user.id);
}

/** Forgets this "device"'s cookie (its session stays open on the server, as a copied cookie would). */
export function signOut() {
  deleteCookie(SESSION_COOKIE);
}

/** The session cookie's value now in the jar (a "device"), to restore it later. */
export function sessionCookie(): string | undefined {
  return getCookie(SESSION_COOKIE)?.value;
}

/** Replays a cookie kept from earlier: the request now comes from that device. */
export function useSessionCookie(value: string) {
  setCookie(SESSION_COOKIE, value);
}

export async function currentUserId(): Promise<string | null> {
  return (await getCurrentActor())?.id ?? null;
}

import { db } from "@/lib/db";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { getCurrentActor, startSession } from "@/lib/auth/session";
import { deleteCookie, getCookie, setCookie } from "./request";

/**
 * Signs in by putting a real next-auth JWT in the request's cookie jar, exactly as the sign-in
 * action does (lib/auth/session.ts startSession), with the account's current session generation.
 */
export async function signInAs(user: { id: string }) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  await startSession({ userId: user.id, sessionVersion });
}

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

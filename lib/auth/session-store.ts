import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "@/lib/auth/options";

/** What the database knows of a token: its SHA-256, so a leaked table opens no session. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 32 random bytes: unguessable, so the token itself needs no signature. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

const USER_AGENT_MAX = 300;

/**
 * Opens a session for an active account and returns its token (for the cookie). The row records
 * the account's current generation: a password reset or a disabled account moves it on.
 */
export async function createSession(userId: string, userAgent: string | null, client: Tx | typeof db = db) {
  const token = newSessionToken();
  const user = await client.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const now = new Date();
  const session = await client.session.create({
    data: {
      userId,
      tokenHash: hashSessionToken(token),
      sessionVersion: user.sessionVersion,
      userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS),
    },
    select: { id: true, expiresAt: true },
  });
  return { token, ...session };
}

/**
 * Revokes the session a token opens, if any; returns its id and owner (for the security log).
 * The update's guard makes a second sign-out with the same cookie change nothing.
 */
export async function revokeSessionByToken(token: string, client: Tx | typeof db = db) {
  const [revoked] = await client.session.updateManyAndReturn({
    where: { tokenHash: hashSessionToken(token), revokedAt: null },
    data: { revokedAt: new Date() },
    select: { id: true, userId: true },
  });
  return revoked ?? null;
}

/** Revokes every open session of a person, or all but one (the device asking). Returns how many. */
export async function revokeUserSessions(client: Tx | typeof db, userId: string, options: { exceptSessionId?: string } = {}) {
  const { count } = await client.session.updateMany({
    where: { userId, revokedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

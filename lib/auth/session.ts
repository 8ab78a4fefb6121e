import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { db, readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authz/policy";
import {
  SESSION_ABSOLUTE_LIFETIME_MS,
  SESSION_COOKIE,
  SESSION_IDLE_TIMEOUT_MS,
  SESSION_TOUCH_INTERVAL_MS,
  sessionCookieAttributes,
} from "@/lib/auth/options";
import { createSession, hashSessionToken, revokeSessionByToken } from "@/lib/auth/session-store";
import type { Role } from "@/lib/generated/prisma/enums";

/** A token as newSessionToken makes it (32 bytes, base64url): anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function readSessionToken(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value && TOKEN_SHAPE.test(value) ? value : null;
}

/** Active grants only: started, not ended, not revoked. */
export function activeGrantWhere(now = new Date()) {
  return {
    revokedAt: null,
    validFrom: { lte: now },
    OR: [{ validUntil: null }, { validUntil: { gt: now } }],
  };
}

type SignedInRow = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  partnerIds: string[];
  unreadNotifications: number;
  sessionId: string;
  sessionLastSeenAt: Date;
};

export type SignedIn = { actor: Actor; unreadNotifications: number; sessionId: string };

/**
 * The session a token opens and its account, re-read on every request: a session ends at once
 * when it is revoked (sign-out, "Mes appareils"), past its absolute lifetime or idle timeout, when
 * the account's generation moves on (password reset, "sign out everywhere", disabled) or when the
 * account is no longer active; roles are the ones granted now. The unread notifications the
 * header shows on every page are counted in the same statement: a second round trip would cost
 * more than the count.
 *
 * Raw SQL on purpose: this runs on every signed-in request, and Prisma's query compiler costs
 * ~1.6 ms of CPU for the equivalent findUnique with filtered grants against ~0.45 ms here
 * (bench/RESULTS.md). The grant conditions are `activeGrantWhere`'s, with the same `now`; the
 * count is countUnreadNotifications' (a test compares them); the session conditions are
 * openSessionWhere's (lib/auth/devices.ts, a test compares them too).
 */
export async function loadSignedIn(token: string | null | undefined): Promise<SignedIn | null> {
  if (!token) return null;
  const now = new Date();
  const idleSince = new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS);
  const [row] = await readRows<SignedInRow>(Prisma.sql`
    SELECT u.id, u.name, u.email, s.id AS "sessionId", s."lastSeenAt" AS "sessionLastSeenAt",
      coalesce(array_agg(DISTINCT g.role::text) FILTER (WHERE g.id IS NOT NULL), '{}') AS roles,
      coalesce(array_agg(DISTINCT g."partnerId") FILTER (WHERE g.role = 'PARTNER' AND g."partnerId" IS NOT NULL), '{}') AS "partnerIds",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS "unreadNotifications"
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId" AND u.status = 'ACTIVE' AND u."sessionVersion" = s."sessionVersion"
    LEFT JOIN "RoleGrant" g ON g."userId" = u.id AND g."revokedAt" IS NULL AND g."validFrom" <= ${now}
      AND (g."validUntil" IS NULL OR g."validUntil" > ${now})
    WHERE s."tokenHash" = ${hashSessionToken(token)} AND s."revokedAt" IS NULL
      AND s."expiresAt" > ${now} AND s."lastSeenAt" > ${idleSince}
    GROUP BY u.id, s.id`);
  if (!row) return null;
  if (now.getTime() - row.sessionLastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) await touchSession(row.sessionId, now);
  return {
    actor: { id: row.id, name: row.name, email: row.email, roles: row.roles, partnerIds: row.partnerIds },
    unreadNotifications: row.unreadNotifications,
    sessionId: row.sessionId,
  };
}

/**
 * Moves the session's and the account's lastSeenAt to now, in one statement. The guard on the old
 * value makes concurrent requests of the same session write once. Raw SQL so that User.updatedAt
 * (an edit date) does not move.
 */
async function touchSession(sessionId: string, now: Date) {
  const since = new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS);
  await db.$executeRaw`
    WITH touched AS (
      UPDATE "Session" SET "lastSeenAt" = ${now} WHERE id = ${sessionId} AND "lastSeenAt" <= ${since} RETURNING "userId"
    )
    UPDATE "User" SET "lastSeenAt" = ${now} WHERE id IN (SELECT "userId" FROM touched)`;
}

export async function loadActor(token: string | null | undefined): Promise<Actor | null> {
  return (await loadSignedIn(token))?.actor ?? null;
}

const getSignedIn = cache(async () => loadSignedIn(await readSessionToken()));

/** The signed-in person for this request, or null. The only reader of the session cookie. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => (await getSignedIn())?.actor ?? null);

/** The signed-in person's unread notifications (0 when signed out), read with the actor. */
export const getCurrentUnreadNotifications = cache(async (): Promise<number> => (await getSignedIn())?.unreadNotifications ?? 0);

/** The id of this request's session ("cet appareil" in Mes appareils), or null. */
export const getCurrentSessionId = cache(async (): Promise<string | null> => (await getSignedIn())?.sessionId ?? null);

/** Opens a session for the account (its row, then the cookie); returns the session's id. */
export async function startSession(userId: string): Promise<string> {
  const userAgent = (await headers()).get("user-agent");
  const { token, id } = await createSession(userId, userAgent);
  (await cookies()).set(SESSION_COOKIE, token, {
    ...sessionCookieAttributes,
    maxAge: Math.floor(SESSION_ABSOLUTE_LIFETIME_MS / 1000),
  });
  return id;
}

/**
 * Ends this browser's session: the row is revoked, so a copy of the cookie opens nothing, and the
 * cookie is cleared with the attributes it was set with (a `__Secure-` cookie cleared without
 * `Secure` is ignored by the browser). Returns the revoked session, if there was one.
 */
export async function endSession() {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  const revoked = token && TOKEN_SHAPE.test(token) ? await revokeSessionByToken(token) : null;
  jar.delete({ name: SESSION_COOKIE, ...sessionCookieAttributes });
  return revoked;
}

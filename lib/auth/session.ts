import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode, encode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authz/policy";
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, authSecret, useSecureCookies } from "@/lib/auth/options";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";

/** What the signed cookie carries: who, and which generation of their sessions. */
export type SessionClaims = { userId: string; sessionVersion: number };

const DECODED_TOKENS_MAX = 1000;
const decodedTokens = new Map<string, JWT>();

/**
 * next-auth's decode, remembered per token: decoding derives the key (HKDF) and decrypts the
 * token on every request, about 0.5 ms of CPU for the same answer. A token is an authenticated
 * encryption of its claims, so the same string always decodes to the same claims; a remembered
 * one is used only until its own expiry, and the account is still re-read on every request
 * (loadSignedIn), so signing out everywhere or disabling an account takes effect at once.
 */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const token = params.token;
  if (!token) return null;
  const known = decodedTokens.get(token);
  if (known && typeof known.exp === "number" && known.exp * 1000 > Date.now()) return known;
  const claims = await decode(params);
  if (claims && typeof claims.exp === "number") {
    // Oldest first out: a Map iterates in insertion order.
    if (decodedTokens.size >= DECODED_TOKENS_MAX) decodedTokens.delete(decodedTokens.keys().next().value!);
    decodedTokens.set(token, claims);
  }
  return claims;
}

async function readSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret: authSecret(),
    secureCookie: useSecureCookies,
    decode: decodeSessionToken,
  });
  if (!token?.sub || typeof token.sessionVersion !== "number") return null;
  return { userId: token.sub, sessionVersion: token.sessionVersion };
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
  status: UserStatus;
  sessionVersion: number;
  roles: Role[];
  partnerIds: string[];
  unreadNotifications: number;
};

export type SignedIn = { actor: Actor; unreadNotifications: number };

/**
 * Re-reads the account on every request, so that disabling it, changing its roles, its password
 * or signing out everywhere takes effect at once, whatever the token still says. The unread
 * notifications the header shows on every page are counted in the same statement: a second round
 * trip would cost more than the count.
 *
 * Raw SQL on purpose: this runs on every signed-in request, and Prisma's query compiler costs
 * ~1.6 ms of CPU for the equivalent findUnique with filtered grants against ~0.45 ms here
 * (bench/RESULTS.md). The grant conditions are `activeGrantWhere`'s, with the same `now`; the
 * count is countUnreadNotifications' (a test compares them).
 */
export async function loadSignedIn(claims: SessionClaims | null): Promise<SignedIn | null> {
  if (!claims) return null;
  const now = new Date();
  const [user] = await readRows<SignedInRow>(Prisma.sql`
    SELECT u.id, u.name, u.email, u.status::text AS status, u."sessionVersion",
      coalesce(array_agg(DISTINCT g.role::text) FILTER (WHERE g.id IS NOT NULL), '{}') AS roles,
      coalesce(array_agg(DISTINCT g."partnerId") FILTER (WHERE g.role = 'PARTNER' AND g."partnerId" IS NOT NULL), '{}') AS "partnerIds",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS "unreadNotifications"
    FROM "User" u
    LEFT JOIN "RoleGrant" g ON g."userId" = u.id AND g."revokedAt" IS NULL AND g."validFrom" <= ${now}
      AND (g."validUntil" IS NULL OR g."validUntil" > ${now})
    WHERE u.id = ${claims.userId}
    GROUP BY u.id`);
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    actor: { id: user.id, name: user.name, email: user.email, roles: user.roles, partnerIds: user.partnerIds },
    unreadNotifications: user.unreadNotifications,
  };
}

export async function loadActor(claims: SessionClaims | null): Promise<Actor | null> {
  return (await loadSignedIn(claims))?.actor ?? null;
}

const getSignedIn = cache(async () => loadSignedIn(await readSessionClaims()));

/** The signed-in person for this request, or null. The only reader of the session cookie. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => (await getSignedIn())?.actor ?? null);

/** The signed-in person's unread notifications (0 when signed out), read with the actor. */
export const getCurrentUnreadNotifications = cache(async (): Promise<number> => (await getSignedIn())?.unreadNotifications ?? 0);

/** Starts a session: the same signed JWT next-auth issues and reads. */
export async function startSession(claims: SessionClaims) {
  const token = await encode({
    token: { sub: claims.userId, sessionVersion: claims.sessionVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const jar = await cookies();
  jar.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: useSecureCookies,
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function endSession() {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
}

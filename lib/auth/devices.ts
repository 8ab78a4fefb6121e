import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { SESSION_IDLE_TIMEOUT_MS } from "@/lib/auth/options";
import { deviceName } from "@/lib/auth/device-name";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import { revokeUserSessions } from "@/lib/auth/session-store";
import type { SignInClient } from "@/lib/auth/verify-credentials";
import { NotFoundError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import type { EndDeviceInput } from "@/lib/auth/device-schemas";

/**
 * The open sessions, as loadSignedIn (lib/auth/session.ts) accepts them: not revoked, within the
 * absolute lifetime and the idle timeout. Its last condition, the account's generation, compares
 * two tables' columns, which a Prisma `where` cannot: it is checked on the rows (openSessionsOf).
 */
export function openSessionWhere(now = new Date()) {
  return {
    revokedAt: null,
    expiresAt: { gt: now },
    lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS) },
  };
}

export type Device = { id: string; name: string; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The person's open sessions, most recently used first; `current` marks this request's one. */
export async function listMyDevices(actor: Actor, currentSessionId: string | null): Promise<Device[]> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      sessionVersion: true,
      sessions: {
        where: openSessionWhere(),
        orderBy: { lastSeenAt: "desc" },
        select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true, sessionVersion: true },
      },
    },
  });
  return user.sessions
    .filter((session) => session.sessionVersion === user.sessionVersion)
    .map((session) => ({
      id: session.id,
      name: deviceName(session.userAgent),
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      current: session.id === currentSessionId,
    }));
}

export const DEVICE_GONE = "Cet appareil n'est plus connecté.";

/**
 * Ends one of the person's sessions. The session is looked up with the person in the `where`: the
 * id of someone else's session finds nothing and changes nothing.
 */
export async function endMyDevice({ actor, ...ctx }: OperationContext, { sessionId, client }: EndDeviceInput & { client: SignInClient }) {
  await inTransaction(ctx, async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError(DEVICE_GONE);
    await recordSecurityEvent(tx, { kind: "SESSION_REVOKED", userId: actor.id, ...client });
  });
}

/** Ends every session of the person but this device's; returns how many were ended. */
export async function endMyOtherDevices(
  { actor, ...ctx }: OperationContext,
  { currentSessionId, client }: { currentSessionId: string; client: SignInClient },
) {
  return inTransaction(ctx, async (tx) => {
    const count = await revokeUserSessions(tx, actor.id, { exceptSessionId: currentSessionId });
    if (count > 0) await recordSecurityEvent(tx, { kind: "SESSION_REVOKED", userId: actor.id, ...client });
    return count;
  });
}

import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { SecurityEventKind } from "@/lib/generated/prisma/enums";

export type SecurityEventInput = {
  kind: SecurityEventKind;
  /** The account concerned, when there is one (an unknown address typed at sign-in has none). */
  userId?: string | null;
  /** The address as typed and normalized (normalizeEmail), for failures naming no account. */
  email?: string | null;
  clientAddress?: string | null;
  userAgent?: string | null;
};

const LIMITS = { email: 254, clientAddress: 64, userAgent: 300 } as const;

const bounded = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null);

/**
 * Writes one row of the security log the admin reads (/admin/securite). Pass the transaction of
 * the change it records, so the two commit together; a sign-in failure, which changes nothing,
 * passes `db`. Values are bounded: they come from the request.
 */
export async function recordSecurityEvent(client: Tx | Db, event: SecurityEventInput) {
  await client.securityEvent.create({
    data: {
      kind: event.kind,
      userId: event.userId ?? null,
      email: bounded(event.email, LIMITS.email),
      clientAddress: bounded(event.clientAddress, LIMITS.clientAddress),
      userAgent: bounded(event.userAgent, LIMITS.userAgent),
    },
  });
}

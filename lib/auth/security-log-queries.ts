import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SecurityEventKind } from "@/lib/generated/prisma/enums";

export const SECURITY_LOG_PAGE_SIZE = 50;

export type SecurityLogFilter = { kind?: SecurityEventKind; email?: string };

/**
 * The security log, newest first, for the admin (the page checks "security-log:view"). The email
 * filter matches the address typed at sign-in as well as the account's current one, so a failure
 * on an unknown address is found too.
 */
export async function listSecurityEvents({ page, kind, email }: SecurityLogFilter & { page: number }) {
  const where: Prisma.SecurityEventWhereInput = {
    ...(kind ? { kind } : {}),
    ...(email ? { OR: [{ email }, { user: { email } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.securityEvent.count({ where }),
    db.securityEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * SECURITY_LOG_PAGE_SIZE,
      take: SECURITY_LOG_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        email: true,
        clientAddress: true,
        userAgent: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  return { total, rows: rows.map((row) => ({ ...row, id: row.id.toString() })) };
}

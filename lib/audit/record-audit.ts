import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Writes one audit row inside the caller's transaction, so the change and its trace commit together. */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({ data: entry });
}

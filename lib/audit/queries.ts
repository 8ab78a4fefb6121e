import "server-only";
import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries({ page, entityType }: { page: number; entityType?: string }) {
  const where = entityType ? { entityType } : {};
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, id: r.id.toString() })) };
}

export async function countAuditEntries() {
  return db.auditLog.count();
}

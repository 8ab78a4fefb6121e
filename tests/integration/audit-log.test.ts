import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEntries, AUDIT_PAGE_SIZE } from "@/lib/audit/queries";
import { resetDatabase } from "../helpers/database";
import { createUser } from "../helpers/factories";

beforeEach(resetDatabase);

async function someAuditRows(count = 1) {
  const user = await createUser();
  for (let i = 0; i < count; i++) {
    await db.auditLog.create({ data: { actorId: user.id, action: `test.action-${i}`, entityType: "User", entityId: user.id, after: { i } } });
  }
  return user;
}

describe("the audit log is append-only", () => {
  it("refuses an UPDATE in raw SQL", async () => {
    await someAuditRows();
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'rewritten'`)).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findFirstOrThrow()).action).toBe("test.action-0");
  });

  it("refuses a DELETE in raw SQL", async () => {
    await someAuditRows();
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(1);
  });

  it("refuses updates and deletes through Prisma too", async () => {
    await someAuditRows();
    const row = await db.auditLog.findFirstOrThrow();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { entityId: "autre" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany()).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findFirstOrThrow()).toEqual(row);
  });

  it("prevents deleting the row of a person who appears in it as author", async () => {
    const user = await someAuditRows();
    // onDelete: Restrict — the trail cannot lose its author.
    await expect(db.user.delete({ where: { id: user.id } })).rejects.toThrow();
    expect(await db.auditLog.count()).toBe(1);
  });

  it("accepts new rows", async () => {
    await someAuditRows(3);
    expect(await db.auditLog.count()).toBe(3);
  });
});

describe("listAuditEntries", () => {
  it("lists newest first, paginated, with the actor's name and string ids", async () => {
    const user = await someAuditRows(AUDIT_PAGE_SIZE + 2);

    const first = await listAuditEntries({ page: 1 });
    const second = await listAuditEntries({ page: 2 });

    expect(first.total).toBe(AUDIT_PAGE_SIZE + 2);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ action: `test.action-${AUDIT_PAGE_SIZE + 1}`, actor: { name: user.name, email: user.email } });
    expect(typeof first.rows[0].id).toBe("string");
    expect(second.rows.map((r) => r.action)).toEqual(["test.action-1", "test.action-0"]);
  });

  it("filters by entity type", async () => {
    await someAuditRows(2);
    await db.auditLog.create({ data: { actorId: null, action: "partner.create", entityType: "Partner", entityId: "p1" } });
    const { total, rows } = await listAuditEntries({ page: 1, entityType: "Partner" });
    expect(total).toBe(1);
    expect(rows.map((r) => r.action)).toEqual(["partner.create"]);
  });
});

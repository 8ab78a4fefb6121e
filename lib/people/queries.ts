import "server-only";
import { db } from "@/lib/db";
import { activeGrantWhere } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PEOPLE_PAGE_SIZE = 25;

export async function getProfile(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      entranceId: true,
      notifyByEmail: true,
      createdAt: true,
      roleGrants: { where: activeGrantWhere(), select: { role: true, partner: { select: { name: true } } } },
    },
  });
}

/** Everything the portal holds about one person, for the "download my data" right. */
export async function exportMyData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      status: true,
      privacyConsentAt: true,
      notifyByEmail: true,
      createdAt: true,
      updatedAt: true,
      entrance: { select: { name: true, building: { select: { name: true, address: true } } } },
      roleGrants: {
        select: { role: true, validFrom: true, validUntil: true, revokedAt: true, partner: { select: { name: true } } },
      },
      auditEntries: { select: { action: true, entityType: true, entityId: true, createdAt: true }, orderBy: { id: "asc" } },
      reportsAuthored: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          createdAt: true,
          status: true,
          visibility: true,
          description: true,
          address: true,
          latitude: true,
          longitude: true,
          category: { select: { name: true } },
          photos: { select: { id: true, createdAt: true } },
        },
      },
      reportsSupported: { orderBy: { createdAt: "asc" }, select: { createdAt: true, report: { select: { number: true } } } },
      notifications: { orderBy: { createdAt: "asc" }, select: { kind: true, text: true, createdAt: true, readAt: true } },
    },
  });
  return { exportedAt: new Date().toISOString(), account: user };
}

/** How many accounts (not deleted), optionally holding one active role. */
export async function countPeople(role?: Role) {
  return db.user.count({
    where: { status: { not: "DELETED" }, ...(role ? { roleGrants: { some: { role, ...activeGrantWhere() } } } : {}) },
  });
}

/** Prisma's `contains` is a LIKE pattern: "%" and "_" typed in a search must match themselves. */
function likeLiteral(text: string) {
  return text.replace(/[\\%_]/g, "\\$&");
}

export async function listPeople({ q, role, page }: { q?: string; role?: Role; page: number }) {
  const where: Prisma.UserWhereInput = {
    status: { not: "DELETED" },
    ...(q ? { OR: [{ name: { contains: likeLiteral(q), mode: "insensitive" } }, { email: { contains: likeLiteral(q.toLowerCase()) } }] } : {}),
    ...(role ? { roleGrants: { some: { role, ...activeGrantWhere() } } } : {}),
  };
  const [total, people] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        status: true,
        roleGrants: { where: activeGrantWhere(), select: { role: true } },
      },
    }),
  ]);
  return { total, people, pageSize: PEOPLE_PAGE_SIZE };
}

export async function getPerson(userId: string) {
  return db.user.findUnique({
    where: { id: userId, status: { not: "DELETED" } },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      status: true,
      createdAt: true,
      roleGrants: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          role: true,
          validFrom: true,
          validUntil: true,
          revokedAt: true,
          partner: { select: { name: true } },
          grantedBy: { select: { name: true } },
        },
      },
    },
  });
}

import "server-only";
import { db } from "@/lib/db";
import { activeGrantWhere } from "@/lib/auth/session";
import { likeLiteral } from "@/lib/core/like";
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
      emailVerifiedAt: true,
      phone: true,
      entranceId: true,
      notifyByEmail: true,
      createdAt: true,
      roleGrants: { where: activeGrantWhere(), select: { role: true, partner: { select: { name: true } } } },
    },
  });
}

/** How many accounts (not deleted), optionally holding one active role. */
export async function countPeople(role?: Role) {
  return db.user.count({
    where: { status: { not: "DELETED" }, ...(role ? { roleGrants: { some: { role, ...activeGrantWhere() } } } : {}) },
  });
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

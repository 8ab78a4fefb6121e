/**
 * Renewals due, one rule for the register's filter, the reminder job and the figures: a member
 * whose last active membership is last year's and who has none this year (none pending or active;
 * a cancelled one does not count). The condition is written on last year's membership row.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

export function lapsedWhere(year: number): Prisma.MembershipWhereInput {
  return {
    year: year - 1,
    status: "ACTIVE",
    member: { memberships: { none: { year: { gte: year }, status: { in: ["PENDING", "ACTIVE"] } } } },
  };
}

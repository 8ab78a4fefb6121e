import { db } from "@/lib/db";
import type { College, MemberKind, MembershipStatus } from "@/lib/generated/prisma/enums";
import { COLLEGES } from "@/lib/membership/model";

/** Test data of the membership domain, written straight to the database. */

let sequence = 0;

/** The year's fees, every college (25 € for residents, 100 € otherwise unless told). */
export async function createFees(year: number, amounts: Partial<Record<College, number>> = {}) {
  await db.membershipFee.createMany({
    data: COLLEGES.map((college) => ({ year, college, amountCents: amounts[college] ?? (college === "RESIDENTS" ? 2500 : 10000) })),
    skipDuplicates: true,
  });
}

export async function createMemberRow(options: { userId?: string | null; kind?: MemberKind; name?: string; email?: string | null; partnerId?: string; representativeName?: string } = {}) {
  const n = ++sequence;
  return db.member.create({
    data: {
      kind: options.kind ?? "PERSON",
      userId: options.userId ?? null,
      name: options.name ?? `Adhérent ${n}`,
      email: options.email === undefined ? `adherent-${n}@exemple.test` : options.email,
      partnerId: options.partnerId ?? null,
      representativeName: options.representativeName ?? null,
    },
    select: { id: true, name: true },
  });
}

export async function createMembershipRow(options: { memberId: string; year: number; college?: College; status?: MembershipStatus; feeCents?: number }) {
  return db.membership.create({
    data: {
      memberId: options.memberId,
      year: options.year,
      college: options.college ?? "RESIDENTS",
      feeCents: options.feeCents ?? 2500,
      status: options.status ?? "PENDING",
      source: "PAPER",
      activatedAt: options.status === "ACTIVE" ? new Date() : null,
    },
    select: { id: true, version: true, memberId: true },
  });
}

import "server-only";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import { formatReceiptNumber } from "@/lib/membership/model";

/**
 * Staff reads of Gestion › Adhérents besides the register: a member's page, the members a paper
 * form may pick, the partners an organisation may be, the fee table. Each checks
 * `membership:manage` itself.
 */

/** A member's details and memberships (newest first) with their payments. */
export async function getMemberForStaff(actor: Actor | null, memberId: string) {
  authorize(actor, "membership:manage");
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      kind: true,
      name: true,
      representativeName: true,
      email: true,
      phone: true,
      address: true,
      partnerId: true,
      partner: { select: { name: true } },
      user: { select: { id: true, name: true, email: true } },
      memberships: {
        select: {
          id: true,
          version: true,
          year: true,
          college: true,
          status: true,
          source: true,
          feeCents: true,
          activatedAt: true,
          cancelledAt: true,
          reminderSentAt: true,
          payment: { select: { id: true, amountCents: true, method: true, paidOn: true, receiptYear: true, receiptNumber: true, recordedBy: { select: { name: true } } } },
        },
        orderBy: { year: "desc" },
      },
    },
  });
  if (!member) return null;
  return {
    ...member,
    memberships: member.memberships.map(({ payment, ...m }) => ({
      ...m,
      payment: payment ? { ...payment, recordedBy: payment.recordedBy?.name ?? null, receipt: formatReceiptNumber(payment.receiptYear, payment.receiptNumber) } : null,
    })),
  };
}

/** Members whose name or address matches, for the paper form's "existing member" choice (a few). */
export async function searchMembers(actor: Actor | null, search: string, take = 20) {
  authorize(actor, "membership:manage");
  const text = { contains: search, mode: "insensitive" as const };
  return db.member.findMany({
    where: { OR: [{ name: text }, { email: text }, { representativeName: text }] },
    select: { id: true, kind: true, name: true, representativeName: true, email: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
  });
}

/** The partners an organisation member may be (not archived), by name. */
export async function listMembershipPartners(actor: Actor | null) {
  authorize(actor, "membership:manage");
  return db.partner.findMany({ where: { archivedAt: null }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } });
}

/** The fee table, newest year first, for the years given. */
export async function listFees(actor: Actor | null, range: { fromYear: number; toYear: number }) {
  authorize(actor, "membership:manage");
  return db.membershipFee.findMany({
    where: { year: { gte: range.fromYear, lte: range.toYear } },
    select: { id: true, year: true, college: true, amountCents: true },
    orderBy: [{ year: "desc" }, { college: "asc" }],
  });
}

/** The fee of a year and college, or null (the paper form shows it). */
export async function feesOfYear(actor: Actor | null, year: number) {
  authorize(actor, "membership:manage");
  return db.membershipFee.findMany({ where: { year }, select: { college: true, amountCents: true } });
}

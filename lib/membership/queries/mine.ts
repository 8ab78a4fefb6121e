import "server-only";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import { ONLINE_COLLEGES, formatReceiptNumber } from "@/lib/membership/model";
import { membershipScope } from "@/lib/membership/scopes";

/**
 * A person's own memberships (Mon espace), newest year first, with their receipts; and the fees a
 * person may join at this year. Own only: the scope of lib/membership/scopes.ts, in the `where`.
 */
export async function listMyMemberships(actor: Actor | null) {
  authorize(actor, "membership:view-own");
  const rows = await db.membership.findMany({
    where: membershipScope(actor, "member").where,
    select: {
      id: true,
      version: true,
      year: true,
      college: true,
      status: true,
      feeCents: true,
      member: { select: { kind: true, name: true } },
      payment: { select: { id: true, amountCents: true, paidOn: true, receiptYear: true, receiptNumber: true } },
    },
    orderBy: [{ year: "desc" }, { id: "asc" }],
    take: 100,
  });
  return rows.map(({ payment, ...row }) => ({
    ...row,
    payment: payment ? { id: payment.id, amountCents: payment.amountCents, paidOn: payment.paidOn, receipt: formatReceiptNumber(payment.receiptYear, payment.receiptNumber) } : null,
  }));
}

/** This year's fees of the colleges a person may join online (none set: the form says so). */
export async function onlineFees(year: number) {
  return db.membershipFee.findMany({ where: { year, college: { in: [...ONLINE_COLLEGES] } }, select: { college: true, amountCents: true } });
}

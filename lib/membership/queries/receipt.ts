import "server-only";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import type { MembershipActorKind } from "@/lib/membership/model";
import { membershipScope } from "@/lib/membership/scopes";

/**
 * A receipt, for its PDF: staff read any (`membership:manage`), a person their own only (the
 * membership's scope in the `where`); anything else is null, which the route answers 404, so a
 * receipt's existence is not told to those who may not read it.
 */
export const receiptPermission = (kind: MembershipActorKind) => (kind === "staff" ? "membership:manage" : "membership:view-own");

export async function getReceipt(actor: Actor | null, paymentId: string, kind: MembershipActorKind) {
  authorize(actor, receiptPermission(kind));
  return db.membershipPayment.findFirst({
    where: { id: paymentId, membership: membershipScope(actor, kind).where },
    select: {
      receiptYear: true,
      receiptNumber: true,
      amountCents: true,
      method: true,
      paidOn: true,
      createdAt: true,
      recordedBy: { select: { name: true } },
      membership: { select: { year: true, college: true, member: { select: { kind: true, name: true, representativeName: true, address: true } } } },
    },
  });
}
export type Receipt = NonNullable<Awaited<ReturnType<typeof getReceipt>>>;

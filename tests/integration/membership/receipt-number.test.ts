/**
 * Receipt numbers: the year's receipts run 1, 2, 3… with no repeat and no gap, even when payments
 * are recorded at the same moment, and a payment rolled back gives no number away.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordPayment } from "@/lib/membership/commands/staff";
import { membershipYear } from "@/lib/membership/model";
import { nextReceiptNumber } from "@/lib/membership/receipt-number";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createUser, type TestUser } from "../../helpers/factories";
import { createMemberRow, createMembershipRow } from "../../helpers/membership";

const year = membershipYear();
let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["STAFF"] });
});

async function pendingMemberships(count: number) {
  const rows = [];
  for (let i = 0; i < count; i++) rows.push(await createMembershipRow({ memberId: (await createMemberRow()).id, year }));
  return rows;
}

const pay = (membership: { id: string; version: number }) =>
  recordPayment({ actor: actorOf({ ...staff, roles: ["STAFF"] }) }, { membershipId: membership.id, version: membership.version, amount: 2500, method: "CASH", paidOn: new Date(`${year}-03-02T00:00:00Z`) });

async function receiptNumbers() {
  const rows = await db.membershipPayment.findMany({ where: { receiptYear: year }, select: { receiptNumber: true }, orderBy: { receiptNumber: "asc" } });
  return rows.map((r) => r.receiptNumber);
}

describe("receipt numbers", () => {
  it("gives 20 payments recorded at once exactly 1 to 20", async () => {
    const memberships = await pendingMemberships(20);
    const results = await Promise.all(memberships.map(pay));
    expect(await receiptNumbers()).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.receiptNumber)).size).toBe(20);
    expect(results.map((r) => r.receiptNumber).sort()[0]).toBe(`${year}-0001`);
    expect((await db.receiptCounter.findUniqueOrThrow({ where: { year } })).last).toBe(20);
  });

  it("leaves no gap when payments fail among concurrent ones", async () => {
    const memberships = await pendingMemberships(12);
    // Every third one's transaction fails after its number was taken: it must give it back.
    const attempts = memberships.map((membership, i) =>
      i % 3 === 1
        ? db
            .$transaction(async (tx) => {
              await recordPayment({ actor: actorOf({ ...staff, roles: ["STAFF"] }), tx }, { membershipId: membership.id, version: 0, amount: 2500, method: "CHEQUE", paidOn: new Date() });
              throw new Error("échec simulé après le numéro");
            })
            .then(
              () => "paid",
              () => "failed",
            )
        : pay(membership).then(() => "paid"),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((o) => o === "failed")).toHaveLength(4);
    expect(await receiptNumbers()).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    // The next one follows on, without a gap.
    const [later] = await pendingMemberships(1);
    expect((await pay(later)).receiptNumber).toBe(`${year}-0009`);
  });

  it("counts each year apart, and refuses to pay a membership twice (no number spent)", async () => {
    expect(await db.$transaction((tx) => nextReceiptNumber(tx, 2031))).toBe(1);
    expect(await db.$transaction((tx) => nextReceiptNumber(tx, 2031))).toBe(2);
    expect(await db.$transaction((tx) => nextReceiptNumber(tx, 2032))).toBe(1);
    const [membership] = await pendingMemberships(1);
    await pay(membership);
    await expect(pay({ id: membership.id, version: 1 })).rejects.toThrow();
    expect(await receiptNumbers()).toEqual([1]);
  });
});

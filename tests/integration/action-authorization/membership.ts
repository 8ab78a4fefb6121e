import { membershipYear } from "@/lib/membership/model";
import { createFees, createMemberRow, createMembershipRow } from "../../helpers/membership";
import { EVERY_ROLE_BUT_STAFF, type Fixture, type GuardedCase } from "./shared";

/** The membership actions' callers to refuse, and a valid input (see shared.ts); behaviour in tests/integration/membership/. */

const year = membershipYear();
const today = new Date().toISOString().slice(0, 10);
const staffOnly = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_STAFF, allowed: ["STAFF"], input });

/** A pending membership of this year, the target's (their own) or a paper member's. */
async function pending(f?: Fixture) {
  await createFees(year);
  const member = await createMemberRow({ userId: f?.target.id ?? null });
  return createMembershipRow({ memberId: member.id, year });
}

export const cases: Record<string, GuardedCase> = {
  // Those who may report may join (policy: membership:join); partners and the admin may not.
  joinMembership: {
    wrongRoles: [["PARTNER"], ["ADMIN"], ["PARTNER", "ADMIN"]],
    allowed: ["RESIDENT"],
    input: async () => {
      await createFees(year);
      return { college: "RESIDENTS" };
    },
  },
  // Any account, on its own memberships only (the scope; someone else's is "not found").
  cancelMyMembership: { wrongRoles: [], allowed: "target", input: async (f) => ({ membershipId: (await pending(f)).id, version: "0", confirm: "on" }) },
  recordPaperMembership: staffOnly(async () => {
    await createFees(year);
    return { kind: "PERSON", name: "Lucien Marchand", year: String(year), college: "RESIDENTS", paidNow: "on", method: "CASH", paidOn: today };
  }),
  recordMembershipPayment: staffOnly(async () => ({ membershipId: (await pending()).id, version: "0", amount: "25", method: "CHEQUE", paidOn: today })),
  cancelMembership: staffOnly(async () => ({ membershipId: (await pending()).id, version: "0", confirm: "on" })),
  updateMember: staffOnly(async () => ({ memberId: (await createMemberRow()).id, kind: "PERSON", name: "Lucienne Marchand", email: "lucienne@exemple.test" })),
  setMembershipFee: staffOnly(() => ({ year: String(year), college: "RESIDENTS", amount: "15" })),
  copyMembershipFees: staffOnly(async () => {
    await createFees(year);
    return { year: String(year + 1) };
  }),
};

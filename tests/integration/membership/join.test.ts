/**
 * Joining online (Mon espace › Adhésion): through the server actions against the database — what
 * is written (Member reused, membership PENDING at the table's fee, audit row), what is refused
 * (callers, bad input, no fee for the year, a second membership) without changing anything, and
 * cancelling one's own pending membership (never someone else's).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelMyMembershipAction, joinMembershipAction } from "@/app/espace/adhesion/actions";
import { ALREADY_MEMBER } from "@/lib/membership/commands/member";
import { noFeeSet } from "@/lib/membership/fees";
import { MEMBERSHIP_NOT_FOUND } from "@/lib/membership/lifecycle";
import { membershipYear } from "@/lib/membership/model";
import { listMyMemberships } from "@/lib/membership/queries/mine";
import { routes } from "@/lib/routes";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createUser, type TestUser } from "../../helpers/factories";
import { createFees, createMemberRow, createMembershipRow } from "../../helpers/membership";
import { signInAs, signOut } from "../../helpers/session";

const year = membershipYear();
let resident: TestUser;

beforeEach(async () => {
  await resetDatabase();
  signOut();
  resident = await createUser({ name: "Amina Benali", roles: ["RESIDENT"] });
  await createFees(year, { RESIDENTS: 1000, SOCIO_ECONOMIC_PARTNERS: 5000 });
});

async function expectUnchanged(call: () => Promise<unknown>) {
  const before = await databaseSnapshot();
  await call();
  expect(await databaseSnapshot()).toEqual(before);
}

describe("joining online", () => {
  it("makes the person a member row and a pending membership at the year's fee, audited", async () => {
    await signInAs(resident);
    await expectRedirect(callAction(joinMembershipAction, { college: "RESIDENTS" }), routes.mine.membershipDone("demandee"));
    const member = await db.member.findFirstOrThrow({ where: { userId: resident.id }, select: { id: true, kind: true, name: true, email: true } });
    expect(member).toMatchObject({ kind: "PERSON", name: "Amina Benali", email: resident.email });
    const membership = await db.membership.findFirstOrThrow({ where: { memberId: member.id } });
    expect(membership).toMatchObject({ year, college: "RESIDENTS", feeCents: 1000, status: "PENDING", source: "ONLINE", createdById: resident.id });
    expect(await auditRows({ action: "membership.join", entityId: membership.id })).toHaveLength(1);
    const mine = await listMyMemberships(actorOf(resident));
    expect(mine.map((m) => [m.year, m.status])).toEqual([[year, "PENDING"]]);
  });

  it("reuses the person's member row, and a double submission makes one membership", async () => {
    const existing = await createMemberRow({ userId: resident.id, name: "Amina Benali" });
    await createMembershipRow({ memberId: existing.id, year: year - 1, status: "ACTIVE" });
    await signInAs(resident);
    await expectRedirect(callAction(joinMembershipAction, { college: "SOCIO_ECONOMIC_PARTNERS" }), routes.mine.membershipDone("demandee"));
    await expectRedirect(callAction(joinMembershipAction, { college: "SOCIO_ECONOMIC_PARTNERS" }), routes.mine.membershipDone("demandee"));
    expect(await db.member.count()).toBe(1);
    const rows = await db.membership.findMany({ where: { memberId: existing.id, year }, select: { feeCents: true } });
    expect(rows).toEqual([{ feeCents: 5000 }]);
  });

  it("refuses a second membership of the year, changing nothing", async () => {
    const member = await createMemberRow({ userId: resident.id });
    await createMembershipRow({ memberId: member.id, year, status: "ACTIVE" });
    await signInAs(resident);
    await expectUnchanged(async () => {
      const refusal = await expectRefused(callAction(joinMembershipAction, { college: "RESIDENTS" }));
      expect(refusal.fieldErrors?.college).toEqual([ALREADY_MEMBER]);
    });
  });

  it("refuses clearly when no fee is set for the year and college, changing nothing", async () => {
    await db.membershipFee.deleteMany({ where: { year, college: "RESIDENTS" } });
    await signInAs(resident);
    await expectUnchanged(async () => {
      const refusal = await expectRefused(callAction(joinMembershipAction, { college: "RESIDENTS" }));
      expect(refusal.fieldErrors?.college).toEqual([noFeeSet(year, "RESIDENTS")]);
    });
  });

  it("refuses bad input: a college a person may not join online, an unknown key, none", async () => {
    await signInAs(resident);
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(joinMembershipAction, { college: "SOCIAL_LANDLORDS" }))).fieldErrors?.college).toEqual(["Choisissez votre collège."]);
      await expectRefused(callAction(joinMembershipAction, { college: "RESIDENTS", userId: "autre" }));
      await expectRefused(callAction(joinMembershipAction, {}));
    });
  });

  it("refuses those who may not join (anonymous, a partner, the admin)", async () => {
    for (const roles of [["PARTNER"], ["ADMIN"]] as const) {
      const user = await createUser({ roles: [...roles] });
      await signInAs(user);
      await expectUnchanged(async () => expect((await expectRefused(callAction(joinMembershipAction, { college: "RESIDENTS" }))).formError).toBe("Accès refusé."));
    }
    signOut();
    await expectUnchanged(async () => expect((await expectRefused(callAction(joinMembershipAction, { college: "RESIDENTS" }))).formError).toBe("Veuillez vous connecter."));
  });
});

describe("cancelling one's own membership", () => {
  it("cancels one's pending membership, and the person may ask again", async () => {
    await signInAs(resident);
    await expectRedirect(callAction(joinMembershipAction, { college: "RESIDENTS" }), routes.mine.membershipDone("demandee"));
    const membership = await db.membership.findFirstOrThrow({ select: { id: true, version: true } });
    await expectRedirect(callAction(cancelMyMembershipAction, { membershipId: membership.id, version: String(membership.version), confirm: "on" }), routes.mine.membershipDone("annulee"));
    expect(await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({ status: "CANCELLED", version: 1 });
    expect(await auditRows({ action: "membership.cancel", entityId: membership.id })).toHaveLength(1);
    await expectRedirect(callAction(joinMembershipAction, { college: "SOCIO_ECONOMIC_PARTNERS" }), routes.mine.membershipDone("demandee"));
    expect(await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({ status: "PENDING", college: "SOCIO_ECONOMIC_PARTNERS", feeCents: 5000, cancelledAt: null, version: 2 });
  });

  it("refuses someone else's membership (not found), a paid one, a stale version or no confirmation, changing nothing", async () => {
    const other = await createMemberRow({ userId: (await createUser()).id });
    const theirs = await createMembershipRow({ memberId: other.id, year });
    const mine = await createMembershipRow({ memberId: (await createMemberRow({ userId: resident.id })).id, year, status: "ACTIVE" });
    await signInAs(resident);
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(cancelMyMembershipAction, { membershipId: theirs.id, version: "0", confirm: "on" }))).formError).toBe(MEMBERSHIP_NOT_FOUND);
      await expectRefused(callAction(cancelMyMembershipAction, { membershipId: mine.id, version: "0", confirm: "on" }));
      await expectRefused(callAction(cancelMyMembershipAction, { membershipId: mine.id, version: "3", confirm: "on" }));
      await expectRefused(callAction(cancelMyMembershipAction, { membershipId: mine.id, version: "0" }));
    });
  });
});

/**
 * Gestion › Adhérents: paper forms, payments (receipt, MEMBER role), cancellations, members'
 * details and the fee table, through the server actions against the database; the register and
 * figures queries. Refusals (callers, bad input, stale versions) change nothing.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  cancelMembershipAction,
  copyMembershipFeesAction,
  recordMembershipPaymentAction,
  recordPaperMembershipAction,
  setMembershipFeeAction,
  updateMemberAction,
} from "@/app/gestion/adherents/actions";
import { ALREADY_HAS_YEAR, NOTHING_TO_COPY, UNKNOWN_PARTNER } from "@/lib/membership/commands/staff";
import { MEMBERSHIP_CONFLICT } from "@/lib/membership/lifecycle";
import { endOfMembershipYear, membershipYear } from "@/lib/membership/model";
import { membershipFigures } from "@/lib/membership/queries/figures";
import { exportRegister, listRegister } from "@/lib/membership/queries/register";
import { registerCsv } from "@/lib/membership/register-csv";
import { routes } from "@/lib/routes";
import { callAction, expectRedirect, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createUser, type TestUser } from "../../helpers/factories";
import { createFees, createMemberRow, createMembershipRow } from "../../helpers/membership";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

const year = membershipYear();
let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  signOut();
  staff = await createUser({ name: "Claire Lefèvre", roles: ["STAFF"] });
  await createFees(year);
  await signInAs(staff);
});

async function expectUnchanged(call: () => Promise<unknown>) {
  const before = await databaseSnapshot();
  await call();
  expect(await databaseSnapshot()).toEqual(before);
}

const today = new Date().toISOString().slice(0, 10);

describe("paper forms", () => {
  it("records a new person, unpaid: a pending membership at the table's fee", async () => {
    const fields: Fields = { kind: "PERSON", name: "Lucien Marchand", email: "Lucien@exemple.test", year: String(year), college: "RESIDENTS", representativeName: "ignoré" };
    const member = () => db.member.findFirstOrThrow({ select: { id: true, name: true, email: true, representativeName: true } });
    const path = await redirectPathOf(callAction(recordPaperMembershipAction, fields));
    const created = await member();
    expect(path).toBe(routes.staff.member(created.id, "enregistree"));
    expect(created).toMatchObject({ name: "Lucien Marchand", email: "lucien@exemple.test", representativeName: null });
    expect(await db.membership.findFirstOrThrow({ where: { memberId: created.id } })).toMatchObject({ status: "PENDING", source: "PAPER", feeCents: 2500, year });
    // Sent twice: the same member and membership.
    await expectRedirect(callAction(recordPaperMembershipAction, fields), routes.staff.member(created.id, "enregistree"));
    expect(await db.member.count()).toBe(1);
    expect(await db.membership.count()).toBe(1);
  });

  it("records an organisation paid on the spot: active, receipt numbered, audited", async () => {
    const partner = await createPartner({ name: "Habitat Bellerive", kind: "SOCIAL_LANDLORD" });
    const path = await redirectPathOf(callAction(recordPaperMembershipAction, {
      kind: "ORGANISATION",
      name: "Habitat Bellerive",
      partnerId: partner.id,
      representativeName: "Nadia Ferhat",
      year: String(year),
      college: "SOCIAL_LANDLORDS",
      paidNow: "on",
      method: "TRANSFER",
      paidOn: today,
    }));
    const membership = await db.membership.findFirstOrThrow({ select: { id: true, memberId: true, status: true, activatedAt: true, payment: true, member: { select: { partnerId: true, representativeName: true } } } });
    expect(path).toBe(routes.staff.member(membership.memberId, "payee"));
    expect(membership.status).toBe("ACTIVE");
    expect(membership.activatedAt).not.toBeNull();
    expect(membership.member).toEqual({ partnerId: partner.id, representativeName: "Nadia Ferhat" });
    expect(membership.payment).toMatchObject({ amountCents: 10000, method: "TRANSFER", recordedById: staff.id, receiptYear: year, receiptNumber: 1 });
    expect(await auditRows({ action: "membership.pay", entityId: membership.id })).toHaveLength(1);
  });

  it("refuses bad input, changing nothing: organisation without representative, unknown partner, no fee, a second membership of the year", async () => {
    const existing = await createMemberRow();
    await createMembershipRow({ memberId: existing.id, year });
    await db.membershipFee.deleteMany({ where: { year: year + 1 } });
    await expectUnchanged(async () => {
      const org = await expectRefused(callAction(recordPaperMembershipAction, { kind: "ORGANISATION", name: "Ville", year: String(year), college: "LOCAL_AUTHORITIES" }));
      expect(org.fieldErrors?.partnerId).toBeUndefined();
      expect(org.fieldErrors?.representativeName).toEqual(["Indiquez le représentant de l'organisation."]);
      const unknown = await expectRefused(callAction(recordPaperMembershipAction, { kind: "ORGANISATION", name: "Ville", partnerId: "inconnu", representativeName: "M. Roy", year: String(year), college: "LOCAL_AUTHORITIES" }));
      expect(unknown.fieldErrors?.partnerId).toEqual([UNKNOWN_PARTNER]);
      const noFee = await expectRefused(callAction(recordPaperMembershipAction, { kind: "PERSON", name: "Jeanne", year: String(year + 1), college: "RESIDENTS" }));
      expect(noFee.fieldErrors?.college?.[0]).toContain("Aucune cotisation");
      const twice = await expectRefused(callAction(recordPaperMembershipAction, { memberId: existing.id, year: String(year), college: "RESIDENTS" }));
      expect(twice.fieldErrors?.year).toEqual([ALREADY_HAS_YEAR]);
      const unpaid = await expectRefused(callAction(recordPaperMembershipAction, { kind: "PERSON", name: "Jeanne", year: String(year), college: "RESIDENTS", paidNow: "on" }));
      expect(unpaid.fieldErrors?.method).toBeDefined();
      expect(unpaid.fieldErrors?.paidOn).toBeDefined();
      await expectRefused(callAction(recordPaperMembershipAction, { kind: "PERSON", name: "Jeanne", year: "1850", college: "RESIDENTS" }));
    });
  });
});

describe("payments", () => {
  it("activates the membership, numbers its receipt and makes the account a MEMBER until the end of the year", async () => {
    const person = await createUser({ roles: ["RESIDENT"] });
    const member = await createMemberRow({ userId: person.id });
    const membership = await createMembershipRow({ memberId: member.id, year });
    await expectRedirect(
      callAction(recordMembershipPaymentAction, { membershipId: membership.id, version: "0", amount: "25,00", method: "CHEQUE", paidOn: today }),
      routes.staff.member(member.id, "payee"),
    );
    const paid = await db.membership.findUniqueOrThrow({ where: { id: membership.id }, include: { payment: true } });
    expect(paid).toMatchObject({ status: "ACTIVE", version: 1 });
    expect(paid.payment).toMatchObject({ amountCents: 2500, method: "CHEQUE", receiptNumber: 1, recordedById: staff.id });
    const grants = await db.roleGrant.findMany({ where: { userId: person.id, role: "MEMBER" } });
    expect(grants).toHaveLength(1);
    expect(grants[0].validUntil).toEqual(endOfMembershipYear(year));
    expect(endOfMembershipYear(2026).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("adds no MEMBER grant when one already covers the year", async () => {
    const person = await createUser({ roles: ["RESIDENT", "MEMBER"] });
    const member = await createMemberRow({ userId: person.id });
    const membership = await createMembershipRow({ memberId: member.id, year });
    await expectRedirect(
      callAction(recordMembershipPaymentAction, { membershipId: membership.id, version: "0", amount: "25", method: "CASH", paidOn: today }),
      routes.staff.member(member.id, "payee"),
    );
    expect(await db.roleGrant.count({ where: { userId: person.id, role: "MEMBER" } })).toBe(1);
  });

  it("refuses a stale version, a paid or cancelled membership, a bad amount, changing nothing", async () => {
    const member = await createMemberRow();
    const pending = await createMembershipRow({ memberId: member.id, year });
    const cancelled = await createMembershipRow({ memberId: (await createMemberRow()).id, year, status: "CANCELLED" });
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(recordMembershipPaymentAction, { membershipId: pending.id, version: "4", amount: "25", method: "CASH", paidOn: today }))).formError).toBe(MEMBERSHIP_CONFLICT);
      await expectRefused(callAction(recordMembershipPaymentAction, { membershipId: cancelled.id, version: "0", amount: "25", method: "CASH", paidOn: today }));
      expect((await expectRefused(callAction(recordMembershipPaymentAction, { membershipId: pending.id, version: "0", amount: "0", method: "CASH", paidOn: today }))).fieldErrors?.amount).toEqual(["Le montant doit être supérieur à zéro."]);
      await expectRefused(callAction(recordMembershipPaymentAction, { membershipId: pending.id, version: "0", amount: "25", method: "BITCOIN", paidOn: today }));
      await expectRefused(callAction(recordMembershipPaymentAction, { membershipId: pending.id, version: "0", amount: "25", method: "CASH", paidOn: "2026-02-30" }));
    });
    expect(await db.receiptCounter.count()).toBe(0);
  });

  it("cancels a pending membership, and refuses to cancel an active one", async () => {
    const member = await createMemberRow();
    const pending = await createMembershipRow({ memberId: member.id, year });
    const active = await createMembershipRow({ memberId: member.id, year: year - 1, status: "ACTIVE" });
    await expectRedirect(callAction(cancelMembershipAction, { membershipId: pending.id, version: "0", confirm: "on" }), routes.staff.member(member.id, "annulee"));
    expect(await db.membership.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "CANCELLED" });
    await expectUnchanged(() => expectRefused(callAction(cancelMembershipAction, { membershipId: active.id, version: "0", confirm: "on" })));
  });
});

describe("members and fees", () => {
  it("edits a member's details, audited; an organisation keeps its representative", async () => {
    const partner = await createPartner();
    const member = await createMemberRow();
    await expectRedirect(
      callAction(updateMemberAction, { memberId: member.id, kind: "ORGANISATION", name: "Centre social Les Tilleuls", partnerId: partner.id, representativeName: "Yves Garnier", email: "", phone: "01 23 45 67 89", address: "" }),
      routes.staff.member(member.id, "modifie"),
    );
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ kind: "ORGANISATION", partnerId: partner.id, representativeName: "Yves Garnier", email: null });
    expect(await auditRows({ action: "member.update", entityId: member.id })).toHaveLength(1);
  });

  it("sets a fee and copies the previous year's to the next, once", async () => {
    await expectRedirect(callAction(setMembershipFeeAction, { year: String(year), college: "RESIDENTS", amount: "12,50" }), routes.staff.membershipFeesDone("enregistree"));
    expect(await db.membershipFee.findUniqueOrThrow({ where: { year_college: { year, college: "RESIDENTS" } } })).toMatchObject({ amountCents: 1250 });
    await expectRedirect(callAction(copyMembershipFeesAction, { year: String(year + 1) }), routes.staff.membershipFeesDone("recopiees"));
    expect(await db.membershipFee.count({ where: { year: year + 1 } })).toBe(4);
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(copyMembershipFeesAction, { year: String(year + 1) }))).formError).toBe(NOTHING_TO_COPY);
      await expectRefused(callAction(setMembershipFeeAction, { year: String(year), college: "RESIDENTS", amount: "-3" }));
      await expectRefused(callAction(setMembershipFeeAction, { year: String(year), college: "AUTRE", amount: "3" }));
    });
  });

  it("refuses every staff action to other roles, changing nothing", async () => {
    const member = await createMemberRow();
    const pending = await createMembershipRow({ memberId: member.id, year });
    for (const roles of [["RESIDENT"], ["BOARD_MEMBER"], ["ADMIN"], ["PARTNER"]] as const) {
      await signInAs(await createUser({ roles: [...roles] }));
      await expectUnchanged(async () => {
        expect((await expectRefused(callAction(recordMembershipPaymentAction, { membershipId: pending.id, version: "0", amount: "25", method: "CASH", paidOn: today }))).formError).toBe("Accès refusé.");
        expect((await expectRefused(callAction(setMembershipFeeAction, { year: String(year), college: "RESIDENTS", amount: "3" }))).formError).toBe("Accès refusé.");
      });
    }
  });
});

describe("register and figures", () => {
  it("filters by year, college, status, kind, search and renewals due, in SQL; the CSV has the same rows", async () => {
    const actor = actorOf({ ...staff, roles: ["STAFF"] });
    const lapsed = await createMemberRow({ name: "Odile Perrin" });
    await createMembershipRow({ memberId: lapsed.id, year: year - 1, status: "ACTIVE" });
    const renewed = await createMemberRow({ name: "Marc Olivier" });
    await createMembershipRow({ memberId: renewed.id, year: year - 1, status: "ACTIVE" });
    await createMembershipRow({ memberId: renewed.id, year, status: "PENDING" });
    const org = await createMemberRow({ name: "Ville de Bellerive", kind: "ORGANISATION", partnerId: (await createPartner()).id, representativeName: "Paul Roy" });
    await createMembershipRow({ memberId: org.id, year, college: "LOCAL_AUTHORITIES", status: "ACTIVE" });

    const names = async (filter: Parameters<typeof listRegister>[1]) => (await listRegister(actor, filter, year)).rows.map((r) => r.name);
    expect(await names({ page: 1, renewalDue: true })).toEqual(["Odile Perrin"]);
    expect(await names({ page: 1, year })).toEqual(["Marc Olivier", "Ville de Bellerive"]);
    expect(await names({ page: 1, college: "LOCAL_AUTHORITIES" })).toEqual(["Ville de Bellerive"]);
    expect(await names({ page: 1, kind: "ORGANISATION" })).toEqual(["Ville de Bellerive"]);
    expect(await names({ page: 1, status: "PENDING" })).toEqual(["Marc Olivier"]);
    expect(await names({ page: 1, search: "perr" })).toEqual(["Odile Perrin"]);
    const csv = registerCsv(await exportRegister(actor, { year }, year));
    expect(csv.startsWith("\uFEFFAnnée;Adhérent")).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(3);
    await expect(listRegister(actorOf({ id: staff.id, partnerId: null, roles: ["RESIDENT"] }), { page: 1 }, year)).rejects.toThrow();

    const figures = await membershipFigures(actor, { fromYear: year - 1, toYear: year });
    expect(figures).toEqual([
      { year, college: "LOCAL_AUTHORITIES", members: 1, collectedCents: 0 },
      { year: year - 1, college: "RESIDENTS", members: 2, collectedCents: 0 },
    ]);
  });
});

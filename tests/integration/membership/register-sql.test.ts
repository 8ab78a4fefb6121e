import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { membershipYear } from "@/lib/membership/model";
import { exportRegister, listRegister, REGISTER_PAGE_SIZE } from "@/lib/membership/queries/register";
import { lapsedWhere } from "@/lib/membership/renewals";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createUser } from "../../helpers/factories";
import { createMemberRow, createMembershipRow } from "../../helpers/membership";

/**
 * The register is read in raw SQL (one statement for a page and its count): its renewal rule must
 * stay lapsedWhere's (the reminder job's and the figures'), and its rows what the page showed
 * when it was read through Prisma.
 */
const year = membershipYear();
const staff = () => actorOf({ id: "staff", partnerId: null, roles: ["STAFF"] });

beforeEach(async () => {
  await resetDatabase();
});

describe("the register in SQL", () => {
  it("lists the renewals due that lapsedWhere finds, and no other", async () => {
    const cases: { name: string; memberships: { year: number; status: "ACTIVE" | "PENDING" | "CANCELLED" }[] }[] = [
      { name: "Lapsed", memberships: [{ year: year - 1, status: "ACTIVE" }] },
      { name: "Renewed pending", memberships: [{ year: year - 1, status: "ACTIVE" }, { year, status: "PENDING" }] },
      { name: "Renewed active", memberships: [{ year: year - 1, status: "ACTIVE" }, { year, status: "ACTIVE" }] },
      { name: "Renewal cancelled", memberships: [{ year: year - 1, status: "ACTIVE" }, { year, status: "CANCELLED" }] },
      { name: "Next year already", memberships: [{ year: year - 1, status: "ACTIVE" }, { year: year + 1, status: "PENDING" }] },
      { name: "Never paid", memberships: [{ year: year - 1, status: "PENDING" }] },
      { name: "Older", memberships: [{ year: year - 2, status: "ACTIVE" }] },
    ];
    for (const c of cases) {
      const member = await createMemberRow({ name: c.name });
      for (const m of c.memberships) await createMembershipRow({ memberId: member.id, year: m.year, status: m.status });
    }
    const expected = await db.membership.findMany({ where: lapsedWhere(year), select: { id: true } });
    const listed = await listRegister(staff(), { page: 1, renewalDue: true }, year);
    expect(listed.rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(listed.rows.map((r) => r.name).sort()).toEqual(["Lapsed", "Renewal cancelled"]);
    expect(listed.total).toBe(2);
  });

  it("searches the member's name, address, representative and account address, wildcards as text", async () => {
    const account = await createUser({ name: "Inès Garnier", email: "ines.garnier@exemple.test" });
    const withAccount = await createMemberRow({ name: "Inès Garnier", email: null, userId: account.id });
    await createMembershipRow({ memberId: withAccount.id, year });
    const other = await createMemberRow({ name: "Jean 100% Dupont", email: "jean@exemple.test" });
    await createMembershipRow({ memberId: other.id, year });
    await createMembershipRow({ memberId: (await createMemberRow({ name: "Jean 1000 Martin" })).id, year });

    const names = async (search: string) => (await listRegister(staff(), { page: 1, search }, year)).rows.map((r) => r.name);
    expect(await names("INES.GARNIER@")).toEqual(["Inès Garnier"]);
    expect(await names("100%")).toEqual(["Jean 100% Dupont"]);
    // The account's address stands in for a member who gave none.
    const [row] = (await listRegister(staff(), { page: 1, search: "garnier" }, year)).rows;
    expect(row.email).toBe("ines.garnier@exemple.test");
  });

  it("pages newest year first then by name, counts every match, and exports the same rows with their payment", async () => {
    for (let i = 0; i < REGISTER_PAGE_SIZE + 2; i++) {
      const member = await createMemberRow({ name: `Membre ${String(i).padStart(2, "0")}` });
      await createMembershipRow({ memberId: member.id, year: year - (i % 2) });
    }
    const paid = await createMembershipRow({ memberId: (await createMemberRow({ name: "Aline Payée" })).id, year, status: "ACTIVE" });
    await db.membershipPayment.create({ data: { membershipId: paid.id, amountCents: 2500, method: "CASH", paidOn: new Date("2026-03-04T00:00:00Z"), receiptYear: year, receiptNumber: 7 } });

    const first = await listRegister(staff(), { page: 1 }, year);
    const second = await listRegister(staff(), { page: 2 }, year);
    expect(first.total).toBe(REGISTER_PAGE_SIZE + 3);
    expect(second.total).toBe(REGISTER_PAGE_SIZE + 3);
    expect(first.rows).toHaveLength(REGISTER_PAGE_SIZE);
    expect(second.rows).toHaveLength(3);
    const all = [...first.rows, ...second.rows];
    const sorted = [...all].sort((a, b) => b.year - a.year || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(all.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    expect(first.rows[0]).toMatchObject({ name: "Aline Payée", payment: { amountCents: 2500, method: "CASH", paidOn: new Date("2026-03-04T00:00:00Z"), receipt: `${year}-0007` } });
    expect((await exportRegister(staff(), {}, year)).map((r) => r.id)).toEqual(all.map((r) => r.id));
    // A page past the last is empty but still counts.
    expect(await listRegister(staff(), { page: 9 }, year)).toMatchObject({ rows: [], total: REGISTER_PAGE_SIZE + 3 });
  });
});

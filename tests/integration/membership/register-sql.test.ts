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

  it("orders a page that spans two years newest year first, by name then membership across the boundary", async () => {
    // 20 this year, then 10 two years ago: none last year, so page 1 ends inside the older year.
    const made: { id: string; year: number; name: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const name = `Membre ${String((i * 7) % 30).padStart(2, "0")}`;
      const member = await createMemberRow({ name });
      made.push({ ...(await createMembershipRow({ memberId: member.id, year: i < 20 ? year : year - 2 })), year: i < 20 ? year : year - 2, name });
    }
    // Two members of one name in one year: their memberships in id order.
    for (const name of ["Homonyme", "Homonyme"]) {
      const member = await createMemberRow({ name });
      made.push({ ...(await createMembershipRow({ memberId: member.id, year: year - 2 })), year: year - 2, name });
    }
    const expected = [...made].sort((a, b) => b.year - a.year || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.id);

    const first = await listRegister(staff(), { page: 1 }, year);
    const second = await listRegister(staff(), { page: 2 }, year);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected);
    expect(first.rows.map((r) => r.year)).toEqual([...Array(20).fill(year), ...Array(5).fill(year - 2)]);
    expect(second).toMatchObject({ total: 32, page: 2 });
    expect((await exportRegister(staff(), {}, year)).map((r) => r.id)).toEqual(expected);

    // A year's register: its rows only, in the same order; a year with none is empty and counts 0.
    expect((await listRegister(staff(), { page: 1, year: year - 2 }, year)).rows.map((r) => r.id)).toEqual(expected.slice(20));
    expect(await listRegister(staff(), { page: 1, year: year - 1 }, year)).toMatchObject({ rows: [], total: 0 });
    expect(await exportRegister(staff(), { year: year - 1 }, year)).toEqual([]);
  });

  it("searches within a year, and pages a status or a college in the register's order", async () => {
    const rows = [
      { name: "Zoé Martin", year, status: "ACTIVE", college: "RESIDENTS" },
      { name: "Anne Martin", year, status: "PENDING", college: "RESIDENTS" },
      { name: "Bruno Martin", year: year - 1, status: "ACTIVE", college: "RESIDENTS" },
      { name: "Claire Petit", year, status: "ACTIVE", college: "SOCIO_ECONOMIC_PARTNERS" },
      { name: "Martine SA", year: year - 1, status: "ACTIVE", college: "SOCIO_ECONOMIC_PARTNERS" },
    ] as const;
    for (const row of rows) {
      const member = await createMemberRow({ name: row.name });
      await createMembershipRow({ memberId: member.id, year: row.year, status: row.status, college: row.college });
    }
    const names = async (filter: Parameters<typeof listRegister>[1]) => (await listRegister(staff(), filter, year)).rows.map((r) => r.name);
    expect(await names({ page: 1, search: "martin" })).toEqual(["Anne Martin", "Zoé Martin", "Bruno Martin", "Martine SA"]);
    expect(await names({ page: 1, search: "martin", year: year - 1 })).toEqual(["Bruno Martin", "Martine SA"]);
    expect(await names({ page: 1, status: "ACTIVE" })).toEqual(["Claire Petit", "Zoé Martin", "Bruno Martin", "Martine SA"]);
    expect(await names({ page: 1, college: "SOCIO_ECONOMIC_PARTNERS" })).toEqual(["Claire Petit", "Martine SA"]);
    expect(await listRegister(staff(), { page: 2, search: "martin", year: year - 1 }, year)).toMatchObject({ rows: [], total: 2 });
  });

  it("follows a member renamed, whoever writes the name, and ignores a name written on the membership", async () => {
    const zoe = await createMemberRow({ name: "Zoé Roux" });
    const zoeThisYear = await createMembershipRow({ memberId: zoe.id, year });
    const zoeLastYear = await createMembershipRow({ memberId: zoe.id, year: year - 1 });
    const bernard = await createMemberRow({ name: "Bernard Roux" });
    const bernardThisYear = await createMembershipRow({ memberId: bernard.id, year });
    const names = async () => (await listRegister(staff(), { page: 1, year }, year)).rows.map((r) => r.name);
    expect(await names()).toEqual(["Bernard Roux", "Zoé Roux"]);

    await db.member.update({ where: { id: zoe.id }, data: { name: "Albane Roux" } });
    expect(await names()).toEqual(["Albane Roux", "Bernard Roux"]);
    expect((await exportRegister(staff(), {}, year)).map((r) => r.name)).toEqual(["Albane Roux", "Bernard Roux", "Albane Roux"]);

    // The copy the order reads is the database's: a value written directly does not hold.
    await db.membership.update({ where: { id: bernardThisYear.id }, data: { memberName: "AAA" } });
    await db.$executeRaw`INSERT INTO "Membership" (id, "memberId", year, college, "feeCents", source, "memberName", "updatedAt") VALUES ('raw-insert', ${bernard.id}, ${year - 1}, 'RESIDENTS', 2500, 'PAPER', 'AAA', now())`;
    const copies = await db.membership.findMany({ select: { id: true, memberName: true } });
    expect(new Map(copies.map((c) => [c.id, c.memberName]))).toEqual(
      new Map([
        [zoeThisYear.id, "Albane Roux"],
        [zoeLastYear.id, "Albane Roux"],
        [bernardThisYear.id, "Bernard Roux"],
        ["raw-insert", "Bernard Roux"],
      ]),
    );
  });
});

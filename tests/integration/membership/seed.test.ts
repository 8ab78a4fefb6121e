/**
 * The membership demo data (prisma/seed-membership.ts), on its own: believable counts, the demo
 * accounts where the end-to-end tests expect them, receipts numbered per year without a gap, and
 * the members active this year that the governance seed draws the board from.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { membershipYear } from "@/lib/membership/model";
import { seedMembership } from "@/prisma/seed-membership";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createUser } from "../../helpers/factories";

beforeEach(resetDatabase);

describe("seedMembership", () => {
  it("seeds fees, members over four years, numbered receipts, and returns this year's active members", async () => {
    const year = membershipYear();
    for (const [name, kind] of [
      ["Ville de Bellerive", "LOCAL_AUTHORITY"],
      ["Habitat Bellerive", "SOCIAL_LANDLORD"],
      ["Logis du Val", "SOCIAL_LANDLORD"],
      ["PLIE du Val de Bellerive", "SOCIO_ECONOMIC"],
      ["Mission locale de Bellerive", "SOCIO_ECONOMIC"],
      ["Centre social Jacques-Prévert", "SOCIO_ECONOMIC"],
    ] as const)
      await createPartner({ name, kind });
    const staff = await createUser({ roles: ["STAFF"] });
    const board = await createUser({ name: "Fatou Camara", roles: ["RESIDENT", "MEMBER", "BOARD_MEMBER"] });
    const multi = await createUser({ name: "Karim Haddad", roles: ["RESIDENT", "EMPLOYEE", "BOARD_MEMBER"] });
    const resident = await createUser({ name: "Amina Benali" });

    const { members } = await seedMembership(db, { staffId: staff.id, accounts: { board: board.id, multi: multi.id, resident: resident.id } });

    expect(await db.membershipFee.count()).toBe(40);
    expect(await db.member.count()).toBeGreaterThanOrEqual(55);
    expect(await db.member.count({ where: { userId: resident.id } })).toBe(0);
    const byCollege = (college: string) => members.filter((m) => m.college === college);
    expect(byCollege("RESIDENTS").length).toBeGreaterThanOrEqual(20);
    expect(byCollege("LOCAL_AUTHORITIES")).toHaveLength(2);
    expect(byCollege("SOCIAL_LANDLORDS")).toHaveLength(2);
    expect(byCollege("SOCIO_ECONOMIC_PARTNERS")).toHaveLength(2);
    expect(members.map((m) => m.userId)).toEqual(expect.arrayContaining([board.id, multi.id]));
    const active = await db.membership.findMany({ where: { year, status: "ACTIVE" }, select: { member: { select: { id: true, kind: true, representativeName: true } } } });
    expect(new Set(active.map((a) => a.member.id))).toEqual(new Set(members.map((m) => m.id)));
    expect(active.filter((a) => a.member.kind === "ORGANISATION").every((a) => a.member.representativeName)).toBe(true);
    // Pending, lapsed and cancelled ones too, for the register's filters and the reminder.
    expect(await db.membership.count({ where: { year, status: "PENDING" } })).toBeGreaterThan(0);
    expect(await db.membership.count({ where: { status: "CANCELLED" } })).toBeGreaterThan(0);

    for (const y of [year - 3, year - 2, year - 1, year]) {
      const numbers = (await db.membershipPayment.findMany({ where: { receiptYear: y }, select: { receiptNumber: true }, orderBy: { receiptNumber: "asc" } })).map((p) => p.receiptNumber);
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect((await db.receiptCounter.findUniqueOrThrow({ where: { year: y } })).last).toBe(numbers.length);
    }
    expect(await db.membershipPayment.count()).toBe(await db.membership.count({ where: { status: "ACTIVE" } }));
  });
});

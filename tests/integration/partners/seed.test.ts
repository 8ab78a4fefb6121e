import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoEmail, seed } from "@/prisma/seed";
import { resetDatabase } from "../../helpers/database";

beforeEach(resetDatabase);

describe("the partners' demo data", () => {
  it("gives every partner two or three contacts, one of Habitat Bellerive being the demo partner account", async () => {
    await seed(db);

    const partners = await db.partner.findMany({ select: { name: true, _count: { select: { contacts: true } } } });
    for (const partner of partners) expect(partner._count.contacts, partner.name).toBeGreaterThanOrEqual(2);
    for (const partner of partners) expect(partner._count.contacts, partner.name).toBeLessThanOrEqual(3);
    const account = await db.user.findUniqueOrThrow({ where: { email: demoEmail("partner") }, select: { id: true, roleGrants: { select: { partnerId: true } } } });
    const linked = await db.partnerContact.findFirstOrThrow({ where: { userId: account.id }, select: { partnerId: true, partner: { select: { name: true } } } });
    expect(linked.partner.name).toBe("Habitat Bellerive");
    expect(account.roleGrants.map((g) => g.partnerId)).toContain(linked.partnerId);
    // The starting sub-types are there even after the tests' reset emptied the table.
    expect((await db.partnerSubtype.findMany({ select: { name: true } })).map((s) => s.name)).toEqual(expect.arrayContaining(["Commune", "Bailleur social", "PLIE", "Entreprise"]));
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countPeople, getPerson, getProfile, listPeople, PEOPLE_PAGE_SIZE } from "@/lib/people/queries";
import { getTerritoryOverview, listEntranceOptions, listPartnerSites } from "@/lib/territory/queries";
import { getPartnersByIds } from "@/lib/partners/queries/partner";
import { getPublicOverview } from "@/lib/partners/queries/public";
import { listPartnerOptions } from "@/lib/partners/queries/staff";
import { resetDatabase } from "../helpers/database";
import { createPartner, createTerritory, createUser } from "../helpers/factories";

beforeEach(resetDatabase);

describe("listPeople", () => {
  it("searches names case-insensitively and addresses, leaving deleted accounts out", async () => {
    await createUser({ name: "Amina Benali", email: "amina@exemple.test" });
    await createUser({ name: "Karim Haddad", email: "k.haddad@exemple.test" });
    await createUser({ name: "Amina Supprimée", email: "supprime-1@anonyme.invalid", status: "DELETED" });

    expect((await listPeople({ q: "amina", page: 1 })).people.map((p) => p.name)).toEqual(["Amina Benali"]);
    expect((await listPeople({ q: "BENALI", page: 1 })).people.map((p) => p.name)).toEqual(["Amina Benali"]);
    expect((await listPeople({ q: "K.HADDAD@", page: 1 })).people.map((p) => p.name)).toEqual(["Karim Haddad"]);
    expect((await listPeople({ page: 1 })).total).toBe(2);
  });

  it("treats %, _ and \\ in a search as plain characters", async () => {
    await createUser({ name: "Amina Benali", email: "amina.benali@exemple.test" });
    await createUser({ name: "Karim Haddad", email: "k_haddad@exemple.test" });
    expect((await listPeople({ q: "%", page: 1 })).total).toBe(0);
    expect((await listPeople({ q: "\\", page: 1 })).total).toBe(0);
    expect((await listPeople({ q: "a_b", page: 1 })).total).toBe(0);
    expect((await listPeople({ q: "k_h", page: 1 })).people.map((p) => p.name)).toEqual(["Karim Haddad"]);
  });

  it("filters by an active role, ignoring revoked and expired grants", async () => {
    const staff = await createUser({ name: "Claire Lefèvre", roles: ["STAFF"] });
    const revoked = await createUser({ name: "Ancien Staff", roles: ["RESIDENT", "STAFF"] });
    await db.roleGrant.updateMany({ where: { userId: revoked.id, role: "STAFF" }, data: { revokedAt: new Date() } });
    const expired = await createUser({ name: "Staff Expiré", roles: ["RESIDENT"] });
    await db.roleGrant.create({ data: { userId: expired.id, role: "STAFF", validFrom: new Date(Date.now() - 2 * 86_400_000), validUntil: new Date(Date.now() - 86_400_000) } });
    await createUser({ name: "Amina Benali", roles: ["RESIDENT"] });

    const { people, total } = await listPeople({ role: "STAFF", page: 1 });

    expect(total).toBe(1);
    expect(people).toEqual([{ id: staff.id, name: "Claire Lefèvre", email: staff.email, status: "ACTIVE", roleGrants: [{ role: "STAFF" }] }]);
    expect(await countPeople("STAFF")).toBe(1);
    expect(await countPeople()).toBe(4);
  });

  it("paginates by name, in pages of PEOPLE_PAGE_SIZE", async () => {
    const count = PEOPLE_PAGE_SIZE + 3;
    for (let i = 0; i < count; i++) await createUser({ name: `Habitant ${String(i).padStart(2, "0")}` });

    const first = await listPeople({ page: 1 });
    const second = await listPeople({ page: 2 });
    const beyond = await listPeople({ page: 3 });

    expect(first.total).toBe(count);
    expect(first.pageSize).toBe(PEOPLE_PAGE_SIZE);
    expect(first.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.people[0].name).toBe("Habitant 00");
    expect(second.people.map((p) => p.name)).toEqual(["Habitant 25", "Habitant 26", "Habitant 27"]);
    expect(beyond.people).toEqual([]);
  });

  it("never returns password hashes", async () => {
    await createUser();
    const json = JSON.stringify(await listPeople({ page: 1 }));
    expect(json).not.toContain("$argon2");
    expect(json).not.toContain("passwordHash");
  });
});

describe("getProfile and getPerson", () => {
  it("return small records without the password hash", async () => {
    const user = await createUser({ roles: ["RESIDENT", "PARTNER"] });
    const profile = await getProfile(user.id);
    const person = await getPerson(user.id);
    expect(profile).toMatchObject({ id: user.id, email: user.email });
    expect(person).toMatchObject({ id: user.id, status: "ACTIVE" });
    expect(JSON.stringify([profile, person])).not.toContain("$argon2");
  });

  it("getPerson does not find a deleted account", async () => {
    const user = await createUser({ status: "DELETED" });
    expect(await getPerson(user.id)).toBeNull();
  });
});

describe("listPartnerSites", () => {
  it("returns only the sites of that partner", async () => {
    const landlord = await createPartner({ name: "Habitat Bellerive" });
    const other = await createPartner({ name: "Logis du Val" });
    const own = await createTerritory({ ownerPartnerId: landlord.id, siteName: "Résidence Les Tilleuls" });
    await createTerritory({ ownerPartnerId: other.id, siteName: "Le Clos des Vignes" });
    await createTerritory({ siteName: "Place du Marché" });

    const sites = await listPartnerSites(landlord.id);

    expect(sites).toEqual([
      {
        id: own.site.id,
        name: "Résidence Les Tilleuls",
        address: expect.any(String),
        area: { name: own.area.name },
        buildings: [{ id: own.building.id, name: own.building.name, address: expect.any(String), _count: { entrances: 1 } }],
      },
    ]);
    expect(await listPartnerSites(other.id)).toHaveLength(1);
    expect(await listPartnerSites("cm0000000000000000000000")).toEqual([]);
  });
});

describe("territory and partner overviews", () => {
  it("list entrances with a readable label", async () => {
    const { entrance, building, site } = await createTerritory();
    expect(await listEntranceOptions()).toEqual([
      { id: entrance.id, label: expect.stringContaining(`${site.name} — ${building.name}, Entrée 1`) },
    ]);
  });

  it("group sites by area, with owners and building counts", async () => {
    const partner = await createPartner({ name: "Habitat Bellerive" });
    const { area } = await createTerritory({ ownerPartnerId: partner.id });
    const overview = await getTerritoryOverview();
    expect(overview).toHaveLength(1);
    expect(overview[0]).toMatchObject({ id: area.id, sites: [{ owner: "Habitat Bellerive", buildings: 1 }] });
  });

  it("count public figures without naming any resident", async () => {
    const partner = await createPartner({ name: "Ville de Bellerive", kind: "LOCAL_AUTHORITY" });
    await createTerritory({ ownerPartnerId: partner.id });
    await createUser({ name: "Amina Benali", roles: ["RESIDENT"] });
    await createUser({ name: "Désactivée", roles: ["RESIDENT"], status: "DISABLED" });
    await createUser({ name: "Claire Lefèvre", roles: ["STAFF"] });

    const overview = await getPublicOverview();

    expect(overview.figures).toEqual({ areas: 1, sites: 1, buildings: 1, residents: 1 });
    expect(overview.partners).toEqual([{ name: "Ville de Bellerive", kind: "LOCAL_AUTHORITY", subtype: null }]);
    expect(JSON.stringify(overview)).not.toContain("Amina");
  });

  it("list partners and find them by ids", async () => {
    const a = await createPartner({ name: "Habitat Bellerive" });
    await createPartner({ name: "Mission locale", kind: "SOCIO_ECONOMIC" });
    expect((await listPartnerOptions()).map((p) => p.name)).toEqual(["Habitat Bellerive", "Mission locale"]);
    expect(await getPartnersByIds([a.id])).toEqual([{ id: a.id, name: "Habitat Bellerive", kind: "SOCIAL_LANDLORD", subtype: null }]);
  });
});

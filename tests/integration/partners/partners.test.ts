/**
 * Staff keep the partners (/gestion/partenaires): partners, sub-types, contacts. Each command
 * against the database: what it writes (row, version, audit row), the cache tags it expires, the
 * callers and inputs it refuses without changing anything; the reads and who may make them.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  createPartnerAction,
  createPartnerContactAction,
  setPartnerArchivedAction,
  setPartnerSubtypeActiveAction,
  updatePartnerAction,
} from "@/app/gestion/partenaires/actions";
import {
  createPartner,
  createPartnerContact,
  createSubtype,
  renameSubtype,
  setPartnerArchived,
  setPartnerContactArchived,
  setSubtypeActive,
  updatePartner,
  updatePartnerContact,
} from "@/lib/partners/commands/staff";
import { CONTACT_CONFLICT, PARTNER_ARCHIVED, PARTNER_CONFLICT, SUBTYPE_INACTIVE, duplicatePartnerName, duplicateSubtypeName } from "@/lib/partners/model";
import { getPartnerContactForStaff, getPartnerForStaff, listPartnerOptions, listPartnersForStaff, listSubtypeOptions, listSubtypesForStaff } from "@/lib/partners/queries/staff";
import { getPublicOverview } from "@/lib/partners/queries/public";
import { listTriageOptions } from "@/lib/reports/queries/staff";
import { createPartnerSchema, createContactSchema } from "@/lib/partners/schemas";
import { revalidateTag } from "../../helpers/next-cache";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner as createPartnerRow, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createContact } from "../../helpers/partners";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let staff: TestUser;
const ctx = () => ({ actor: actorOf(staff) });

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
});

const partnerInput = (overrides: Record<string, unknown> = {}) => createPartnerSchema.parse({ name: "Habitat Bellerive", kind: "SOCIAL_LANDLORD", ...overrides });

async function refusedCallers(): Promise<[string, TestUser][]> {
  const partner = await createPartnerRow();
  return [
    ["a resident", await createUser({ roles: ["RESIDENT"] })],
    ["a partner user", await createUser({ roles: ["PARTNER"], partnerId: partner.id })],
    ["a board member", await createUser({ roles: ["RESIDENT", "MEMBER", "BOARD_MEMBER"] })],
    ["an employee", await createUser({ roles: ["EMPLOYEE"] })],
    ["the administrator", await createUser({ roles: ["ADMIN"] })],
  ];
}

describe("partners", () => {
  it("creates a partner with its audit row and expires the public home page", async () => {
    const subtype = await db.partnerSubtype.create({ data: { name: "Office public de l'habitat", kind: "SOCIAL_LANDLORD" } });
    await signInAs(staff);

    const path = await redirectPathOf(
      callAction(createPartnerAction, { name: "Habitat Bellerive", kind: "SOCIAL_LANDLORD", subtypeId: subtype.id, website: "https://habitat.test", email: "Accueil@Habitat.test" }),
    );

    const partner = await db.partner.findUniqueOrThrow({ where: { name: "Habitat Bellerive" } });
    expect(path).toBe(`/gestion/partenaires/${partner.id}?fait=cree`);
    expect(partner).toMatchObject({ kind: "SOCIAL_LANDLORD", subtypeId: subtype.id, website: "https://habitat.test", email: "accueil@habitat.test", version: 0, archivedAt: null });
    expect(await auditRows({ action: "partner.create", entityId: partner.id })).toHaveLength(1);
    expect(revalidateTag).toHaveBeenCalledWith("partners", { expire: 0 });
  });

  it("refuses a duplicate name, whatever its case, with a clear French message", async () => {
    await createPartner(ctx(), partnerInput());
    await signInAs(staff);
    const before = await databaseSnapshot();

    const refusal = await expectRefused(callAction(createPartnerAction, { name: "habitat bellerive", kind: "SOCIAL_LANDLORD" }));

    expect(refusal.fieldErrors?.name).toEqual([duplicatePartnerName("Habitat Bellerive")]);
    expect(refusal.fieldErrors?.name?.[0]).toBe("Un partenaire s'appelle déjà « Habitat Bellerive » (archivé ou non). Choisissez un autre nom.");
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("edits at the version read, and refuses a stale version", async () => {
    const { id } = await createPartner(ctx(), partnerInput());
    const other = await createPartner(ctx(), partnerInput({ name: "Ville de Bellerive", kind: "LOCAL_AUTHORITY" }));

    const edited = await updatePartner(ctx(), { ...partnerInput({ phone: "02 47 11 22 33" }), partnerId: id, version: 0 });
    expect(edited).toMatchObject({ changed: true, cacheTags: ["partners"] });
    expect(await db.partner.findUniqueOrThrow({ where: { id } })).toMatchObject({ phone: "02 47 11 22 33", version: 1 });
    const [row] = await auditRows({ action: "partner.update", entityId: id });
    expect(row.before).toEqual({ phone: null });
    expect(row.after).toEqual({ phone: "02 47 11 22 33" });

    // Nothing changed: nothing written.
    expect(await updatePartner(ctx(), { ...partnerInput({ phone: "02 47 11 22 33" }), partnerId: id, version: 1 })).toMatchObject({ changed: false });

    await signInAs(staff);
    const before = await databaseSnapshot();
    const stale = await expectRefused(callAction(updatePartnerAction, { partnerId: id, version: "0", name: "Habitat Bellerive", kind: "SOCIAL_LANDLORD", phone: "01 00 00 00 00" }));
    expect(stale.formError).toBe(PARTNER_CONFLICT);
    const taken = await expectRefused(callAction(updatePartnerAction, { partnerId: other.id, version: "0", name: "HABITAT BELLERIVE", kind: "LOCAL_AUTHORITY" }));
    expect(taken.fieldErrors?.name).toEqual([duplicatePartnerName("Habitat Bellerive")]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("offers only active sub-types anew, and lets a partner keep one no longer offered", async () => {
    const old = await db.partnerSubtype.create({ data: { name: "Ancienne précision" } });
    const { id } = await createPartner(ctx(), partnerInput({ subtypeId: old.id }));
    await setSubtypeActive(ctx(), { subtypeId: old.id, active: false });

    await expect(createPartner(ctx(), partnerInput({ name: "Autre", subtypeId: old.id }))).rejects.toThrow(SUBTYPE_INACTIVE);
    await expect(updatePartner(ctx(), { ...partnerInput({ subtypeId: old.id, phone: "0247000000" }), partnerId: id, version: 0 })).resolves.toMatchObject({ changed: true });
    expect((await listSubtypeOptions()).map((s) => s.id)).not.toContain(old.id);
    expect((await listSubtypeOptions(old.id)).map((s) => s.id)).toContain(old.id);
  });

  it("archives: readable with its history, offered nowhere new, hidden from the public home page; then un-archives", async () => {
    const { id } = await createPartner(ctx(), partnerInput());
    await createPartner(ctx(), partnerInput({ name: "Ville de Bellerive", kind: "LOCAL_AUTHORITY" }));
    const { site } = await createTerritory({ ownerPartnerId: id });
    await signInAs(staff);

    await expectRedirect(callAction(setPartnerArchivedAction, { partnerId: id, version: "0", archived: "true" }), `/gestion/partenaires/${id}?fait=archive`);

    expect(revalidateTag).toHaveBeenCalledWith("partners", { expire: 0 });
    expect(await auditRows({ action: "partner.archive", entityId: id })).toHaveLength(1);
    expect((await listPartnerOptions()).map((p) => p.name)).toEqual(["Ville de Bellerive"]);
    expect((await listTriageOptions()).partners.map((p) => p.name)).toEqual(["Ville de Bellerive"]);
    expect((await getPublicOverview()).partners.map((p) => p.name)).toEqual(["Ville de Bellerive"]);
    const kept = await getPartnerForStaff(actorOf(staff), id);
    expect(kept?.archivedAt).not.toBeNull();
    expect(kept?.sites.map((s) => s.id)).toEqual([site.id]);
    // Nothing new on it: no contact.
    await expect(createPartnerContact(ctx(), createContactSchema.parse({ partnerId: id, name: "Nouveau Contact" }))).rejects.toThrow(PARTNER_ARCHIVED);

    await setPartnerArchived(ctx(), { partnerId: id, version: 1, archived: false });
    expect((await listPartnerOptions()).map((p) => p.name)).toEqual(["Habitat Bellerive", "Ville de Bellerive"]);
    expect(await auditRows({ action: "partner.unarchive", entityId: id })).toHaveLength(1);
  });

  it.each(["a resident", "a partner user", "a board member", "an employee", "the administrator"])("refuses %s and changes nothing", async (who) => {
    const { id } = await createPartner(ctx(), partnerInput());
    const caller = new Map(await refusedCallers()).get(who)!;
    await signInAs(caller);
    const before = await databaseSnapshot();

    for (const [action, fields] of [
      [createPartnerAction, { name: "Nouveau partenaire", kind: "SOCIO_ECONOMIC" }],
      [updatePartnerAction, { partnerId: id, version: "0", name: "Renommé", kind: "SOCIO_ECONOMIC" }],
      [setPartnerArchivedAction, { partnerId: id, version: "0", archived: "true" }],
      [createPartnerContactAction, { partnerId: id, name: "Intrus" }],
      [setPartnerSubtypeActiveAction, { subtypeId: "abc", active: "false" }],
    ] as const) {
      expect((await expectRefused(callAction(action as typeof createPartnerAction, fields))).formError).toBe("Accès refusé.");
    }
    // The commands check too, called directly.
    await expect(createPartner({ actor: actorOf(caller) }, partnerInput({ name: "Direct" }))).rejects.toThrow("Accès refusé.");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("the staff reads", () => {
  it("lists with search, kind, sub-type, archived state and pages", async () => {
    const plie = await db.partnerSubtype.create({ data: { name: "PLIE" } });
    await createPartner(ctx(), partnerInput());
    await createPartner(ctx(), partnerInput({ name: "PLIE du Val", kind: "SOCIO_ECONOMIC", subtypeId: plie.id }));
    const archived = await createPartner(ctx(), partnerInput({ name: "Ancien bailleur" }));
    await setPartnerArchived(ctx(), { partnerId: archived.id, version: 0, archived: true });
    for (let i = 0; i < 21; i++) await createPartnerRow({ name: `Zeta ${String(i).padStart(2, "0")}`, kind: "LOCAL_AUTHORITY" });
    const actor = actorOf(staff);
    const names = async (filter: Partial<Parameters<typeof listPartnersForStaff>[1]>) =>
      (await listPartnersForStaff(actor, { state: "active", page: 1, ...filter })).partners.map((p) => p.name);

    expect(await names({ q: "bellerive" })).toEqual(["Habitat Bellerive"]);
    expect(await names({ q: "%" })).toEqual([]);
    expect(await names({ kind: "SOCIO_ECONOMIC" })).toEqual(["PLIE du Val"]);
    expect(await names({ subtypeId: plie.id })).toEqual(["PLIE du Val"]);
    expect(await names({ state: "archived" })).toEqual(["Ancien bailleur"]);
    const all = await listPartnersForStaff(actor, { state: "all", page: 1 });
    expect(all.total).toBe(24);
    expect(all.partners).toHaveLength(20);
    expect(await names({ state: "all", page: 2 })).toHaveLength(4);
  });

  it("shows a partner's contacts (account or not), sites and contract count", async () => {
    const { id } = await createPartner(ctx(), partnerInput());
    await createTerritory({ ownerPartnerId: id, siteName: "Résidence Les Tilleuls" });
    const user = await createUser({ roles: ["PARTNER"], partnerId: id });
    const linked = await createContact(id, { name: "Amélie Roussel" });
    await db.partnerContact.update({ where: { id: linked.id }, data: { userId: user.id } });
    await createContact(id, { name: "Bruno Caron" });

    const partner = await getPartnerForStaff(actorOf(staff), id);

    expect(partner?.contacts.map((c) => [c.name, c.hasAccount])).toEqual([["Amélie Roussel", true], ["Bruno Caron", false]]);
    expect(partner?.sites.map((s) => s.name)).toEqual(["Résidence Les Tilleuls"]);
    expect(partner?.contractCount).toBe(0);
    expect(JSON.stringify(partner)).not.toContain("passwordHash");
  });

  it.each([["RESIDENT"], ["PARTNER"], ["RESIDENT", "MEMBER", "BOARD_MEMBER"], ["EMPLOYEE"]].map((roles) => [roles.join("+"), roles]) as [string, Role[]][])("refuses the reads to %s", async (_, roles) => {
    const { id } = await createPartner(ctx(), partnerInput());
    const caller = actorOf({ ...(await createUser({ roles, partnerId: id })) });
    await expect(listPartnersForStaff(caller, { state: "active", page: 1 })).rejects.toThrow("Accès refusé.");
    await expect(getPartnerForStaff(caller, id)).rejects.toThrow("Accès refusé.");
    await expect(getPartnerContactForStaff(caller, id, "x")).rejects.toThrow("Accès refusé.");
    await expect(listSubtypesForStaff(caller)).rejects.toThrow("Accès refusé.");
  });

  it("lets the administrator read", async () => {
    const admin = await createUser({ roles: ["ADMIN"] });
    await createPartner(ctx(), partnerInput());
    expect((await listPartnersForStaff(actorOf(admin), { state: "active", page: 1 })).total).toBe(1);
  });
});

describe("sub-types", () => {
  it("adds, renames, deactivates and reactivates, each with its audit row", async () => {
    const created = await createSubtype(ctx(), { name: "Association", kind: null });
    expect(created).toMatchObject({ changed: true, cacheTags: ["partners"] });
    await renameSubtype(ctx(), { subtypeId: created.id, name: "Association de quartier" });
    await setSubtypeActive(ctx(), { subtypeId: created.id, active: false });
    await setSubtypeActive(ctx(), { subtypeId: created.id, active: true });

    expect(await db.partnerSubtype.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ name: "Association de quartier", active: true });
    expect((await auditRows({ entityId: created.id })).map((r) => r.action)).toEqual([
      "partner-subtype.create",
      "partner-subtype.rename",
      "partner-subtype.deactivate",
      "partner-subtype.activate",
    ]);
  });

  it("refuses a duplicate name", async () => {
    await createSubtype(ctx(), { name: "Centre social", kind: null });
    const other = await createSubtype(ctx(), { name: "Maison de l'Emploi", kind: null });
    await expect(createSubtype(ctx(), { name: "centre SOCIAL", kind: null })).rejects.toThrow(duplicateSubtypeName("Centre social"));
    await expect(renameSubtype(ctx(), { subtypeId: other.id, name: "Centre Social" })).rejects.toThrow(duplicateSubtypeName("Centre social"));
  });
});

describe("contacts", () => {
  it("adds, edits at its version, archives and un-archives", async () => {
    const { id: partnerId } = await createPartner(ctx(), partnerInput());
    const added = await createPartnerContact(ctx(), createContactSchema.parse({ partnerId, name: "Nadia Ferhat", jobTitle: "Gardienne", email: "nadia@habitat.test" }));
    expect(added).toMatchObject({ partnerId, changed: true });

    await updatePartnerContact(ctx(), { contactId: added.id, version: 0, name: "Nadia Ferhat", jobTitle: "Responsable de secteur", phone: "06 11 22 33 44", email: "nadia@habitat.test" });
    await expect(updatePartnerContact(ctx(), { contactId: added.id, version: 0, name: "Nadia F.", jobTitle: null, phone: null, email: null })).rejects.toThrow(CONTACT_CONFLICT);
    await setPartnerContactArchived(ctx(), { contactId: added.id, version: 1, archived: true });
    await setPartnerContactArchived(ctx(), { contactId: added.id, version: 2, archived: false });

    expect(await db.partnerContact.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ jobTitle: "Responsable de secteur", phone: "06 11 22 33 44", archivedAt: null, version: 3 });
    expect((await auditRows({ entityId: added.id })).map((r) => r.action)).toEqual([
      "partner-contact.create",
      "partner-contact.update",
      "partner-contact.archive",
      "partner-contact.unarchive",
    ]);
  });

  it("refuses a contact for a partner that does not exist, changing nothing", async () => {
    await signInAs(staff);
    const before = await databaseSnapshot();
    const refusal = await expectRefused(callAction(createPartnerContactAction, { partnerId: "inconnu", name: "Nadia Ferhat" }));
    expect(refusal.formError).toBe("Ce partenaire n'existe pas ou plus.");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

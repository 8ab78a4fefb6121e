import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCurrentActor } from "@/lib/auth/session";
import { grantRoleAction, revokeRoleAction, setAccountStatusAction } from "@/app/admin/actions";
import { callAction, expectRefused, expectSuccess } from "../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { auditRows, createPartner, createUser, type TestUser } from "../helpers/factories";
import { refresh } from "../helpers/next-cache";
import { sessionCookie, signInAs, useSessionCookie } from "../helpers/session";

let admin: TestUser;
let person: TestUser;
beforeEach(async () => {
  await resetDatabase();
  admin = await createUser({ name: "Sophie Martin", roles: ["ADMIN"] });
  person = await createUser({ name: "Karim Haddad", roles: ["RESIDENT"] });
  await signInAs(admin);
});

/** Runs `refused` and checks that the database is exactly as before. */
async function expectNothingChanged(refused: () => Promise<unknown>) {
  const before = await databaseSnapshot();
  await refused();
  expect(await databaseSnapshot()).toEqual(before);
}

describe("grantRoleAction", () => {
  it("grants a role, dated and signed by the admin, with an audit row", async () => {
    const result = await expectSuccess(callAction(grantRoleAction, { userId: person.id, role: "STAFF", validUntil: "2099-12-31" }));

    expect(result.message).toBe("Rôle attribué.");
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: person.id, role: "STAFF" } });
    expect(grant).toMatchObject({ grantedById: admin.id, partnerId: null, revokedAt: null, validUntil: new Date("2099-12-31T23:59:59Z") });
    expect(result.data).toEqual({ id: grant.id });
    const [audit] = await auditRows({ action: "role.grant" });
    expect(audit).toMatchObject({
      actorId: admin.id,
      entityType: "User",
      entityId: person.id,
      after: { grantId: grant.id, role: "STAFF", partnerId: null, validUntil: "2099-12-31T23:59:59.000Z" },
    });
    // The action stays on the person's page: defineAction renders it again with the new grant.
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("grants PARTNER for a given partner", async () => {
    const partner = await createPartner();
    await expectSuccess(callAction(grantRoleAction, { userId: person.id, role: "PARTNER", partnerId: partner.id }));
    expect(await db.roleGrant.count({ where: { userId: person.id, role: "PARTNER", partnerId: partner.id } })).toBe(1);
  });

  it("refuses PARTNER without a partner", async () => {
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(grantRoleAction, { userId: person.id, role: "PARTNER", partnerId: "" }));
      expect(result.fieldErrors).toEqual({ partnerId: ["Choisissez le partenaire pour lequel cette personne agit."] });
    });
  });

  it("refuses a partner on any other role", async () => {
    const partner = await createPartner();
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(grantRoleAction, { userId: person.id, role: "STAFF", partnerId: partner.id }));
      expect(result.fieldErrors).toEqual({ partnerId: ["Seul le rôle Partenaire se rattache à un partenaire."] });
    });
  });

  it("refuses an unknown partner", async () => {
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(grantRoleAction, { userId: person.id, role: "PARTNER", partnerId: "cm0000000000000000000000" }));
      expect(result.fieldErrors).toEqual({ partnerId: ["Partenaire inconnu."] });
    });
  });

  it("refuses a role the person already holds", async () => {
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(grantRoleAction, { userId: person.id, role: "RESIDENT" }));
      expect(result.formError).toBe("Cette personne a déjà le rôle Habitant.");
    });
  });

  it("grants again a role whose previous grant was revoked", async () => {
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: person.id, role: "RESIDENT" } });
    await expectSuccess(callAction(revokeRoleAction, { grantId: grant.id }));
    await expectSuccess(callAction(grantRoleAction, { userId: person.id, role: "RESIDENT" }));
    expect(await db.roleGrant.count({ where: { userId: person.id, role: "RESIDENT", revokedAt: null } })).toBe(1);
  });

  it("refuses an end date in the past", async () => {
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(grantRoleAction, { userId: person.id, role: "STAFF", validUntil: "2020-01-01" }));
      expect(result.fieldErrors).toEqual({ validUntil: ["La date de fin doit être dans le futur."] });
    });
  });

  it("refuses an unknown role", async () => {
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(grantRoleAction, { userId: person.id, role: "SUPERUSER" }));
      expect(Object.keys(result.fieldErrors ?? {})).toEqual(["role"]);
    });
  });

  it("refuses a deleted or unknown person", async () => {
    const deleted = await createUser({ status: "DELETED" });
    for (const userId of [deleted.id, "cm0000000000000000000000"]) {
      await expectNothingChanged(async () => {
        const result = await expectRefused(callAction(grantRoleAction, { userId, role: "STAFF" }));
        expect(result.formError).toBe("Personne introuvable.");
      });
    }
  });

  it("refuses a form carrying who grants the role", async () => {
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(grantRoleAction, { userId: person.id, role: "STAFF", grantedById: person.id }));
      expect(result.formError).toBe("Le formulaire contient des champs inattendus. Rechargez la page et réessayez.");
    });
  });
});

describe("revokeRoleAction", () => {
  it("revokes another person's role, with an audit row", async () => {
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: person.id, role: "RESIDENT" } });

    const result = await expectSuccess(callAction(revokeRoleAction, { grantId: grant.id }));

    expect(result.message).toBe("Rôle retiré.");
    expect(await db.roleGrant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({ revokedById: admin.id, revokedAt: expect.any(Date) });
    const [audit] = await auditRows({ action: "role.revoke" });
    expect(audit).toMatchObject({ actorId: admin.id, entityId: person.id, before: { grantId: grant.id, role: "RESIDENT", partnerId: null } });
  });

  it("refuses to revoke the admin's own ADMIN role", async () => {
    const own = await db.roleGrant.findFirstOrThrow({ where: { userId: admin.id, role: "ADMIN" } });
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(revokeRoleAction, { grantId: own.id }));
      expect(result.formError).toBe("Vous ne pouvez pas retirer votre propre rôle d'administrateur.");
    });
    expect((await getCurrentActor())?.roles).toEqual(["ADMIN"]);
  });

  it("lets an admin revoke another admin's ADMIN role", async () => {
    const other = await createUser({ roles: ["ADMIN"] });
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: other.id, role: "ADMIN" } });
    await expectSuccess(callAction(revokeRoleAction, { grantId: grant.id }));
    expect(await db.roleGrant.count({ where: { userId: other.id, revokedAt: null } })).toBe(0);
  });

  it("refuses a role already revoked, and an unknown one", async () => {
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: person.id } });
    await expectSuccess(callAction(revokeRoleAction, { grantId: grant.id }));

    await expectNothingChanged(async () => {
      expect((await expectRefused(callAction(revokeRoleAction, { grantId: grant.id }))).formError).toBe("Ce rôle a déjà été retiré.");
      expect((await expectRefused(callAction(revokeRoleAction, { grantId: "cm0000000000000000000000" }))).formError).toBe("Rôle introuvable.");
    });
  });
});

describe("setAccountStatusAction", () => {
  it("refuses to disable the admin's own account", async () => {
    await expectNothingChanged(async () => {
      const result = await expectRefused(callAction(setAccountStatusAction, { userId: admin.id, status: "DISABLED" }));
      expect(result.formError).toBe("Vous ne pouvez pas désactiver votre propre compte.");
    });
  });

  it("disables an account and ends its sessions, with an audit row", async () => {
    await signInAs(person);
    const personsDevice = sessionCookie()!;
    await signInAs(admin);

    const result = await expectSuccess(callAction(setAccountStatusAction, { userId: person.id, status: "DISABLED" }));

    expect(result.message).toBe("Statut du compte mis à jour.");
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ status: "DISABLED", sessionVersion: 1 });
    const [audit] = await auditRows({ action: "user.disable" });
    expect(audit).toMatchObject({ actorId: admin.id, entityId: person.id, before: { status: "ACTIVE" }, after: { status: "DISABLED" } });
    useSessionCookie(personsDevice);
    expect(await getCurrentActor()).toBeNull();
  });

  it("enables a disabled account again", async () => {
    await expectSuccess(callAction(setAccountStatusAction, { userId: person.id, status: "DISABLED" }));
    await expectSuccess(callAction(setAccountStatusAction, { userId: person.id, status: "ACTIVE" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).status).toBe("ACTIVE");
    expect(await auditRows({ action: "user.enable" })).toHaveLength(1);
  });

  it("does nothing when the status is already the one asked", async () => {
    await expectNothingChanged(() => expectSuccess(callAction(setAccountStatusAction, { userId: person.id, status: "ACTIVE" })));
  });

  it("refuses DELETED as a status, and a deleted account", async () => {
    const deleted = await createUser({ status: "DELETED" });
    await expectNothingChanged(async () => {
      const asDeleted = await expectRefused(callAction(setAccountStatusAction, { userId: person.id, status: "DELETED" }));
      expect(Object.keys(asDeleted.fieldErrors ?? {})).toEqual(["status"]);
      const onDeleted = await expectRefused(callAction(setAccountStatusAction, { userId: deleted.id, status: "ACTIVE" }));
      expect(onDeleted.formError).toBe("Personne introuvable.");
    });
  });
});

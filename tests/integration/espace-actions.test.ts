import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/passwords";
import { getCurrentActor } from "@/lib/auth/session";
import { exportMyData } from "@/lib/people/export-data";
import { signInAction, signUpAction } from "@/app/(auth)/actions";
import { changePasswordAction, deleteAccountAction, signOutEverywhereAction, updateProfileAction } from "@/app/espace/actions";
import { GET as downloadMyData } from "@/app/espace/export/route";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { auditRows, createTerritory, createUser, TEST_PASSWORD, type TestUser } from "../helpers/factories";
import { refresh, revalidateTag } from "../helpers/next-cache";
import { getCookie } from "../helpers/request";
import { sessionCookie, signInAs, useSessionCookie } from "../helpers/session";

const NEW_PASSWORD = "un-tout-nouveau-mot-de-passe";

let user: TestUser;
beforeEach(async () => {
  await resetDatabase();
  user = await createUser({ name: "Amina Benali", email: "amina@exemple.test", phone: "06 12 34 56 78" });
  await signInAs(user);
});

async function reload() {
  return db.user.findUniqueOrThrow({ where: { id: user.id }, include: { roleGrants: true } });
}

describe("updateProfileAction", () => {
  it("saves the profile and logs which fields changed, not their values", async () => {
    const { entrance } = await createTerritory();

    const result = await expectSuccess(
      callAction(updateProfileAction, { name: "  Amina Benali-Morel ", phone: "07 00 00 00 00", entranceId: entrance.id }),
    );

    expect(result.message).toBe("Vos informations ont été enregistrées.");
    expect(await reload()).toMatchObject({ name: "Amina Benali-Morel", phone: "07 00 00 00 00", entranceId: entrance.id });
    const [audit] = await auditRows({ action: "user.profile-update" });
    expect(audit).toMatchObject({
      actorId: user.id,
      entityType: "User",
      entityId: user.id,
      before: null,
      after: { changed: ["name", "phone", "entranceId"] },
    });
    // No personal value in the append-only log: it would outlive the account's deletion.
    const logged = JSON.stringify({ before: audit.before, after: audit.after });
    expect(logged).not.toContain("Benali");
    expect(logged).not.toContain("06 12 34 56 78");
    // The action stays on Mon espace: defineAction renders the page again with the new profile.
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("clears the phone and entrance when left empty", async () => {
    await expectSuccess(callAction(updateProfileAction, { name: "Amina Benali", phone: "", entranceId: "" }));
    expect(await reload()).toMatchObject({ phone: null, entranceId: null });
  });

  it.each([
    ["an invalid phone", { name: "Amina", phone: "<script>" }, { phone: ["Numéro de téléphone invalide."] }],
    ["an entrance outside the territory", { name: "Amina", entranceId: "cm0000000000000000000000" }, { entranceId: ["Cette entrée ne fait pas partie du territoire de la Régie."] }],
    ["a one-letter name", { name: "A" }, { name: ["Indiquez votre nom (2 caractères au moins)."] }],
  ])("refuses %s and changes nothing", async (_, fields, fieldErrors) => {
    const before = await databaseSnapshot();
    const result = await expectRefused(callAction(updateProfileAction, fields));
    expect(result.fieldErrors).toEqual(fieldErrors);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each([
    ["a role", { role: "ADMIN" }],
    ["an email address", { email: "autre@exemple.test" }],
    ["another person's id", { userId: "cm0000000000000000000000" }],
    ["a status", { status: "ACTIVE" }],
  ])("refuses a form carrying %s", async (_, extra) => {
    const before = await databaseSnapshot();
    const result = await expectRefused(callAction(updateProfileAction, { name: "Amina", ...extra }));
    expect(result.formError).toBe("Le formulaire contient des champs inattendus. Rechargez la page et réessayez.");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("changePasswordAction", () => {
  it("refuses a wrong current password and keeps the old one", async () => {
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(changePasswordAction, { currentPassword: "pas-le-bon-mot-de-passe", newPassword: NEW_PASSWORD }));

    expect(result.fieldErrors).toEqual({ currentPassword: ["Mot de passe actuel incorrect."] });
    expect(result.values).toEqual({});
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("changes the password, keeps this device signed in and signs out the others", async () => {
    const otherDevice = sessionCookie()!;

    const result = await expectSuccess(callAction(changePasswordAction, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }));

    expect(result.message).toBe("Mot de passe modifié. Vos autres sessions ont été fermées.");
    const account = await reload();
    expect(await verifyPassword(account.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(account.sessionVersion).toBe(1);
    expect((await getCurrentActor())?.id).toBe(user.id);
    expect(await auditRows({ action: "user.password-change", entityId: user.id })).toHaveLength(1);

    useSessionCookie(otherDevice);
    expect(await getCurrentActor()).toBeNull();
  });

  it("refuses a new password that is too short", async () => {
    const result = await expectRefused(callAction(changePasswordAction, { currentPassword: TEST_PASSWORD, newPassword: "court" }));
    expect(result.fieldErrors).toEqual({ newPassword: ["Le mot de passe doit faire au moins 12 caractères."] });
    expect(await verifyPassword((await reload()).passwordHash, TEST_PASSWORD)).toBe(true);
  });
});

describe("signOutEverywhereAction", () => {
  it("ends every session, this one included", async () => {
    const otherDevice = sessionCookie()!;

    await expectRedirect(callAction(signOutEverywhereAction), "/connexion?deconnecte=1");

    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    expect((await reload()).sessionVersion).toBe(1);
    expect(await auditRows({ action: "user.sign-out-everywhere", entityId: user.id })).toHaveLength(1);
    useSessionCookie(otherDevice);
    expect(await getCurrentActor()).toBeNull();
  });
});

describe("deleteAccountAction", () => {
  it.each([
    ["missing", { password: TEST_PASSWORD }],
    ["in lower case", { confirmation: "supprimer", password: TEST_PASSWORD }],
    ["another word", { confirmation: "OUI", password: TEST_PASSWORD }],
  ])("requires the confirmation word (%s)", async (_, fields) => {
    const before = await databaseSnapshot();
    const result = await expectRefused(callAction(deleteAccountAction, fields));
    expect(result.fieldErrors).toEqual({ confirmation: ["Tapez SUPPRIMER en majuscules pour confirmer."] });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("asks the password again, and changes nothing when it is wrong or missing", async () => {
    const before = await databaseSnapshot();

    const wrong = await expectRefused(callAction(deleteAccountAction, { confirmation: "SUPPRIMER", password: "pas-le-bon-mot-de-passe" }));
    const missing = await expectRefused(callAction(deleteAccountAction, { confirmation: "SUPPRIMER" }));

    expect(wrong.fieldErrors).toEqual({ password: ["Mot de passe incorrect."] });
    expect(missing.fieldErrors).toEqual({ password: ["Mot de passe requis."] });
    expect(await databaseSnapshot()).toEqual(before);
    expect((await getCurrentActor())?.id).toBe(user.id);
  });

  it("anonymizes the person, revokes their roles, ends the session and keeps the audit trail", async () => {
    const { entrance } = await createTerritory();
    await expectSuccess(callAction(updateProfileAction, { name: "Amina Benali", phone: "06 12 34 56 78", entranceId: entrance.id }));
    const auditBefore = await auditRows();

    await expectRedirect(callAction(deleteAccountAction, { confirmation: "SUPPRIMER", password: TEST_PASSWORD }), "/compte-supprime");

    const account = await reload();
    expect(account).toMatchObject({
      name: "Compte supprimé",
      email: `supprime-${user.id}@anonyme.invalid`,
      phone: null,
      entranceId: null,
      privacyConsentAt: null,
      status: "DELETED",
    });
    expect(await verifyPassword(account.passwordHash, TEST_PASSWORD)).toBe(false);
    expect(account.roleGrants.length).toBeGreaterThan(0);
    expect(account.roleGrants.every((g) => g.revokedAt !== null && g.revokedById === user.id)).toBe(true);
    const auditAfter = await auditRows();
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(auditAfter.at(-1)).toMatchObject({ action: "user.delete", actorId: user.id, entityId: user.id });
    // The deletion's own row copies none of the erased data: counts only.
    expect(auditAfter.at(-1)).toMatchObject({ before: null, after: { reportsDeleted: 0, reportsAnonymised: 0, photoFilesDeleted: 0 } });
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    expect(revalidateTag).toHaveBeenCalledWith("people-count", "max");
  });

  it("lets nobody sign in with the old credentials, and frees the address", async () => {
    await expectRedirect(callAction(deleteAccountAction, { confirmation: "SUPPRIMER", password: TEST_PASSWORD }), "/compte-supprime");

    const signIn = await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD }));
    expect(signIn.formError).toBe("Adresse e-mail ou mot de passe incorrect.");

    await expectRedirect(
      callAction(signUpAction, { name: "Amina Benali", email: "amina@exemple.test", password: NEW_PASSWORD, consent: "on" }),
      "/inscription/verifiez",
    );
    expect(await db.user.count({ where: { email: "amina@exemple.test", status: "ACTIVE" } })).toBe(1);
  });

  it("deletes pending password-reset links", async () => {
    await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: "f".repeat(64), expiresAt: new Date(Date.now() + 60_000) } });
    await expectRedirect(callAction(deleteAccountAction, { confirmation: "SUPPRIMER", password: TEST_PASSWORD }), "/compte-supprime");
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("exportMyData", () => {
  it("contains the profile, roles and audit trail, and no password hash", async () => {
    await expectSuccess(callAction(updateProfileAction, { name: "Amina Benali", phone: "06 12 34 56 78" }));
    const { passwordHash } = await reload();

    const data = await exportMyData(user.id);

    expect(data.account).toMatchObject({
      id: user.id,
      name: "Amina Benali",
      email: "amina@exemple.test",
      phone: "06 12 34 56 78",
      status: "ACTIVE",
      roleGrants: [expect.objectContaining({ role: "RESIDENT", revokedAt: null })],
      auditEntries: [expect.objectContaining({ action: "user.profile-update", entityId: user.id })],
    });
    const json = JSON.stringify(data);
    expect(json).not.toContain("passwordHash");
    expect(json).not.toContain(passwordHash);
    expect(json).not.toContain("$argon2");
    expect(json).not.toContain("sessionVersion");
  });

  it("is served as a JSON download to the signed-in person only", async () => {
    const response = await downloadMyData();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="mes-donnees-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = await response.text();
    expect(JSON.parse(body).account.email).toBe("amina@exemple.test");
    expect(body).not.toContain("$argon2");

    useSessionCookie("not-a-token");
    const anonymous = await downloadMyData();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("amina");
  });
});

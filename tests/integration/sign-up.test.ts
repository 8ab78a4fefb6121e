import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { getCurrentActor } from "@/lib/auth/session";
import { EMAIL_TAKEN } from "@/lib/people/account-service";
import { signUpAction } from "@/app/(auth)/actions";
import { callAction, expectRedirect, expectRefused, type Fields } from "../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { createTerritory, createUser } from "../helpers/factories";
import { revalidateTag } from "../helpers/next-cache";
import { getCookie } from "../helpers/request";

const UNEXPECTED_FIELDS = "Le formulaire contient des champs inattendus. Rechargez la page et réessayez.";
const INVALID_ENTRANCE = "Cette entrée ne fait pas partie du territoire de la Régie.";

function signUpFields(overrides: Fields = {}): Fields {
  return {
    name: "Amina Benali",
    email: "amina@exemple.test",
    password: "un-mot-de-passe-assez-long",
    consent: "on",
    ...overrides,
  };
}

beforeEach(resetDatabase);

describe("signUpAction", () => {
  it("creates the account with a RESIDENT grant, an audit row and a session", async () => {
    const { entrance } = await createTerritory();

    await expectRedirect(callAction(signUpAction, signUpFields({ entranceId: entrance.id })), "/espace?bienvenue=1");

    const user = await db.user.findUniqueOrThrow({
      where: { email: "amina@exemple.test" },
      include: { roleGrants: true },
    });
    expect(user).toMatchObject({ name: "Amina Benali", status: "ACTIVE", entranceId: entrance.id, sessionVersion: 0 });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.privacyConsentAt).toBeInstanceOf(Date);
    expect(user.roleGrants.map((g) => ({ role: g.role, revokedAt: g.revokedAt, partnerId: g.partnerId }))).toEqual([
      { role: "RESIDENT", revokedAt: null, partnerId: null },
    ]);
    const audit = await db.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, action: "user.sign-up", entityType: "User", entityId: user.id, after: { roles: ["RESIDENT"] } });

    const cookie = getCookie(SESSION_COOKIE);
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect((await getCurrentActor())?.id).toBe(user.id);
    expect(revalidateTag).toHaveBeenCalledWith("people-count", "max");
  });

  it("stores the address in its normalized form (NFKC, lowercase)", async () => {
    await expectRedirect(callAction(signUpAction, signUpFields({ email: "  ＡＭＩＮＡ@Exemple.TEST " })), "/espace?bienvenue=1");
    expect(await db.user.count({ where: { email: "amina@exemple.test" } })).toBe(1);
  });

  it("refuses an extra role=ADMIN field and creates nothing", async () => {
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(signUpAction, signUpFields({ role: "ADMIN" })));

    expect(result.formError).toBe(UNEXPECTED_FIELDS);
    expect(await databaseSnapshot()).toEqual(before);
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
  });

  it.each([
    ["full-width letters", "ＡＭＩＮＡ@ＥＸＥＭＰＬＥ.ＴＥＳＴ"],
    ["upper case", "AMINA@EXEMPLE.TEST"],
    ["surrounding spaces", "  amina@exemple.test  "],
  ])("refuses an address already taken, written with %s", async (_, email) => {
    await createUser({ email: "amina@exemple.test" });
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(signUpAction, signUpFields({ email })));

    expect(result.formError).toBe(EMAIL_TAKEN);
    expect(result.fieldErrors).toEqual({ email: [EMAIL_TAKEN] });
    expect(await databaseSnapshot()).toEqual(before);
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
  });

  it("refuses an entrance that is not in the territory", async () => {
    await createTerritory();
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(signUpAction, signUpFields({ entranceId: "cmhzzzzzzzzzzzzzzzzzzzzzz" })));

    expect(result.fieldErrors).toEqual({ entranceId: [INVALID_ENTRANCE] });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each([
    ["name", { name: "N".repeat(101) }, "Le nom fait au plus 100 caractères."],
    ["name (1 MB)", { name: "N".repeat(1024 * 1024) }, "Le nom fait au plus 100 caractères."],
    ["email", { email: `${"a".repeat(250)}@exemple.test` }, "Adresse e-mail trop longue."],
    ["password", { password: "p".repeat(129) }, "Le mot de passe doit faire au plus 128 caractères."],
    ["password (1 MB)", { password: "p".repeat(1024 * 1024) }, "Le mot de passe doit faire au plus 128 caractères."],
  ])("refuses an oversized %s and creates nothing", async (field, overrides, message) => {
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(signUpAction, signUpFields(overrides)));

    expect(result.fieldErrors?.[field.split(" ")[0]]).toEqual([message]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a too short password", async () => {
    const result = await expectRefused(callAction(signUpAction, signUpFields({ password: "court" })));
    expect(result.fieldErrors).toEqual({ password: ["Le mot de passe doit faire au moins 12 caractères."] });
    expect(await db.user.count()).toBe(0);
  });

  it("refuses a sign-up without the privacy consent", async () => {
    const result = await expectRefused(callAction(signUpAction, signUpFields({ consent: undefined })));
    expect(result.fieldErrors).toEqual({ consent: ["Vous devez accepter la politique de confidentialité."] });
    expect(await db.user.count()).toBe(0);
  });

  it("sends back what was typed, except the password", async () => {
    const result = await expectRefused(callAction(signUpAction, signUpFields({ consent: undefined })));
    expect(result.values).toEqual({ name: "Amina Benali", email: "amina@exemple.test" });
  });

  it("stores a name containing markup verbatim (React escapes it when displayed)", async () => {
    const name = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    await expectRedirect(callAction(signUpAction, signUpFields({ name })), "/espace?bienvenue=1");
    const user = await db.user.findUniqueOrThrow({ where: { email: "amina@exemple.test" } });
    expect(user.name).toBe(name);
  });
});

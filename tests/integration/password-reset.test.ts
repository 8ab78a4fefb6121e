import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/passwords";
import { appUrl } from "@/lib/env";
import { INVALID_RESET_TOKEN, RESET_TOKEN_TTL_MS } from "@/lib/people/account-service";
import { requestPasswordResetAction, resetPasswordAction, signInAction } from "@/app/(auth)/actions";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { auditRows, createUser, TEST_PASSWORD } from "../helpers/factories";
import { allMails, lastMailTo, mailsTo, resetLinkIn } from "../helpers/mail";

const SENT = "Si un compte existe avec cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.";
const NEW_PASSWORD = "un-tout-nouveau-mot-de-passe";

beforeEach(resetDatabase);

async function requestLink(email: string) {
  const result = await expectSuccess(callAction(requestPasswordResetAction, { email }));
  expect(result.message).toBe(SENT);
  const mail = lastMailTo(email);
  if (!mail) throw new Error(`No mail received by ${email}`);
  return { mail, ...resetLinkIn(mail) };
}

async function passwordHashOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;
}

describe("requestPasswordResetAction", () => {
  it("mails a single-use link, received by the SMTP server", async () => {
    const user = await createUser({ name: "Amina Benali", email: "amina@exemple.test" });

    const { mail, url, token } = await requestLink("amina@exemple.test");

    expect(mail.to).toEqual(["amina@exemple.test"]);
    expect(mail.subject).toBe("Réinitialiser votre mot de passe");
    expect(mail.text).toContain("Bonjour Amina Benali,");
    expect(`${url.origin}${url.pathname}`).toBe(`${appUrl()}/mot-de-passe/nouveau`);
    expect(token.length).toBeGreaterThanOrEqual(40);
    // Only a hash of the token is stored.
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.usedAt).toBeNull();
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(RESET_TOKEN_TTL_MS - 60_000);
  });

  it("finds the account from a look-alike spelling of its address", async () => {
    await createUser({ email: "amina@exemple.test" });
    await expectSuccess(callAction(requestPasswordResetAction, { email: "ＡＭＩＮＡ@Exemple.Test" }));
    expect(mailsTo("amina@exemple.test")).toHaveLength(1);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    await createUser({ email: "amina@exemple.test" });
    const before = await databaseSnapshot();

    const result = await expectSuccess(callAction(requestPasswordResetAction, { email: "inconnu@exemple.test" }));

    expect(result.message).toBe(SENT);
    expect(allMails()).toHaveLength(0);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("sends nothing to a disabled account", async () => {
    await createUser({ email: "desactive@exemple.test", status: "DISABLED" });
    const result = await expectSuccess(callAction(requestPasswordResetAction, { email: "desactive@exemple.test" }));
    expect(result.message).toBe(SENT);
    expect(allMails()).toHaveLength(0);
    expect(await db.passwordResetToken.count()).toBe(0);
  });

  it("is throttled per address after 5 requests in an hour", async () => {
    await createUser({ email: "amina@exemple.test" });
    for (let i = 0; i < 5; i++) await expectSuccess(callAction(requestPasswordResetAction, { email: "amina@exemple.test" }));

    const result = await expectRefused(callAction(requestPasswordResetAction, { email: "amina@exemple.test" }));

    expect(result.formError).toMatch(/^Trop de tentatives\. Réessayez dans \d+ minutes?\.$/);
    expect(mailsTo("amina@exemple.test")).toHaveLength(5);
  });
});

describe("resetPasswordAction", () => {
  it("sets the new password once, then refuses the same link", async () => {
    const user = await createUser({ email: "amina@exemple.test" });
    const { token } = await requestLink("amina@exemple.test");

    await expectRedirect(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }), "/connexion?reinitialise=1");

    expect(await verifyPassword(await passwordHashOf(user.id), NEW_PASSWORD)).toBe(true);
    expect(await auditRows({ action: "user.password-reset", entityId: user.id })).toHaveLength(1);
    await expectRedirect(callAction(signInAction, { email: "amina@exemple.test", password: NEW_PASSWORD }), "/espace");
    const old = await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD }));
    expect(old.formError).toBe("Adresse e-mail ou mot de passe incorrect.");

    const hashAfterFirstUse = await passwordHashOf(user.id);
    const replay = await expectRefused(callAction(resetPasswordAction, { token, password: "encore-un-autre-mot-de-passe" }));
    expect(replay.formError).toBe(INVALID_RESET_TOKEN);
    expect(await passwordHashOf(user.id)).toBe(hashAfterFirstUse);
  });

  it("refuses an expired link and changes nothing", async () => {
    const user = await createUser({ email: "amina@exemple.test" });
    const { token } = await requestLink("amina@exemple.test");
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }));

    expect(result.formError).toBe(INVALID_RESET_TOKEN);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a made-up token", async () => {
    await createUser({ email: "amina@exemple.test" });
    await requestLink("amina@exemple.test");
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(resetPasswordAction, { token: "a".repeat(43), password: NEW_PASSWORD }));

    expect(result.formError).toBe(INVALID_RESET_TOKEN);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("makes the other links of the account unusable once one is used", async () => {
    await createUser({ email: "amina@exemple.test" });
    const first = await requestLink("amina@exemple.test");
    const second = await requestLink("amina@exemple.test");
    expect(first.token).not.toBe(second.token);

    await expectRedirect(callAction(resetPasswordAction, { token: second.token, password: NEW_PASSWORD }), "/connexion?reinitialise=1");

    const result = await expectRefused(callAction(resetPasswordAction, { token: first.token, password: "encore-un-autre-mot-de-passe" }));
    expect(result.formError).toBe(INVALID_RESET_TOKEN);
  });

  it("refuses a link sent before the account was disabled", async () => {
    const user = await createUser({ email: "amina@exemple.test" });
    const { token } = await requestLink("amina@exemple.test");
    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }));

    expect(result.formError).toBe(INVALID_RESET_TOKEN);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a new password that is too short, keeping the link usable", async () => {
    await createUser({ email: "amina@exemple.test" });
    const { token } = await requestLink("amina@exemple.test");

    const result = await expectRefused(callAction(resetPasswordAction, { token, password: "court" }));
    expect(result.fieldErrors).toEqual({ password: ["Le mot de passe doit faire au moins 12 caractères."] });
    expect(result.values).toEqual({});

    await expectRedirect(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }), "/connexion?reinitialise=1");
  });
});

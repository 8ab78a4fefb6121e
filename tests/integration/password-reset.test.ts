import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { appUrl } from "@/lib/env";
import { INVALID_RESET_TOKEN, RESET_TOKEN_TTL_MS } from "@/lib/people/password-reset";
import { requestPasswordResetAction, resetPasswordAction, signInAction } from "@/app/(auth)/actions";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../helpers/actions";
import { pendingAfterResponse, runAfterResponse } from "../helpers/after-response";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { auditRows, createUser, TEST_PASSWORD } from "../helpers/factories";
import { allMails, lastMailTo, mailsTo, resetLinkIn } from "../helpers/mail";
import { setRequestHeaders } from "../helpers/request";

vi.mock("@/lib/auth/passwords", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/passwords")>();
  // Counts Argon2 hashes (the real ones still run): a wrong link must not cost one.
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const SENT = "Si un compte existe avec cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.";
const NEW_PASSWORD = "un-tout-nouveau-mot-de-passe";

beforeEach(resetDatabase);

async function requestLink(email: string) {
  const result = await expectSuccess(callAction(requestPasswordResetAction, { email }));
  expect(result.message).toBe(SENT);
  await runAfterResponse();
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

  it("queues the mail in the outbox and sends it only after the response; its body (the link) is erased once sent", async () => {
    const user = await createUser({ email: "amina@exemple.test" });

    await expectSuccess(callAction(requestPasswordResetAction, { email: "amina@exemple.test" }));

    expect(allMails()).toHaveLength(0);
    const queued = await db.outboundMail.findFirstOrThrow();
    expect(queued).toMatchObject({ to: "amina@exemple.test", userId: user.id, sentAt: null, attempts: 0, purgeBodyWhenSent: true });
    expect(queued.text).toContain("/mot-de-passe/nouveau?token=");
    await runAfterResponse();
    expect(mailsTo("amina@exemple.test")).toHaveLength(1);
    const sent = await db.outboundMail.findFirstOrThrow();
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(sent.text).toBe("");
    expect(sent.bodyPurgedAt).toBeInstanceOf(Date);
  });

  it("answers an unknown address as a known one, with no mail server work during the request in either case", async () => {
    await createUser({ email: "amina@exemple.test" });
    const known = await callAction(requestPasswordResetAction, { email: "amina@exemple.test" });
    const sentDuringKnown = allMails().length;
    await runAfterResponse();
    const unknown = await callAction(requestPasswordResetAction, { email: "inconnu@exemple.test" });

    expect(unknown).toEqual(known);
    expect(sentDuringKnown).toBe(0);
    expect(pendingAfterResponse()).toBe(0);
  });

  it("finds the account from a look-alike spelling of its address", async () => {
    await createUser({ email: "amina@exemple.test" });
    await expectSuccess(callAction(requestPasswordResetAction, { email: "ＡＭＩＮＡ@Exemple.Test" }));
    await runAfterResponse();
    expect(mailsTo("amina@exemple.test")).toHaveLength(1);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    await createUser({ email: "amina@exemple.test" });
    const before = await databaseSnapshot();

    const result = await expectSuccess(callAction(requestPasswordResetAction, { email: "inconnu@exemple.test" }));
    await runAfterResponse();

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
    await runAfterResponse();

    expect(result.formError).toMatch(/^Trop de tentatives\. Réessayez dans \d+ minutes?\.$/);
    expect(mailsTo("amina@exemple.test")).toHaveLength(5);
  });

  it("is throttled per client after 20 requests in an hour, whatever the addresses", async () => {
    setRequestHeaders({ "x-forwarded-for": "203.0.113.7" });
    for (let i = 0; i < 20; i++) await expectSuccess(callAction(requestPasswordResetAction, { email: `inconnu-${i}@exemple.test` }));

    const result = await expectRefused(callAction(requestPasswordResetAction, { email: "encore@exemple.test" }));

    expect(result.formError).toMatch(/^Trop de tentatives/);
    setRequestHeaders({ "x-forwarded-for": "203.0.113.8" });
    await expectSuccess(callAction(requestPasswordResetAction, { email: "encore@exemple.test" }));
  });
});

describe("resetPasswordAction: the link is checked first, and throttled", () => {
  it("does not hash the new password for a made-up, used or expired link", async () => {
    const user = await createUser({ email: "amina@exemple.test" });
    const { token } = await requestLink("amina@exemple.test");
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const hashes = vi.mocked(hashPassword);
    hashes.mockClear();

    await expectRefused(callAction(resetPasswordAction, { token: "x".repeat(43), password: NEW_PASSWORD }));
    await expectRefused(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }));

    expect(hashes).not.toHaveBeenCalled();
  });

  it("hashes once for a working link", async () => {
    await createUser({ email: "amina@exemple.test" });
    const { token } = await requestLink("amina@exemple.test");
    const hashes = vi.mocked(hashPassword);
    hashes.mockClear();

    await expectRedirect(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }), "/connexion?reinitialise=1");

    expect(hashes).toHaveBeenCalledTimes(1);
  });

  it("refuses a link tried more than 5 times in an hour, even from 6 different clients", async () => {
    const token = "t".repeat(43);
    for (let i = 0; i < 5; i++) {
      setRequestHeaders({ "x-forwarded-for": `203.0.113.${i + 1}` });
      expect((await expectRefused(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }))).formError).toBe(INVALID_RESET_TOKEN);
    }
    setRequestHeaders({ "x-forwarded-for": "203.0.113.99" });

    const result = await expectRefused(callAction(resetPasswordAction, { token, password: NEW_PASSWORD }));

    expect(result.formError).toMatch(/^Trop de tentatives/);
  });

  it("is throttled per client after 20 attempts in 15 minutes, whatever the links", async () => {
    setRequestHeaders({ "x-forwarded-for": "203.0.113.50" });
    for (let i = 0; i < 20; i++) {
      const result = await expectRefused(callAction(resetPasswordAction, { token: `${"y".repeat(40)}${i}`, password: NEW_PASSWORD }));
      expect(result.formError).toBe(INVALID_RESET_TOKEN);
    }

    const result = await expectRefused(callAction(resetPasswordAction, { token: "z".repeat(43), password: NEW_PASSWORD }));

    expect(result.formError).toMatch(/^Trop de tentatives/);
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

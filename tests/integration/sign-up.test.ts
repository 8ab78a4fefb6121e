import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { getCurrentActor } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/passwords";
import { INVALID_VERIFICATION_TOKEN, VERIFICATION_TOKEN_TTL_MS } from "@/lib/people/email-verification";
import { confirmEmailAction, signUpAction } from "@/app/(auth)/actions";
import { resendVerificationAction } from "@/app/espace/actions";
import { callAction, expectRedirect, expectRefused, expectSuccess, type Fields } from "../helpers/actions";
import { pendingAfterResponse, runAfterResponse } from "../helpers/after-response";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { auditRows, createTerritory, createUser, TEST_PASSWORD } from "../helpers/factories";
import { allMails, lastMailTo, mailsTo, verificationLinkIn } from "../helpers/mail";
import { revalidateTag } from "../helpers/next-cache";
import { getCookie } from "../helpers/request";
import { signInAs } from "../helpers/session";

vi.mock("@/lib/auth/passwords", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/passwords")>();
  // Counts Argon2 hashes (the real ones still run): the two sign-up paths must do the same work.
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const CHECK_MAILBOX = "/inscription/verifiez";

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
  it("creates an unconfirmed account with a RESIDENT grant and an audit row, signs nobody in, and mails a confirmation link after the response", async () => {
    const { entrance } = await createTerritory();

    await expectRedirect(callAction(signUpAction, signUpFields({ entranceId: entrance.id })), CHECK_MAILBOX);

    const user = await db.user.findUniqueOrThrow({
      where: { email: "amina@exemple.test" },
      include: { roleGrants: true },
    });
    expect(user).toMatchObject({ name: "Amina Benali", status: "ACTIVE", entranceId: entrance.id, sessionVersion: 0, emailVerifiedAt: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.privacyConsentAt).toBeInstanceOf(Date);
    expect(user.roleGrants.map((g) => ({ role: g.role, revokedAt: g.revokedAt, partnerId: g.partnerId }))).toEqual([
      { role: "RESIDENT", revokedAt: null, partnerId: null },
    ]);
    const audit = await db.auditLog.findMany();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, action: "user.sign-up", entityType: "User", entityId: user.id, after: { roles: ["RESIDENT"] } });
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    expect(await getCurrentActor()).toBeNull();
    expect(revalidateTag).toHaveBeenCalledWith("people-count", "max");

    // Queued in the transaction, not sent during the request.
    expect(allMails()).toHaveLength(0);
    expect(await db.outboundMail.findMany({ select: { to: true, userId: true, sentAt: true } })).toEqual([{ to: "amina@exemple.test", userId: user.id, sentAt: null }]);
    await runAfterResponse();
    const mail = lastMailTo("amina@exemple.test")!;
    expect(mail.subject).toBe("Confirmez votre adresse e-mail");
    const { token } = verificationLinkIn(mail);
    const stored = await db.emailVerificationToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ email: "amina@exemple.test", usedAt: null });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(VERIFICATION_TOKEN_TTL_MS - 60_000);
    // The link worked once: the database keeps no readable copy of it.
    expect(await db.outboundMail.findFirstOrThrow()).toMatchObject({ text: "" });
    expect((await db.outboundMail.findFirstOrThrow()).bodyPurgedAt).toBeInstanceOf(Date);
  });

  it("stores the address in its normalized form (NFKC, lowercase)", async () => {
    await expectRedirect(callAction(signUpAction, signUpFields({ email: "  ＡＭＩＮＡ@Exemple.TEST " })), CHECK_MAILBOX);
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
  ])("answers an address already taken, written with %s, exactly as a new one, and tells its owner by mail", async (_, email) => {
    const owner = await createUser({ email: "amina@exemple.test", name: "Amina Benali" });
    const usersBefore = await db.user.findMany({ orderBy: { id: "asc" } });

    await expectRedirect(callAction(signUpAction, signUpFields({ email, name: "Quelqu'un d'autre" })), CHECK_MAILBOX);

    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(usersBefore);
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    expect(allMails()).toHaveLength(0);
    await runAfterResponse();
    const mail = lastMailTo("amina@exemple.test")!;
    expect(mail.subject).toBe("Création de compte avec votre adresse");
    expect(mail.text).toContain("Bonjour Amina Benali,");
    expect(mail.text).toContain("connectez-vous");
    expect(mail.text).toContain("/mot-de-passe/oublie");
    expect(await db.outboundMail.count({ where: { userId: owner.id } })).toBe(1);
  });

  it("does the same work for a new and a taken address: one password hash, one queued mail, nothing sent during the request", async () => {
    await createUser({ email: "prise@exemple.test" });
    const hashes = vi.mocked(hashPassword);
    const observe = async (email: string) => {
      hashes.mockClear();
      const mailsBefore = await db.outboundMail.count();
      const sentBefore = allMails().length;
      let redirect = "";
      try {
        await callAction(signUpAction, signUpFields({ email }));
      } catch (error) {
        redirect = String((error as { digest?: string }).digest);
      }
      const work = { redirect, hashes: hashes.mock.calls.length, queued: (await db.outboundMail.count()) - mailsBefore, sentDuringRequest: allMails().length - sentBefore, leftForAfter: pendingAfterResponse() };
      await runAfterResponse();
      return work;
    };

    const taken = await observe("prise@exemple.test");
    const fresh = await observe("nouvelle@exemple.test");

    expect(taken).toEqual(fresh);
    expect(fresh).toMatchObject({ hashes: 1, queued: 1, sentDuringRequest: 0, leftForAfter: 1 });
    expect(fresh.redirect).toContain(CHECK_MAILBOX);
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
    await expectRedirect(callAction(signUpAction, signUpFields({ name })), CHECK_MAILBOX);
    const user = await db.user.findUniqueOrThrow({ where: { email: "amina@exemple.test" } });
    expect(user.name).toBe(name);
  });
});

async function signUpAndReadLink(email = "amina@exemple.test") {
  await expectRedirect(callAction(signUpAction, signUpFields({ email })), CHECK_MAILBOX);
  await runAfterResponse();
  return verificationLinkIn(lastMailTo(email)!).token;
}

const verifiedAt = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt;

describe("confirmEmailAction", () => {
  it("confirms the address once, then refuses the same link", async () => {
    const token = await signUpAndReadLink();

    await expectRedirect(callAction(confirmEmailAction, { token }), "/inscription/verifier?confirmee=1");

    expect(await verifiedAt("amina@exemple.test")).toBeInstanceOf(Date);
    const user = await db.user.findUniqueOrThrow({ where: { email: "amina@exemple.test" } });
    expect(await auditRows({ action: "user.email-verify", entityId: user.id })).toHaveLength(1);
    const replay = await expectRefused(callAction(confirmEmailAction, { token }));
    expect(replay.formError).toBe(INVALID_VERIFICATION_TOKEN);
  });

  it("goes to Mon espace when the person is signed in on this browser", async () => {
    const token = await signUpAndReadLink();
    const user = await db.user.findUniqueOrThrow({ where: { email: "amina@exemple.test" } });
    await signInAs(user);

    await expectRedirect(callAction(confirmEmailAction, { token }), "/espace?adresse-confirmee=1");
  });

  it("refuses an expired link and a made-up one, changing nothing", async () => {
    const token = await signUpAndReadLink();
    await db.emailVerificationToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(confirmEmailAction, { token }))).formError).toBe(INVALID_VERIFICATION_TOKEN);
    expect((await expectRefused(callAction(confirmEmailAction, { token: "x".repeat(43) }))).formError).toBe(INVALID_VERIFICATION_TOKEN);

    expect(await databaseSnapshot()).toEqual(before);
    expect(await verifiedAt("amina@exemple.test")).toBeNull();
  });
});

describe("resendVerificationAction", () => {
  it("sends a new link (the older one stops working), at most 3 an hour", async () => {
    const first = await signUpAndReadLink();
    const user = await db.user.findUniqueOrThrow({ where: { email: "amina@exemple.test" } });
    await signInAs(user);

    for (let i = 0; i < 3; i++) await expectSuccess(callAction(resendVerificationAction, {}));
    const refused = await expectRefused(callAction(resendVerificationAction, {}));
    await runAfterResponse();

    expect(refused.formError).toMatch(/^Trop de tentatives/);
    expect(mailsTo("amina@exemple.test")).toHaveLength(4);
    expect((await expectRefused(callAction(confirmEmailAction, { token: first }))).formError).toBe(INVALID_VERIFICATION_TOKEN);
    const latest = verificationLinkIn(lastMailTo("amina@exemple.test")!).token;
    await expectRedirect(callAction(confirmEmailAction, { token: latest }), "/espace?adresse-confirmee=1");
  });

  it("refuses an account whose address is already confirmed", async () => {
    await signInAs(await createUser({ password: TEST_PASSWORD }));
    expect((await expectRefused(callAction(resendVerificationAction, {}))).formError).toBe("Votre adresse e-mail est déjà confirmée.");
    expect(allMails()).toHaveLength(0);
  });
});

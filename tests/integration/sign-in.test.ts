import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { getCurrentActor } from "@/lib/auth/session";
import { INVALID_CREDENTIALS } from "@/lib/auth/verify-credentials";
import { signInAction, signOutAction } from "@/app/(auth)/actions";
import { callAction, expectRedirect, expectRefused } from "../helpers/actions";
import { databaseSnapshot, rateLimitRows, resetDatabase } from "../helpers/database";
import { createUser, TEST_PASSWORD } from "../helpers/factories";
import { getCookie, setRequestHeaders } from "../helpers/request";
import { signInAs } from "../helpers/session";

// Spies on the real Argon2 functions, to prove that some inputs are refused before any hashing.
const argon2 = vi.hoisted(() => ({ hash: vi.fn(), verify: vi.fn() }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  argon2.hash.mockImplementation(actual.hash);
  argon2.verify.mockImplementation(actual.verify);
  return { ...actual, hash: argon2.hash, verify: argon2.verify };
});

const TOO_MANY = /^Trop de tentatives\. Réessayez dans \d+ minutes?\.$/;
// lib/auth/throttle.ts: failed sign-ins allowed per address, and per client, every 15 minutes.
const ATTEMPTS_PER_ADDRESS = 10;
const ATTEMPTS_PER_CLIENT = 100;

beforeEach(resetDatabase);

describe("signInAction", () => {
  it("signs in with the right password and redirects to the personal space", async () => {
    const user = await createUser({ email: "amina@exemple.test" });

    await expectRedirect(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD }), "/espace");

    expect(getCookie(SESSION_COOKIE)?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect((await getCurrentActor())?.id).toBe(user.id);
  });

  it("accepts the address in a look-alike form (full-width, upper case)", async () => {
    const user = await createUser({ email: "amina@exemple.test" });
    await expectRedirect(callAction(signInAction, { email: "ＡＭＩＮＡ@EXEMPLE.test", password: TEST_PASSWORD }), "/espace");
    expect((await getCurrentActor())?.id).toBe(user.id);
  });

  it("gives one identical answer for an unknown address, a wrong password and a disabled account", async () => {
    await createUser({ email: "amina@exemple.test" });
    await createUser({ email: "desactive@exemple.test", status: "DISABLED" });

    const attempts = [
      { email: "inconnu@exemple.test", password: TEST_PASSWORD },
      { email: "amina@exemple.test", password: "pas-le-bon-mot-de-passe" },
      { email: "desactive@exemple.test", password: TEST_PASSWORD },
    ];
    const answers = [];
    for (const attempt of attempts) {
      const result = await expectRefused(callAction(signInAction, attempt));
      answers.push({ formError: result.formError, fieldErrors: result.fieldErrors });
    }

    expect(answers[0]).toEqual({ formError: INVALID_CREDENTIALS, fieldErrors: {} });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
  });

  it("verifies a password even for an unknown address, so both failures cost the same", async () => {
    await createUser({ email: "amina@exemple.test" });
    argon2.verify.mockClear();

    await expectRefused(callAction(signInAction, { email: "inconnu@exemple.test", password: TEST_PASSWORD }));
    await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: "pas-le-bon-mot-de-passe" }));

    expect(argon2.verify).toHaveBeenCalledTimes(2);
  });

  it("refuses a 1 MB password before hashing anything, and changes nothing", async () => {
    await createUser({ email: "amina@exemple.test" });
    const before = await databaseSnapshot();
    argon2.hash.mockClear();
    argon2.verify.mockClear();

    const result = await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: "x".repeat(1024 * 1024) }));

    expect(result.fieldErrors).toEqual({ password: [INVALID_CREDENTIALS] });
    expect(result.values).toEqual({ email: "amina@exemple.test" });
    expect(argon2.verify).not.toHaveBeenCalled();
    expect(argon2.hash).not.toHaveBeenCalled();
    expect(await rateLimitRows()).toEqual([]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses an unexpected extra field", async () => {
    await createUser({ email: "amina@exemple.test" });
    const result = await expectRefused(
      callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD, role: "ADMIN" }),
    );
    expect(result.formError).toBe("Le formulaire contient des champs inattendus. Rechargez la page et réessayez.");
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
  });

  it("throttles an address from one client after 10 failed attempts, even with the right password next", async () => {
    await createUser({ email: "amina@exemple.test" });
    setRequestHeaders({ "x-forwarded-for": "203.0.113.66" });

    for (let i = 0; i < ATTEMPTS_PER_ADDRESS; i++) {
      const result = await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: `mauvais-${i}` }));
      expect(result.formError).toBe(INVALID_CREDENTIALS);
    }
    const blocked = await expectRefused(callAction(signInAction, { email: "AMINA@exemple.test", password: TEST_PASSWORD }));

    expect(blocked.formError).toMatch(TOO_MANY);
    expect(blocked.formError).toBe("Trop de tentatives. Réessayez dans 15 minutes.");
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    // Another address is not blocked by this one's failures.
    const other = await createUser({ email: "karim@exemple.test" });
    await expectRedirect(callAction(signInAction, { email: "karim@exemple.test", password: TEST_PASSWORD }), "/espace");
    expect((await getCurrentActor())?.id).toBe(other.id);
  });

  it("does not let a stranger's failures from one client lock the owner out from another", async () => {
    const owner = await createUser({ email: "amina@exemple.test" });
    setRequestHeaders({ "x-forwarded-for": "203.0.113.66" });
    for (let i = 0; i < ATTEMPTS_PER_ADDRESS + 5; i++) {
      await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: `mauvais-${i}` }));
    }
    const blocked = await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD }));
    expect(blocked.formError).toMatch(TOO_MANY);

    // The owner, from their own connection, signs in with the right password.
    setRequestHeaders({ "x-forwarded-for": "198.51.100.20" });
    await expectRedirect(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD }), "/espace");
    expect((await getCurrentActor())?.id).toBe(owner.id);
  });

  it("clears an address's failures after a successful sign-in", async () => {
    await createUser({ email: "amina@exemple.test" });
    for (let i = 0; i < 9; i++) {
      await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: `mauvais-${i}` }));
    }
    await expectRedirect(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD }), "/espace");

    for (let i = 0; i < 9; i++) {
      const result = await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: `encore-${i}` }));
      expect(result.formError).toBe(INVALID_CREDENTIALS);
    }
  });

  it("throttles one client address after 100 attempts on any accounts", async () => {
    setRequestHeaders({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" });
    for (let i = 0; i < ATTEMPTS_PER_CLIENT; i++) {
      const result = await expectRefused(callAction(signInAction, { email: `essai-${i}@exemple.test`, password: "mot-de-passe-essai" }));
      expect(result.formError).toBe(INVALID_CREDENTIALS);
    }
    const blocked = await expectRefused(callAction(signInAction, { email: "encore@exemple.test", password: "mot-de-passe-essai" }));
    expect(blocked.formError).toMatch(TOO_MANY);

    // Someone else, elsewhere, still signs in.
    await createUser({ email: "amina@exemple.test" });
    setRequestHeaders({ "x-forwarded-for": "198.51.100.20" });
    await expectRedirect(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD }), "/espace");
  });

  it.each([
    ["an absolute URL", "https://evil.example/connexion"],
    ["a protocol-relative URL", "//evil.example/connexion"],
    ["a backslash trick", "/\\evil.example"],
    ["a tab the browser would strip", "/\t/evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
  ])("ignores a callbackUrl that is %s", async (_, callbackUrl) => {
    await createUser({ email: "amina@exemple.test" });
    await expectRedirect(callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD, callbackUrl }), "/espace");
  });

  it("follows a same-site callbackUrl", async () => {
    await createUser({ email: "amina@exemple.test" });
    await expectRedirect(
      callAction(signInAction, { email: "amina@exemple.test", password: TEST_PASSWORD, callbackUrl: "/admin/personnes?page=2" }),
      "/admin/personnes?page=2",
    );
  });
});

describe("signOutAction", () => {
  it("removes the session cookie and redirects home", async () => {
    const user = await createUser();
    await signInAs(user);
    expect((await getCurrentActor())?.id).toBe(user.id);

    await expectRedirect(callAction(signOutAction), "/");

    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    expect(await getCurrentActor()).toBeNull();
    // The account itself is untouched.
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { status: true } })).toEqual({ status: "ACTIVE" });
  });
});

/** The security log: what sign-in, sign-out and lockouts write, and who may read it (/admin/securite). */
import { isValidElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAction, signOutAction } from "@/app/(auth)/actions";
import SecurityLogPage from "@/app/admin/securite/page";
import { AccessDenied } from "@/components/ui/access-denied";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import { SECURITY_LOG_PAGE_SIZE, listSecurityEvents } from "@/lib/auth/security-log-queries";
import { callAction, expectRedirect, expectRefused } from "../helpers/actions";
import { resetDatabase } from "../helpers/database";
import { actorOf, createUser, TEST_PASSWORD } from "../helpers/factories";
import { setRequestHeaders } from "../helpers/request";
import { signInAs } from "../helpers/session";
import { runAfterResponse } from "../helpers/after-response";
import { lastMailTo, resetLinkIn } from "../helpers/mail";
import { requestPasswordReset, resetPassword } from "@/lib/people/password-reset";
import { deleteAccount } from "@/lib/people/delete-account";

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

beforeEach(resetDatabase);
afterEach(() => vi.unstubAllEnvs());

const events = () =>
  db.securityEvent.findMany({ orderBy: { id: "asc" }, select: { kind: true, userId: true, email: true, clientAddress: true, userAgent: true } });

describe("what sign-in and sign-out write", () => {
  beforeEach(() => setRequestHeaders({ "x-forwarded-for": "6.6.6.6, 203.0.113.7", "user-agent": FIREFOX }));

  it("a sign-in, with the account, the client address and the browser", async () => {
    const amina = await createUser({ email: "amina@exemple.test" });
    await expectRedirect(callAction(signInAction, { email: "Amina@Exemple.test", password: TEST_PASSWORD }), "/espace");
    expect(await events()).toEqual([
      { kind: "SIGN_IN", userId: amina.id, email: "amina@exemple.test", clientAddress: "203.0.113.7", userAgent: FIREFOX },
    ]);
  });

  it("a failure, with the address as typed (normalized), known account or not", async () => {
    const amina = await createUser({ email: "amina@exemple.test" });
    await expectRefused(callAction(signInAction, { email: "ＡＭＩＮＡ@exemple.test", password: "pas-le-bon-mot-de-passe" }));
    await expectRefused(callAction(signInAction, { email: "Inconnu@Exemple.test", password: "pas-le-bon-mot-de-passe" }));
    expect(await events()).toEqual([
      { kind: "SIGN_IN_FAILED", userId: amina.id, email: "amina@exemple.test", clientAddress: "203.0.113.7", userAgent: FIREFOX },
      { kind: "SIGN_IN_FAILED", userId: null, email: "inconnu@exemple.test", clientAddress: "203.0.113.7", userAgent: FIREFOX },
    ]);
  });

  it("one lockout row when the budget runs out, however many attempts follow", async () => {
    const amina = await createUser({ email: "amina@exemple.test" });
    for (let i = 0; i < 13; i++) await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: `mauvais-${i}` }));
    const kinds = (await events()).map((e) => e.kind);
    expect(kinds.filter((k) => k === "SIGN_IN_FAILED")).toHaveLength(10);
    expect(await db.securityEvent.findMany({ where: { kind: "LOCKED_OUT" }, select: { userId: true, email: true, clientAddress: true } })).toEqual([
      { userId: amina.id, email: "amina@exemple.test", clientAddress: "203.0.113.7" },
    ]);
  });

  it("a sign-out, and nothing for a sign-out without a session", async () => {
    const amina = await createUser();
    await signInAs(amina);
    await expectRedirect(callAction(signOutAction), "/");
    await expectRedirect(callAction(signOutAction), "/");
    expect(await events()).toEqual([{ kind: "SIGN_OUT", userId: amina.id, email: null, clientAddress: "203.0.113.7", userAgent: FIREFOX }]);
  });

  it("with no proxy in front (TRUSTED_PROXY_COUNT=0), the socket's address, not the client's header", async () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "0");
    setRequestHeaders({ "x-forwarded-for": "6.6.6.6", "x-quartier-socket-address": "192.0.2.44" });
    await expectRefused(callAction(signInAction, { email: "amina@exemple.test", password: "pas-le-bon-mot-de-passe" }));
    expect((await events())[0].clientAddress).toBe("192.0.2.44");
  });
});

describe("what account changes write", () => {
  it("a reset asked for and used, and nothing for an address with no account", async () => {
    const amina = await createUser({ email: "amina@exemple.test" });
    await requestPasswordReset("personne@exemple.test");
    await requestPasswordReset(amina.email);
    await runAfterResponse();
    await resetPassword(resetLinkIn(lastMailTo(amina.email)!).token, "un-tout-nouveau-mot-de-passe");
    expect((await events()).map(({ kind, userId }) => ({ kind, userId }))).toEqual([
      { kind: "PASSWORD_RESET_REQUESTED", userId: amina.id },
      { kind: "PASSWORD_RESET", userId: amina.id },
    ]);
  });

  it("an account deleted by its owner", async () => {
    const amina = await createUser();
    await deleteAccount({ actor: actorOf(amina) }, { password: TEST_PASSWORD });
    expect((await events()).map(({ kind, userId }) => ({ kind, userId }))).toEqual([{ kind: "ACCOUNT_DELETED", userId: amina.id }]);
  });
});

describe("listSecurityEvents", () => {
  it("gives the newest first, filtered by kind and by address (typed or the account's)", async () => {
    const amina = await createUser({ email: "amina@exemple.test" });
    await recordSecurityEvent(db, { kind: "SIGN_IN_FAILED", email: "inconnu@exemple.test" });
    await recordSecurityEvent(db, { kind: "SIGN_IN", userId: amina.id, email: "amina@exemple.test" });
    await recordSecurityEvent(db, { kind: "SIGN_OUT", userId: amina.id });

    const all = await listSecurityEvents({ page: 1 });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.kind)).toEqual(["SIGN_OUT", "SIGN_IN", "SIGN_IN_FAILED"]);
    expect((await listSecurityEvents({ page: 1, kind: "SIGN_IN" })).rows.map((r) => r.kind)).toEqual(["SIGN_IN"]);
    expect((await listSecurityEvents({ page: 1, email: "amina@exemple.test" })).rows.map((r) => r.kind)).toEqual(["SIGN_OUT", "SIGN_IN"]);
    expect((await listSecurityEvents({ page: 1, email: "inconnu@exemple.test" })).rows.map((r) => r.kind)).toEqual(["SIGN_IN_FAILED"]);
  });

  it("pages", async () => {
    for (let i = 0; i < SECURITY_LOG_PAGE_SIZE + 2; i++) await recordSecurityEvent(db, { kind: "SIGN_IN_FAILED", email: `n${i}@exemple.test` });
    const second = await listSecurityEvents({ page: 2 });
    expect(second.total).toBe(SECURITY_LOG_PAGE_SIZE + 2);
    expect(second.rows.map((r) => r.email)).toEqual(["n1@exemple.test", "n0@exemple.test"]);
  });
});

describe("who may read it (/admin/securite)", () => {
  const render = () => SecurityLogPage({ searchParams: Promise.resolve({}) });

  it("the portal administrator", async () => {
    await signInAs(await createUser({ roles: ["ADMIN"] }));
    const page = await render();
    expect(isValidElement(page) && page.type).not.toBe(AccessDenied);
  });

  it.each([["STAFF"], ["RESIDENT"], ["PARTNER"], ["BOARD_MEMBER"]] as const)("not %s", async (role) => {
    await signInAs(await createUser({ roles: [role] }));
    const page = await render();
    expect(isValidElement(page) && page.type).toBe(AccessDenied);
  });

  it("not an anonymous visitor: sent to sign in", async () => {
    await expectRedirect(render(), "/connexion?callbackUrl=%2Fadmin%2Fsecurite");
  });
});

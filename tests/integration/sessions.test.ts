import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  SESSION_ABSOLUTE_LIFETIME_MS,
  SESSION_COOKIE,
  SESSION_IDLE_TIMEOUT_MS,
  SESSION_TOUCH_INTERVAL_MS,
  sessionCookieAttributes,
} from "@/lib/auth/options";
import { pageActor } from "@/lib/auth/guard";
import { listMyDevices } from "@/lib/auth/devices";
import { endSession, getCurrentActor, loadActor, loadSignedIn } from "@/lib/auth/session";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-store";
import type { Actor } from "@/lib/authz/policy";
import { changePassword, signOutEverywhere } from "@/lib/people/account-service";
import { deleteAccount } from "@/lib/people/delete-account";
import { requestPasswordReset, resetPassword } from "@/lib/people/password-reset";
import { runAfterResponse } from "../helpers/after-response";
import { grantRole, revokeRole, setAccountStatus } from "@/lib/people/roles-service";
import { expectRedirect } from "../helpers/actions";
import { resetDatabase } from "../helpers/database";
import { actorOf, createPartner, createUser, TEST_PASSWORD } from "../helpers/factories";
import { lastMailTo, resetLinkIn } from "../helpers/mail";
import { getClearedCookie, getCookie, setCookie } from "../helpers/request";
import { sessionCookie, signInAs, useSessionCookie } from "../helpers/session";

beforeEach(resetDatabase);

async function adminActor(): Promise<Actor> {
  const admin = await createUser({ roles: ["ADMIN"] });
  await signInAs(admin);
  const actor = await loadActor(sessionCookie());
  if (!actor) throw new Error("admin actor not loaded");
  return actor;
}

/** Moves the session of the cookie in the jar back in time, as if it had been opened/used earlier. */
async function ageSession(token: string, data: { createdAt?: Date; lastSeenAt?: Date; expiresAt?: Date }) {
  await db.session.update({ where: { tokenHash: hashSessionToken(token) }, data });
}

const ago = (ms: number) => new Date(Date.now() - ms);

describe("opaque database sessions", () => {
  it("puts a random token in an httpOnly, SameSite=Lax cookie, and keeps only its SHA-256", async () => {
    const user = await createUser();
    await signInAs(user);

    const cookie = getCookie(SESSION_COOKIE)!;
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.options).toEqual({ ...sessionCookieAttributes, maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 });
    expect(sessionCookieAttributes).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    const rows = await db.session.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashSessionToken(cookie.value));
    expect(JSON.stringify(rows)).not.toContain(cookie.value);
    expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBe(SESSION_ABSOLUTE_LIFETIME_MS);
  });

  it("states the lifetimes the README and the privacy page give: 7 days at most, 4 hours idle", () => {
    expect(SESSION_ABSOLUTE_LIFETIME_MS).toBe(7 * 24 * 3600 * 1000);
    expect(SESSION_IDLE_TIMEOUT_MS).toBe(4 * 3600 * 1000);
  });

  it("opens nothing for an unknown, a malformed or a missing token", async () => {
    const user = await createUser();
    await signInAs(user);
    const real = sessionCookie()!;

    useSessionCookie(newSessionToken());
    expect(await getCurrentActor()).toBeNull();
    expect(await loadActor(`${real}x`)).toBeNull();
    expect(await loadActor(hashSessionToken(real))).toBeNull();
    expect(await loadActor(undefined)).toBeNull();
    expect(await loadActor(real)).toMatchObject({ id: user.id });
  });

  it("ends at its absolute lifetime, however recently it was used", async () => {
    const user = await createUser();
    await signInAs(user);
    const token = sessionCookie()!;
    await ageSession(token, { createdAt: ago(SESSION_ABSOLUTE_LIFETIME_MS + 1000), lastSeenAt: ago(1000), expiresAt: ago(1000) });

    expect(await getCurrentActor()).toBeNull();
    expect(await listMyDevices({ id: user.id } as Actor, null)).toEqual([]);
  });

  it("ends after the idle timeout without a request", async () => {
    const user = await createUser();
    await signInAs(user);
    const token = sessionCookie()!;
    await ageSession(token, { lastSeenAt: ago(SESSION_IDLE_TIMEOUT_MS + 1000) });

    expect(await loadActor(token)).toBeNull();
    expect(await listMyDevices({ id: user.id } as Actor, null)).toEqual([]);

    // Just within the idle timeout, it is still open.
    await ageSession(token, { lastSeenAt: ago(SESSION_IDLE_TIMEOUT_MS - 60_000) });
    expect(await loadActor(token)).toMatchObject({ id: user.id });
  });

  it("notes activity at most once per interval, on the session and the account", async () => {
    const user = await createUser();
    await signInAs(user);
    const token = sessionCookie()!;
    const recent = ago(SESSION_TOUCH_INTERVAL_MS / 2);
    await ageSession(token, { lastSeenAt: recent });

    await loadSignedIn(token);
    const untouched = await db.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(token) } });
    expect(untouched.lastSeenAt).toEqual(recent);

    await ageSession(token, { lastSeenAt: ago(SESSION_TOUCH_INTERVAL_MS + 1000) });
    const before = Date.now();
    await loadSignedIn(token);
    const touched = await db.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(token) } });
    const account = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(account.lastSeenAt).toEqual(touched.lastSeenAt);
    // A request that brings no news moves nothing: the account's edit date stays.
    expect(account.updatedAt.getTime()).toBeLessThan(before);
  });

  it("signing out revokes the session on the server and clears the cookie with the attributes it was set with", async () => {
    const user = await createUser();
    await signInAs(user);
    const copied = sessionCookie()!;

    const ended = await endSession();

    expect(ended).toMatchObject({ userId: user.id });
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    expect(getClearedCookie(SESSION_COOKIE)).toEqual({ name: SESSION_COOKIE, ...sessionCookieAttributes });
    expect((await db.session.findFirstOrThrow({ where: { userId: user.id } })).revokedAt).not.toBeNull();
    // A copy of the cookie kept from before is anonymous at once.
    useSessionCookie(copied);
    expect(await getCurrentActor()).toBeNull();
    // Signing out again with the copy changes nothing.
    expect(await endSession()).toBeNull();
  });

  it("the list of open sessions and the request's check agree on every state", async () => {
    const user = await createUser();
    const tokens: Record<string, string> = {};
    for (const name of ["open", "revoked", "expired", "idle", "oldGeneration", "fresh"]) {
      await signInAs(user);
      tokens[name] = sessionCookie()!;
    }
    await ageSession(tokens.revoked, { lastSeenAt: ago(1000) });
    await db.session.update({ where: { tokenHash: hashSessionToken(tokens.revoked) }, data: { revokedAt: new Date() } });
    await ageSession(tokens.expired, { expiresAt: ago(1000) });
    await ageSession(tokens.idle, { lastSeenAt: ago(SESSION_IDLE_TIMEOUT_MS + 1000) });
    await db.session.update({ where: { tokenHash: hashSessionToken(tokens.oldGeneration) }, data: { sessionVersion: -1 } });

    const listed = new Set((await listMyDevices({ id: user.id } as Actor, null)).map((d) => d.id));
    for (const [name, token] of Object.entries(tokens)) {
      const row = await db.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(token) } });
      const accepted = (await loadSignedIn(token)) !== null;
      expect({ name, listed: listed.has(row.id) }).toEqual({ name, listed: accepted });
      expect({ name, accepted }).toEqual({ name, accepted: name === "open" || name === "fresh" });
    }
  });
});

describe("getCurrentActor", () => {
  it("returns the signed-in person with their active roles and partners", async () => {
    const partner = await createPartner();
    const user = await createUser({ name: "Thomas Girard", roles: ["PARTNER", "RESIDENT"], partnerId: partner.id });
    await signInAs(user);

    expect(await getCurrentActor()).toEqual({
      id: user.id,
      name: "Thomas Girard",
      email: user.email,
      roles: expect.arrayContaining(["PARTNER", "RESIDENT"]),
      partnerIds: [partner.id],
    });
  });

  it("returns null without a session cookie", async () => {
    await createUser();
    expect(await getCurrentActor()).toBeNull();
  });

  it("returns null for a made-up cookie value", async () => {
    await createUser();
    setCookie(SESSION_COOKIE, "not-a-session");
    expect(await getCurrentActor()).toBeNull();
  });
});

describe("pageActor (the page guard)", () => {
  it("sends an anonymous visitor to sign in, remembering the page", async () => {
    await expectRedirect(pageActor("people:view", "/admin/personnes?q=amina"), "/connexion?callbackUrl=%2Fadmin%2Fpersonnes%3Fq%3Damina");
  });

  it("returns null to a signed-in person without the permission", async () => {
    await signInAs(await createUser({ roles: ["RESIDENT"] }));
    expect(await pageActor("people:view", "/admin")).toBeNull();
  });

  it("returns the actor to a person with the permission", async () => {
    const admin = await createUser({ roles: ["ADMIN"] });
    await signInAs(admin);
    expect((await pageActor("people:view", "/admin"))?.id).toBe(admin.id);
  });

  it("treats a revoked session as anonymous", async () => {
    const admin = await createUser({ roles: ["ADMIN"] });
    await signInAs(admin);
    await db.session.updateMany({ where: { userId: admin.id }, data: { revokedAt: new Date() } });
    await expectRedirect(pageActor("people:view", "/admin"), "/connexion?callbackUrl=%2Fadmin");
  });
});

describe("a session ends at once, whatever the token says", () => {
  it("after signing out everywhere", async () => {
    const user = await createUser();
    await signInAs(user);
    expect((await getCurrentActor())?.id).toBe(user.id);

    await signOutEverywhere({ actor: actorOf(user) }, {});

    expect(await getCurrentActor()).toBeNull();
    // Signing in again opens a session of the new generation.
    await signInAs(user);
    expect((await getCurrentActor())?.id).toBe(user.id);
  });

  it("after a password change", async () => {
    const user = await createUser();
    await signInAs(user);

    await changePassword({ actor: actorOf(user) }, { currentPassword: TEST_PASSWORD, newPassword: "un-nouveau-mot-de-passe" });

    expect(await getCurrentActor()).toBeNull();
  });

  it("after a password reset", async () => {
    const user = await createUser();
    await signInAs(user);
    const device = sessionCookie()!;

    await requestPasswordReset(user.email);
    await runAfterResponse();
    const { token } = resetLinkIn(lastMailTo(user.email)!);
    await resetPassword(token, "un-nouveau-mot-de-passe");

    useSessionCookie(device);
    expect(await getCurrentActor()).toBeNull();
  });

  it("after the account is disabled, and stays ended when it is enabled again", async () => {
    const admin = await adminActor();
    const user = await createUser();
    await signInAs(user);

    await setAccountStatus({ actor: admin }, { userId: user.id, status: "DISABLED" });
    expect(await getCurrentActor()).toBeNull();

    await setAccountStatus({ actor: admin }, { userId: user.id, status: "ACTIVE" });
    expect(await getCurrentActor()).toBeNull();
  });

  it("after the account is deleted", async () => {
    const user = await createUser();
    await signInAs(user);
    await deleteAccount({ actor: actorOf(user) }, { password: TEST_PASSWORD });
    expect(await getCurrentActor()).toBeNull();
  });

  it("for a disabled account, even with the current generation", async () => {
    const user = await createUser();
    await signInAs(user);
    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expect(await getCurrentActor()).toBeNull();
  });
});

describe("roles are read on every request", () => {
  it("a revoked role is gone at once", async () => {
    const admin = await adminActor();
    const user = await createUser({ roles: ["RESIDENT", "STAFF"] });
    await signInAs(user);
    expect((await getCurrentActor())?.roles.sort()).toEqual(["RESIDENT", "STAFF"]);

    const staffGrant = await db.roleGrant.findFirstOrThrow({ where: { userId: user.id, role: "STAFF" } });
    await revokeRole({ actor: admin }, { grantId: staffGrant.id });

    expect((await getCurrentActor())?.roles).toEqual(["RESIDENT"]);
  });

  it("a granted role is there at once", async () => {
    const admin = await adminActor();
    const partner = await createPartner();
    const user = await createUser({ roles: ["RESIDENT"] });
    await signInAs(user);

    await grantRole({ actor: admin }, { userId: user.id, role: "PARTNER", partnerId: partner.id });

    expect(await getCurrentActor()).toMatchObject({ roles: expect.arrayContaining(["RESIDENT", "PARTNER"]), partnerIds: [partner.id] });
  });

  it("ignores a grant whose end date has passed", async () => {
    const user = await createUser({ roles: ["RESIDENT"] });
    await db.roleGrant.create({
      data: { userId: user.id, role: "STAFF", validFrom: new Date(Date.now() - 86_400_000), validUntil: new Date(Date.now() - 1000) },
    });
    await signInAs(user);
    expect((await getCurrentActor())?.roles).toEqual(["RESIDENT"]);
  });

  it("ignores a grant that starts in the future", async () => {
    const user = await createUser({ roles: ["RESIDENT"] });
    await db.roleGrant.create({ data: { userId: user.id, role: "ADMIN", validFrom: new Date(Date.now() + 86_400_000) } });
    await signInAs(user);
    expect((await getCurrentActor())?.roles).toEqual(["RESIDENT"]);
  });

  it("keeps a grant whose end date is still ahead", async () => {
    const user = await createUser({ roles: ["RESIDENT"] });
    await db.roleGrant.create({ data: { userId: user.id, role: "STAFF", validUntil: new Date(Date.now() + 86_400_000) } });
    await signInAs(user);
    expect((await getCurrentActor())?.roles.sort()).toEqual(["RESIDENT", "STAFF"]);
  });

  it("gives no partner scope to a revoked PARTNER grant", async () => {
    const admin = await adminActor();
    const user = await createUser({ roles: ["PARTNER", "RESIDENT"] });
    await signInAs(user);
    const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: user.id, role: "PARTNER" } });

    await revokeRole({ actor: admin }, { grantId: grant.id });

    expect(await getCurrentActor()).toMatchObject({ roles: ["RESIDENT"], partnerIds: [] });
  });
});

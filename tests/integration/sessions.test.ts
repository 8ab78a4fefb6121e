import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, authSecret } from "@/lib/auth/options";
import { decodeSessionToken, getCurrentActor, loadActor } from "@/lib/auth/session";
import { changePassword, signOutEverywhere } from "@/lib/people/account-service";
import { deleteAccount } from "@/lib/people/delete-account";
import { requestPasswordReset, resetPassword } from "@/lib/people/password-reset";
import { runAfterResponse } from "../helpers/after-response";
import { grantRole, revokeRole, setAccountStatus } from "@/lib/people/roles-service";
import { resetDatabase } from "../helpers/database";
import { createPartner, createUser, TEST_PASSWORD } from "../helpers/factories";
import { lastMailTo, resetLinkIn } from "../helpers/mail";
import { setCookie } from "../helpers/request";
import { sessionCookie, signInAs, useSessionCookie } from "../helpers/session";

beforeEach(resetDatabase);

async function adminActor() {
  const admin = await createUser({ roles: ["ADMIN"] });
  const actor = await loadActor({ userId: admin.id, sessionVersion: 0 });
  if (!actor) throw new Error("admin actor not loaded");
  return actor;
}

describe("decodeSessionToken (next-auth's decode, remembered per token)", () => {
  afterEach(() => vi.useRealTimers());

  it("gives a token's claims, and nothing for a token altered by one character", async () => {
    const token = await encode({ token: { sub: "u1", sessionVersion: 3 }, secret: authSecret(), maxAge: 60 });
    for (let i = 0; i < 2; i++) expect(await decodeSessionToken({ token, secret: authSecret() })).toMatchObject({ sub: "u1", sessionVersion: 3 });
    const altered = `${token.slice(0, -2)}${token.at(-2) === "A" ? "B" : "A"}${token.at(-1)}`;
    await expect(decodeSessionToken({ token: altered, secret: authSecret() })).rejects.toThrow();
  });

  it("stops accepting a remembered token once it has expired", async () => {
    const token = await encode({ token: { sub: "u2", sessionVersion: 0 }, secret: authSecret(), maxAge: 60 });
    expect(await decodeSessionToken({ token, secret: authSecret() })).toMatchObject({ sub: "u2" });
    vi.useFakeTimers({ now: Date.now() + 5 * 60 * 1000, toFake: ["Date"] });
    await expect(decodeSessionToken({ token, secret: authSecret() })).rejects.toThrow();
  });

  it("does not let a signed-out-everywhere session back in, whatever it remembers", async () => {
    const user = await createUser();
    await signInAs(user);
    expect((await getCurrentActor())?.id).toBe(user.id);
    await signOutEverywhere(user.id);
    expect(await getCurrentActor()).toBeNull();
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

  it("returns null for a token signed with another secret", async () => {
    const user = await createUser();
    const forged = await encode({ token: { sub: user.id, sessionVersion: 0 }, secret: "not-the-portal-secret", maxAge: 60 });
    setCookie(SESSION_COOKIE, forged);
    expect(await getCurrentActor()).toBeNull();
  });

  it("returns null for a token without a session generation", async () => {
    const user = await createUser();
    setCookie(SESSION_COOKIE, await encode({ token: { sub: user.id }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS }));
    expect(await getCurrentActor()).toBeNull();
  });

  it("returns null for an expired token (beyond the 15 s clock tolerance)", async () => {
    const user = await createUser();
    setCookie(SESSION_COOKIE, await encode({ token: { sub: user.id, sessionVersion: 0 }, secret: authSecret(), maxAge: -60 }));
    expect(await getCurrentActor()).toBeNull();
  });

  it("returns null for a token naming an account that does not exist", async () => {
    setCookie(SESSION_COOKIE, await encode({ token: { sub: "cm0000000000000000000000", sessionVersion: 0 }, secret: authSecret() }));
    expect(await getCurrentActor()).toBeNull();
  });
});

describe("a session ends at once, whatever the token says", () => {
  it("after signing out everywhere", async () => {
    const user = await createUser();
    await signInAs(user);
    expect((await getCurrentActor())?.id).toBe(user.id);

    await signOutEverywhere(user.id);

    expect(await getCurrentActor()).toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: 1 })).not.toBeNull();
  });

  it("after a password change", async () => {
    const user = await createUser();
    await signInAs(user);

    await changePassword(user.id, TEST_PASSWORD, "un-nouveau-mot-de-passe");

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

    await setAccountStatus(admin, user.id, "DISABLED");
    expect(await getCurrentActor()).toBeNull();

    await setAccountStatus(admin, user.id, "ACTIVE");
    expect(await getCurrentActor()).toBeNull();
  });

  it("after the account is deleted", async () => {
    const user = await createUser();
    await signInAs(user);
    await deleteAccount(user.id, TEST_PASSWORD);
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
    await revokeRole(admin, staffGrant.id);

    expect((await getCurrentActor())?.roles).toEqual(["RESIDENT"]);
  });

  it("a granted role is there at once", async () => {
    const admin = await adminActor();
    const partner = await createPartner();
    const user = await createUser({ roles: ["RESIDENT"] });
    await signInAs(user);

    await grantRole(admin, { userId: user.id, role: "PARTNER", partnerId: partner.id });

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

    await revokeRole(admin, grant.id);

    expect(await getCurrentActor()).toMatchObject({ roles: ["RESIDENT"], partnerIds: [] });
  });
});

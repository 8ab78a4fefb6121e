/**
 * The other ways in: next-auth's credentials route (app/api/auth/[...nextauth]) and the page
 * guard (lib/auth/guard.ts). Both must apply the same rules as the sign-in action.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { encode } from "next-auth/jwt";
import { authOptions, authSecret, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { pageActor } from "@/lib/auth/guard";
import { getCurrentActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { expectRedirect } from "../helpers/actions";
import { rateLimitRows, resetDatabase } from "../helpers/database";
import { createUser, TEST_PASSWORD } from "../helpers/factories";
import { setCookie } from "../helpers/request";
import { signInAs } from "../helpers/session";

beforeEach(resetDatabase);

type Authorize = (credentials: Record<string, string> | undefined, req: { headers?: Record<string, string> }) => Promise<unknown>;
const credentials = authOptions.providers[0] as unknown as { id: string; options: { authorize: Authorize } };
const authorize = (body: Record<string, string> | undefined, ip = "203.0.113.9") =>
  credentials.options.authorize(body, { headers: { "x-forwarded-for": ip } });

describe("next-auth's credentials provider", () => {
  it("is the only provider, and issues short JWT sessions", () => {
    expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials"]);
    expect(authOptions.session).toEqual({ strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS });
    expect(SESSION_MAX_AGE_SECONDS).toBeLessThanOrEqual(2 * 60 * 60);
  });

  it("accepts the right password and carries the session generation into the token", async () => {
    const user = await createUser({ email: "amina@exemple.test" });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });

    const authorized = await authorize({ email: "AMINA@exemple.test", password: TEST_PASSWORD });
    expect(authorized).toEqual({ id: user.id, sessionVersion: 3 });

    const token = (await authOptions.callbacks!.jwt!({ token: { sub: user.id }, user: authorized } as never)) as JWT;
    setCookie(SESSION_COOKIE, await encode({ token, secret: authSecret() }));
    expect((await getCurrentActor())?.id).toBe(user.id);
  });

  it("refuses a wrong password, an unknown address, a disabled account and a 1 MB password", async () => {
    await createUser({ email: "amina@exemple.test" });
    await createUser({ email: "desactive@exemple.test", status: "DISABLED" });

    expect(await authorize({ email: "amina@exemple.test", password: "pas-le-bon-mot-de-passe" })).toBeNull();
    expect(await authorize({ email: "inconnu@exemple.test", password: TEST_PASSWORD })).toBeNull();
    expect(await authorize({ email: "desactive@exemple.test", password: TEST_PASSWORD })).toBeNull();
    expect(await authorize({ email: "amina@exemple.test", password: "x".repeat(1024 * 1024) })).toBeNull();
    expect(await authorize(undefined)).toBeNull();
  });

  it("shares the sign-in throttle with the sign-in action", async () => {
    await createUser({ email: "amina@exemple.test" });
    for (let i = 0; i < 10; i++) await authorize({ email: "amina@exemple.test", password: `mauvais-${i}` });

    expect(await authorize({ email: "amina@exemple.test", password: TEST_PASSWORD })).toBeNull();
    expect(await rateLimitRows()).toEqual(
      expect.arrayContaining([{ key: "login-email:amina@exemple.test", points: 11 }, { key: "login-ip:203.0.113.9", points: 11 }]),
    );
  });

  it("gives no session to a token minted without a session generation", async () => {
    const user = await createUser();
    const token = (await authOptions.callbacks!.jwt!({ token: { sub: user.id } } as never)) as JWT;
    setCookie(SESSION_COOKIE, await encode({ token, secret: authSecret() }));
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

  it("treats a stale session as anonymous", async () => {
    const admin = await createUser({ roles: ["ADMIN"] });
    setCookie(SESSION_COOKIE, await encode({ token: { sub: admin.id, sessionVersion: 7 }, secret: authSecret() }));
    await expectRedirect(pageActor("people:view", "/admin"), "/connexion?callbackUrl=%2Fadmin");
  });
});

/**
 * The sign-out posted without JavaScript (app/interventions/deconnexion/route.ts): signs the
 * person out and answers with Clear-Site-Data "cache" (never "storage": the phone's outbox of
 * unsent work lives in IndexedDB); a post from another site signs nobody out.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as postSignOut } from "@/app/interventions/deconnexion/route";
import { routes } from "@/lib/routes";
import { resetDatabase } from "../helpers/database";
import { createUser } from "../helpers/factories";
import { currentUserId, signInAs } from "../helpers/session";

const HOST = "quartier.exemple.test";

function signOutRequest(origin: string | null) {
  const body = new FormData();
  // What React's form sends for the action, ignored by the route.
  body.set("$ACTION_ID_0123", "");
  return new Request(`https://${HOST}${routes.employee.signOut}`, { method: "POST", body, headers: { host: HOST, ...(origin ? { origin } : {}) } });
}

beforeEach(resetDatabase);

describe("the sign-out without JavaScript", () => {
  it("ends the session and answers 303 to the home page with Clear-Site-Data \"cache\", uncached", async () => {
    const employee = await createUser({ roles: ["EMPLOYEE"] });
    await signInAs(employee);
    expect(await currentUserId()).toBe(employee.id);

    const response = await postSignOut(signOutRequest(`https://${HOST}`));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(routes.home);
    expect(response.headers.get("clear-site-data")).toBe('"cache"');
    expect(response.headers.get("clear-site-data")).not.toMatch(/storage|cookies|\*/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");

    expect(await currentUserId()).toBeNull();
    expect(await db.session.count({ where: { userId: employee.id, revokedAt: null } })).toBe(0);
    expect(await db.securityEvent.findMany({ select: { kind: true, userId: true } })).toEqual([{ kind: "SIGN_OUT", userId: employee.id }]);
  });

  it("answers the same to someone already signed out (an expired session), with nothing to end", async () => {
    const response = await postSignOut(signOutRequest(`https://${HOST}`));
    expect(response.status).toBe(303);
    expect(response.headers.get("clear-site-data")).toBe('"cache"');
    expect(await db.securityEvent.count()).toBe(0);
  });

  it("refuses a post from another site or without an origin: nobody is signed out, nothing is cleared", async () => {
    const employee = await createUser({ roles: ["EMPLOYEE"] });
    await signInAs(employee);
    for (const origin of ["https://ailleurs.exemple.test", null]) {
      const response = await postSignOut(signOutRequest(origin));
      expect(response.status).toBe(403);
      expect(response.headers.get("clear-site-data")).toBeNull();
    }
    expect(await currentUserId()).toBe(employee.id);
    expect(await db.securityEvent.count()).toBe(0);
  });
});

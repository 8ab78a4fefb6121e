import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCurrentActor } from "@/lib/auth/session";
import { signInAction } from "@/app/(auth)/actions";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoEmail, seed } from "@/prisma/seed";
import { callAction, expectRedirect } from "../helpers/actions";
import { resetDatabase } from "../helpers/database";

beforeEach(resetDatabase);

describe("the demo seed (used by `npm run dev` and the end-to-end tests)", () => {
  it("builds a believable Régie whose demo accounts sign in with their roles", async () => {
    await seed(db);

    expect(await db.partner.count()).toBe(6);
    expect(await db.area.count()).toBe(3);
    expect(await db.entrance.count()).toBeGreaterThan(10);
    expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length + 75);

    for (const account of DEMO_ACCOUNTS) {
      await expectRedirect(callAction(signInAction, { email: demoEmail(account.key), password: DEMO_PASSWORD }), "/espace");
      const actor = await getCurrentActor();
      expect(actor?.email).toBe(demoEmail(account.key));
      expect(actor?.roles.slice().sort(), account.key).toEqual([...account.roles].sort());
      if ((account.roles as readonly string[]).includes("PARTNER")) expect(actor?.partnerIds).toHaveLength(1);
    }
  });
});

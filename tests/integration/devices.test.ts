/** Mes appareils (/espace/appareils): the person's open sessions, and ending them. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changePasswordAction, signOutEverywhereAction } from "@/app/espace/actions";
import { endDeviceAction, endOtherDevicesAction } from "@/app/espace/appareils/actions";
import { DEVICE_GONE, listMyDevices } from "@/lib/auth/devices";
import { SESSION_COOKIE } from "@/lib/auth/options";
import { getCurrentActor, getCurrentSessionId } from "@/lib/auth/session";
import type { Actor } from "@/lib/authz/policy";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { createUser, TEST_PASSWORD, type TestUser } from "../helpers/factories";
import { getCookie, setCookie, setRequestHeaders } from "../helpers/request";
import { sessionCookie, signInAs, useSessionCookie } from "../helpers/session";

const ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const WINDOWS_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

beforeEach(resetDatabase);

/** Signs `user` in from a browser with this User-Agent; returns that device's cookie. */
async function deviceOf(user: TestUser, userAgent: string) {
  setRequestHeaders({ "user-agent": userAgent });
  await signInAs(user);
  return sessionCookie()!;
}

const asActor = (user: TestUser) => ({ id: user.id }) as Actor;

/** Who a request from the device holding this cookie is. */
async function whoHas(cookie: string) {
  setCookie(SESSION_COOKIE, cookie);
  return (await getCurrentActor())?.id ?? null;
}

describe("listMyDevices", () => {
  it("lists the person's open sessions by device, this one marked, no one else's", async () => {
    const amina = await createUser();
    const karim = await createUser();
    await deviceOf(karim, WINDOWS_FIREFOX);
    await deviceOf(amina, ANDROID_CHROME);
    const here = await deviceOf(amina, WINDOWS_FIREFOX);
    useSessionCookie(here);

    const devices = await listMyDevices(asActor(amina), await getCurrentSessionId());

    expect(devices.map((d) => [d.name, d.current])).toEqual(
      expect.arrayContaining([
        ["Chrome sur Android", false],
        ["Firefox sur Windows", true],
      ]),
    );
    expect(devices).toHaveLength(2);
  });
});

describe("endDeviceAction", () => {
  it("ends one of the person's other devices at once, and logs it", async () => {
    const amina = await createUser();
    const phone = await deviceOf(amina, ANDROID_CHROME);
    const here = await deviceOf(amina, WINDOWS_FIREFOX);
    const phoneSession = (await listMyDevices(asActor(amina), null)).find((d) => d.name === "Chrome sur Android")!;

    await expectRedirect(callAction(endDeviceAction, { sessionId: phoneSession.id }), "/espace/appareils?fin=1");

    expect((await getCurrentActor())?.id).toBe(amina.id);
    useSessionCookie(phone);
    expect(await getCurrentActor()).toBeNull();
    useSessionCookie(here);
    expect(await db.securityEvent.findMany({ select: { kind: true, userId: true } })).toEqual([{ kind: "SESSION_REVOKED", userId: amina.id }]);
  });

  it("changes nothing when given someone else's session", async () => {
    const amina = await createUser();
    const karim = await createUser();
    const karimsDevice = await deviceOf(karim, ANDROID_CHROME);
    const karimsSession = (await listMyDevices(asActor(karim), null))[0];
    await deviceOf(amina, WINDOWS_FIREFOX);
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(endDeviceAction, { sessionId: karimsSession.id }));

    expect(result.formError).toBe(DEVICE_GONE);
    expect(await databaseSnapshot()).toEqual(before);
    useSessionCookie(karimsDevice);
    expect((await getCurrentActor())?.id).toBe(karim.id);
  });

  it("refuses a session id with extra fields (no userId from the form)", async () => {
    const amina = await createUser();
    await signInAs(amina);
    const result = await expectRefused(callAction(endDeviceAction, { sessionId: "x", userId: amina.id }));
    expect(result.formError).toBe("Le formulaire contient des champs inattendus. Rechargez la page et réessayez.");
  });
});

describe("endOtherDevicesAction", () => {
  it("ends every other device and keeps this one", async () => {
    const amina = await createUser();
    const karim = await createUser();
    const karimsDevice = await deviceOf(karim, ANDROID_CHROME);
    const phone = await deviceOf(amina, ANDROID_CHROME);
    const tablet = await deviceOf(amina, ANDROID_CHROME);
    const here = await deviceOf(amina, WINDOWS_FIREFOX);

    await expectRedirect(callAction(endOtherDevicesAction), "/espace/appareils?fin=autres");

    expect((await getCurrentActor())?.id).toBe(amina.id);
    for (const device of [phone, tablet]) expect(await whoHas(device)).toBeNull();
    useSessionCookie(karimsDevice);
    expect((await getCurrentActor())?.id).toBe(karim.id);
    useSessionCookie(here);
    expect((await listMyDevices(asActor(amina), await getCurrentSessionId())).map((d) => d.current)).toEqual([true]);
  });
});

describe("password change and signing out everywhere", () => {
  it("a password change ends the other devices; this one goes on with a new token", async () => {
    const amina = await createUser();
    const phone = await deviceOf(amina, ANDROID_CHROME);
    const here = await deviceOf(amina, WINDOWS_FIREFOX);

    await expectSuccess(callAction(changePasswordAction, { currentPassword: TEST_PASSWORD, newPassword: "un-nouveau-mot-de-passe" }));

    const renewed = sessionCookie()!;
    expect(renewed).not.toBe(here);
    expect((await getCurrentActor())?.id).toBe(amina.id);
    for (const device of [phone, here]) expect(await whoHas(device)).toBeNull();
    expect(await db.securityEvent.findMany({ select: { kind: true, userId: true } })).toEqual([{ kind: "PASSWORD_CHANGED", userId: amina.id }]);
  });

  it("signing out everywhere ends every device, this one included, and clears its cookie", async () => {
    const amina = await createUser();
    const phone = await deviceOf(amina, ANDROID_CHROME);
    const here = await deviceOf(amina, WINDOWS_FIREFOX);

    await expectRedirect(callAction(signOutEverywhereAction), "/connexion?deconnecte=1");

    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    for (const device of [phone, here]) expect(await whoHas(device)).toBeNull();
    expect(await listMyDevices(asActor(amina), null)).toEqual([]);
  });
});

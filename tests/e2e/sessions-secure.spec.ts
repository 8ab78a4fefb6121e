/**
 * Sessions as production serves them: a server of its own started with APP_URL=https://localhost:…
 * (secure cookies on; Chromium treats localhost as a secure context, so plain HTTP carries them)
 * and no proxy in front (TRUSTED_PROXY_COUNT=0). Also: the production start check refuses an
 * http APP_URL. The build is scripts/test.mjs's (`next build` before Playwright).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { test, expect, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import { MAIL_SINK_SMTP_PORT } from "./support/env";
import { DEMO_PASSWORD, demoEmail, formAlert, INVALID_CREDENTIALS, newAccount, signUp } from "./support/helpers";
import { expectNoAxeViolations } from "./support/axe";

const ROOT = path.resolve(__dirname, "../..");
const COOKIE = "__Secure-quartier.session";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Server = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(port: number, env: Record<string, string | undefined>): Server {
  let output = "";
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ALLOW_INSECURE_HTTP: undefined, ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(base: string, server: Server) {
  for (let i = 0; i < 120; i++) {
    if (server.child.exitCode !== null) throw new Error(`The server stopped:\n${server.output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not start:\n${server.output()}`);
}

test.describe.configure({ mode: "serial" });

function buildHasHsts() {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/routes-manifest.json"), "utf8")) as { headers: { headers: { key: string }[] }[] };
  return manifest.headers.some((rule) => rule.headers.some((h) => h.key === "Strict-Transport-Security"));
}

test.describe("production start check", () => {
  for (const [label, appUrl] of [["an http APP_URL", "http://portail.example.org"], ["no APP_URL", undefined]] as const) {
    test(`refuses to start with ${label}, saying why`, async () => {
      const server = startServer(await freePort(), { APP_URL: appUrl, NODE_ENV: "production" });
      const code = await Promise.race([server.exited, new Promise<"running">((r) => setTimeout(() => r("running"), 45_000))]);
      if (code === "running") server.child.kill();
      expect(code).toBe(1);
      expect(server.output()).toContain(appUrl ? `APP_URL is "${appUrl}", not an https:// address` : "APP_URL is not set");
      expect(server.output()).toContain("ALLOW_INSECURE_HTTP=1");
    });
  }

  test("refuses to start with an https APP_URL a build without HSTS", async () => {
    // npm test builds without APP_URL, so without HSTS: the case this check exists for.
    expect(buildHasHsts(), "the build under test sends no HSTS (scripts/test.mjs builds without APP_URL)").toBe(false);
    const server = startServer(await freePort(), { APP_URL: "https://portail.example.org", NODE_ENV: "production" });
    const code = await Promise.race([server.exited, new Promise<"running">((r) => setTimeout(() => r("running"), 45_000))]);
    if (code === "running") server.child.kill();
    expect(code).toBe(1);
    expect(server.output()).toContain("this build sends no Strict-Transport-Security header");
  });
});

test.describe("with APP_URL=https://… and no proxy in front", () => {
  let server: Server;
  let base: string;

  test.beforeAll(async () => {
    // A second production server starts here, on a machine already running the suite's.
    test.setTimeout(120_000);
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = startServer(port, {
      APP_URL: `https://localhost:${port}`,
      // scripts/test.mjs builds without an https APP_URL, so the build has no HSTS header, which
      // the start check would refuse (see the test above): the flag says it is on purpose.
      ALLOW_INSECURE_HTTP: buildHasHsts() ? undefined : "1",
      TRUSTED_PROXY_COUNT: "0",
      SMTP_URL: `smtp://127.0.0.1:${MAIL_SINK_SMTP_PORT}`,
    });
    await waitForHealth(base, server);
  });

  // Each journey uses several browsers on that second server.
  test.beforeEach(() => test.slow());

  test.afterAll(async () => {
    server?.child.kill();
    await server?.exited;
  });

  /** No JavaScript: each form is a plain POST whose response carries the Set-Cookie to read. */
  async function newContext(browser: Browser, options: { extraHTTPHeaders?: Record<string, string> } = {}) {
    return browser.newContext({ baseURL: base, javaScriptEnabled: false, locale: "fr-FR", ...options });
  }

  /** The Set-Cookie of the session cookie in the responses to the POSTs made while `act` runs. */
  async function sessionSetCookie(page: Page, act: () => Promise<void>): Promise<string> {
    const seen: string[] = [];
    const listener = async (response: Response) => {
      if (response.request().method() !== "POST") return;
      for (const header of await response.headersArray()) {
        if (header.name.toLowerCase() === "set-cookie" && header.value.startsWith(`${COOKIE}=`)) seen.push(header.value);
      }
    };
    page.on("response", listener);
    await act();
    page.off("response", listener);
    expect(seen, "one Set-Cookie for the session cookie").toHaveLength(1);
    return seen[0];
  }

  async function signIn(page: Page, email: string, password: string) {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/espace$/);
  }

  async function copyCookieInto(from: BrowserContext, to: BrowserContext) {
    const cookie = (await from.cookies()).find((c) => c.name === COOKIE);
    expect(cookie, "the browser kept the session cookie").toBeTruthy();
    await to.addCookies([cookie!]);
    return cookie!;
  }

  test("the cookie is __Secure-, Secure, HttpOnly, SameSite=Lax; signing out clears it alike and a copy is anonymous at once", async ({ browser }) => {
    const account = newAccount("secure");
    const signUpContext = await newContext(browser);
    await signUp(await signUpContext.newPage(), account);
    await signUpContext.close();

    const counter = await newContext(browser);
    const page = await counter.newPage();
    const set = await sessionSetCookie(page, () => signIn(page, account.email, account.password));
    const attributes = set.split(";").map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["path=/", "secure", "httponly", "samesite=lax"]));
    expect(set).toMatch(new RegExp(`^${COOKIE}=[A-Za-z0-9_-]{43};`));

    // Someone copies the cookie (the next visitor at the counter, a stolen file…).
    // (With JavaScript: its action then answers in place instead of re-rendering the page.)
    const copy = await browser.newContext({ baseURL: base, locale: "fr-FR" });
    await copyCookieInto(counter, copy);
    const copyPage = await copy.newPage();
    await copyPage.goto("/espace");
    await expect(copyPage.getByText(`Bonjour ${account.name}.`)).toBeVisible();

    // Without JavaScript the button's form posts to the sign-out route (app/interventions/deconnexion),
    // which clears the __Secure- cookie and tells the browser to drop its cache.
    const signOutAnswer = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/interventions/deconnexion");
    const cleared = await sessionSetCookie(page, async () => {
      await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("button", { name: "Se déconnecter" }).click();
      await expect(page).toHaveURL(/\/$/);
    });
    expect((await (await signOutAnswer).allHeaders())["clear-site-data"]).toBe('"cache"');
    const clearedAttributes = cleared.split(";").map((part) => part.trim().toLowerCase());
    expect(cleared).toMatch(new RegExp(`^${COOKIE}=;`));
    expect(clearedAttributes).toEqual(expect.arrayContaining(["path=/", "secure", "httponly", "samesite=lax", "expires=thu, 01 jan 1970 00:00:00 gmt"]));
    // The browser did drop it.
    expect((await counter.cookies()).find((c) => c.name === COOKIE)).toBeUndefined();
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fespace$/);

    // The copy, still showing Mon espace and its forms: an action is refused, changing nothing…
    await copyPage.getByRole("region", { name: "Mes informations" }).getByLabel("Nom et prénom").fill("Nom volé");
    await copyPage.getByRole("region", { name: "Mes informations" }).getByRole("button", { name: "Enregistrer" }).click();
    await expect(formAlert(copyPage)).toHaveText("Veuillez vous connecter.");
    // …and a page sends it to sign in.
    await copyPage.goto("/espace");
    await expect(copyPage).toHaveURL(/\/connexion\?callbackUrl=%2Fespace$/);
    // The name is unchanged.
    await signIn(page, account.email, account.password);
    await expect(page.getByText(`Bonjour ${account.name}.`)).toBeVisible();
    await counter.close();
    await copy.close();
  });

  test("next-auth's route is gone: nothing hands out session tokens", async () => {
    for (const url of ["/api/auth/session", "/api/auth/csrf", "/api/auth/callback/credentials"]) {
      const response = await fetch(`${base}${url}`, { redirect: "manual" });
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  test("Mes appareils lists the open sessions and ends another one, without JavaScript", async ({ browser }) => {
    const account = newAccount("appareils");
    const first = await newContext(browser);
    await signUp(await first.newPage(), account);
    const phone = await browser.newContext({
      baseURL: base,
      javaScriptEnabled: false,
      userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    });
    const phonePage = await phone.newPage();
    await signIn(phonePage, account.email, account.password);

    const page = await first.newPage();
    await page.goto("/espace");
    await page.getByRole("link", { name: "Mes appareils" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mes appareils" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "2 appareils connectés" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /cet appareil/ })).toHaveCount(1);
    // axe runs in the page: a JavaScript-enabled copy of this device looks at the same list.
    const checker = await browser.newContext({ baseURL: base, locale: "fr-FR" });
    await copyCookieInto(first, checker);
    const checked = await checker.newPage();
    await checked.goto("/espace/appareils");
    await expect(checked.getByRole("heading", { level: 2, name: "2 appareils connectés" })).toBeVisible();
    await expectNoAxeViolations(checked);
    await checker.close();

    await page.getByRole("button", { name: /^Déconnecter Chrome sur Android/ }).click();
    await expect(page).toHaveURL(/\/espace\/appareils\?fin=1$/);
    await expect(page.getByRole("status")).toContainText("L'appareil a été déconnecté.");
    await expect(page.getByText("Votre compte n'est ouvert sur aucun autre appareil.")).toBeVisible();

    await phonePage.goto("/espace");
    await expect(phonePage).toHaveURL(/\/connexion\?callbackUrl=%2Fespace$/);
    await first.close();
    await phone.close();
  });

  test("the admin reads the security log; a spoofed X-Forwarded-For is not the address logged; others may not read it", async ({ browser }) => {
    const stranger = await newContext(browser, { extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6" } });
    const strangerPage = await stranger.newPage();
    const typed = newAccount("inconnu").email;
    await strangerPage.goto("/connexion");
    await strangerPage.getByLabel("Adresse e-mail").fill(typed);
    await strangerPage.getByLabel("Mot de passe").fill("pas le bon mot de passe");
    await strangerPage.getByRole("button", { name: "Se connecter" }).click();
    await expect(formAlert(strangerPage)).toHaveText(INVALID_CREDENTIALS);
    await stranger.close();

    const admin = await browser.newContext({ baseURL: base, locale: "fr-FR" });
    const page = await admin.newPage();
    await signIn(page, demoEmail("admin"), DEMO_PASSWORD);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Journal de sécurité" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Journal de sécurité" })).toBeVisible();
    await page.getByLabel("Événement").selectOption({ label: "Échec de connexion" });
    await page.getByLabel("Adresse e-mail").fill(typed);
    await page.getByRole("button", { name: "Filtrer" }).click();
    const row = page.getByRole("row").filter({ hasText: typed });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Échec de connexion");
    await expect(row).not.toContainText("6.6.6.6");
    await expect(row.getByRole("cell").nth(3)).toHaveText(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
    await expectNoAxeViolations(page);

    await page.getByLabel("Adresse e-mail").fill(newAccount("personne").email);
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.getByText("Aucun événement pour ce filtre.")).toBeVisible();
    await admin.close();

    const staff = await newContext(browser);
    const staffPage = await staff.newPage();
    await signIn(staffPage, demoEmail("staff"), DEMO_PASSWORD);
    await staffPage.goto("/admin/securite");
    await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await staff.close();
  });
});

/** Sessions and hostile input: sign out everywhere, sign-in without JavaScript, names that look like HTML. */
import { test, expect } from "./support/fixtures";
import { DEMO_PASSWORD, demoEmail, formAlert, INVALID_CREDENTIALS, mainNav, newAccount, signIn, signUp } from "./support/helpers";

test("a name that looks like HTML is shown as text, never run", async ({ page, pageAs }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const name = `<img src=x onerror=alert(1)> ${Date.now().toString(36)}`;
  const account = newAccount("xss", name);
  await signUp(page, account);
  await expect(page.getByText(`Bonjour ${name}.`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Mes informations" }).getByLabel("Nom et prénom")).toHaveValue(name);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // And where an administrator reads it.
  const admin = await pageAs("admin");
  admin.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await admin.goto(`/admin/personnes?q=${encodeURIComponent(account.email)}`);
  await expect(admin.getByRole("link", { name })).toBeVisible();
  await admin.getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(admin.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in works, and a wrong password is explained", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(demoEmail("employee"));
    await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(formAlert(page)).toHaveText(INVALID_CREDENTIALS);

    await page.getByLabel("Adresse e-mail").fill(demoEmail("employee"));
    await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/espace$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
    await expect(page.getByText("Bonjour Moussa Diallo.")).toBeVisible();
  });
});

test("« Me déconnecter de tous mes appareils » ends the sessions of the other devices", async ({ browser, page }) => {
  const account = newAccount("partout");
  await signUp(page, account);

  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signIn(other, account.email, account.password);
  await expect(mainNav(other).getByRole("button", { name: "Se déconnecter" })).toBeVisible();

  await page.goto("/espace");
  await page.getByRole("button", { name: "Me déconnecter de tous mes appareils" }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnecte=1$/);
  await expect(page.getByRole("status")).toHaveText("Vous avez été déconnecté de tous vos appareils.");

  await other.goto("/espace");
  await expect(other).toHaveURL(/\/connexion\?callbackUrl=%2Fespace$/);
  await other.goto("/espace/export");
  await expect(other.locator("body")).toContainText("Veuillez vous connecter.");

  // Signing in again opens a new session.
  await signIn(other, account.email, account.password);
  await expect(other.getByText(`Bonjour ${account.name}.`)).toBeVisible();
  await otherDevice.close();
});

test.describe("signing out without JavaScript", () => {
  test.use({ contextOptions: { javaScriptEnabled: false } });

  test("the button's plain form ends the session and tells the browser to drop its cache", async ({ page }) => {
    // An account of its own: the demo accounts' sessions are shared by the tests of a worker (fixtures.ts).
    await signUp(page, newAccount("sans-js"));
    await page.goto("/espace");
    const answer = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/interventions/deconnexion");
    await mainNav(page).getByRole("button", { name: "Se déconnecter" }).click();
    // headers() leaves out the headers Chromium reports separately (cookies, Clear-Site-Data): allHeaders() has them.
    expect((await (await answer).allHeaders())["clear-site-data"]).toBe('"cache"');
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion/);
  });
});

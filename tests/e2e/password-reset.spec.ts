/** Password reset by email, through the mail sink: single-use link, old sessions ended. */
import { test, expect } from "./support/fixtures";
import { APP_URL, MAIL_SINK_URL } from "./support/env";
import { firstLink, formAlert, INVALID_CREDENTIALS, newAccount, signUp, submitSignIn, uniqueEmail, waitForMail } from "./support/helpers";

const SENT = "Si un compte existe avec cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.";
const INVALID_LINK = "Ce lien n'est plus valable. Demandez-en un nouveau.";

test("a resident resets a forgotten password with the emailed link, which works only once", async ({ browser, page, request }) => {
  // Sign-up now goes through the mailed confirmation link: more pages than the default minute allows here.
  test.setTimeout(120_000);
  const account = newAccount("oubli");
  const newPassword = "un tout nouveau mot de passe";

  // Signed up on another device, which stays signed in until the reset.
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signUp(otherPage, account);

  await test.step("ask for a link", async () => {
    await page.goto("/connexion");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expect(page).toHaveURL(/\/mot-de-passe\/oublie$/);
    await page.getByLabel("Adresse e-mail du compte").fill(account.email);
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await expect(page.getByRole("status")).toHaveText(SENT);
  });

  let link = "";
  await test.step("the email arrives with a link to the portal", async () => {
    // The first mail was the address confirmation of the sign-up.
    const mail = (await waitForMail(request, account.email, 2)).find((m) => m.subject === "Réinitialiser votre mot de passe")!;
    expect(mail.subject).toBe("Réinitialiser votre mot de passe");
    expect(mail.text).toContain(`Bonjour ${account.name},`);
    link = firstLink(mail.text);
    expect(link).toMatch(new RegExp(`^${APP_URL}/mot-de-passe/nouveau\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  await test.step("open it and choose a new password", async () => {
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Choisir un nouveau mot de passe" })).toBeVisible();
    await page.getByLabel("Nouveau mot de passe").fill(newPassword);
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(page).toHaveURL(/\/connexion\?reinitialise=1$/);
    await expect(page.getByRole("status")).toHaveText("Votre mot de passe a été changé. Connectez-vous avec le nouveau.");
  });

  await test.step("the old password fails, the new one signs in", async () => {
    await submitSignIn(page, account.email, account.password);
    await expect(formAlert(page)).toHaveText(INVALID_CREDENTIALS);
    await submitSignIn(page, account.email, newPassword);
    await expect(page).toHaveURL(/\/espace$/);
    await expect(page.getByText(`Bonjour ${account.name}.`)).toBeVisible();
  });

  await test.step("the reset ended the session opened before it", async () => {
    await otherPage.goto("/espace");
    await expect(otherPage).toHaveURL(/\/connexion\?callbackUrl=%2Fespace$/);
  });

  await test.step("the same link, opened again, is refused", async () => {
    await page.goto(link);
    await page.getByLabel("Nouveau mot de passe").fill("encore un autre mot de passe");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(formAlert(page)).toHaveText(INVALID_LINK);
    await expect(page).toHaveURL(/\/mot-de-passe\/nouveau\?token=/);
  });

  await otherDevice.close();
});

test("asking for a link for an unknown address says the same and sends nothing", async ({ page, request }) => {
  const email = uniqueEmail("inconnu");
  await page.goto("/mot-de-passe/oublie");
  await page.getByLabel("Adresse e-mail du compte").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(page.getByRole("status")).toHaveText(SENT);
  // A known address's mail leaves just after the answer; for an unknown one nothing is ever queued.
  await page.waitForTimeout(1000);
  const response = await request.get(`${MAIL_SINK_URL}/messages`, { params: { to: email } });
  expect(await response.json()).toEqual([]);
});

test("a made-up token is refused", async ({ page }) => {
  await page.goto("/mot-de-passe/nouveau?token=ceci-n-est-pas-un-vrai-jeton-0123456789");
  await page.getByLabel("Nouveau mot de passe").fill("un mot de passe assez long");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(formAlert(page)).toHaveText(INVALID_LINK);
});

/**
 * A resident's whole life on the portal, on a phone: discover, sign up, sign out and in, edit the
 * profile, download their data, delete the account — after which the credentials open nothing.
 */
import { readFile } from "node:fs/promises";
import { test, expect } from "./support/fixtures";
import { confirmAddress, formAlert, INVALID_CREDENTIALS, mainNav, newAccount, signOut, submitSignIn } from "./support/helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

test("a visitor signs up on a phone, manages their account, exports their data and deletes it", async ({ page }) => {
  const account = newAccount("parcours");

  await test.step("the home page shows the key figures and the partners", async () => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "La Régie de quartier de Bellerive" })).toBeVisible();
    const figures = page.getByRole("region", { name: "Le quartier en chiffres" });
    await expect(figures).toBeVisible();
    for (const label of ["Secteurs", "Sites entretenus", "Bâtiments", "Habitants inscrits"]) {
      const term = figures.getByRole("term").filter({ hasText: label });
      await expect(term).toBeVisible();
      // The figure is the definition right after the term, written the French way ("1 234").
      await expect(term.locator("xpath=following-sibling::dd[1]")).toHaveText(/^\d[\d\s\u00a0\u202f]*$/);
    }
    await expect(page.getByRole("region", { name: "Nos partenaires" })).toBeVisible();
  });

  await test.step("sign up from the home page, confirm the address with the mailed link, sign in", async () => {
    await page.getByRole("link", { name: "Créer mon compte d'habitant" }).click();
    await expect(page).toHaveURL(/\/inscription$/);
    await page.getByLabel("Nom et prénom").fill(account.name);
    await page.getByLabel("Adresse e-mail").fill(account.email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(account.password);
    await page.getByRole("checkbox", { name: /politique de confidentialité/ }).check();
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page).toHaveURL(/\/inscription\/verifiez$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vérifiez votre messagerie" })).toBeVisible();
    await confirmAddress(page, account.email);
    await expect(page.getByRole("status")).toHaveText("Votre adresse e-mail est confirmée.");
    await page.getByRole("main").getByRole("link", { name: "Se connecter" }).click();
    await page.getByLabel("Adresse e-mail").fill(account.email);
    await page.getByLabel("Mot de passe").fill(account.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/espace$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
    await expect(page.getByText(`Bonjour ${account.name}.`)).toBeVisible();
    await expect(page.getByText(account.email).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Confirmez votre adresse e-mail" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Mes rôles" }).getByRole("listitem")).toHaveText(["Habitant"]);
  });

  await test.step("sign out, then sign in again", async () => {
    await signOut(page);
    await submitSignIn(page, account.email, account.password);
    await expect(page).toHaveURL(/\/espace$/);
    await expect(mainNav(page).getByRole("link", { name: "Mon espace" })).toBeVisible();
  });

  const newName = "Lucie Martin-Test";
  const phone = "06 12 34 56 78";
  await test.step("edit the profile and see the confirmation", async () => {
    const profile = page.getByRole("region", { name: "Mes informations" });
    await profile.getByLabel("Nom et prénom").fill(newName);
    await profile.getByLabel("Téléphone (facultatif)").fill(phone);
    await profile.getByRole("button", { name: "Enregistrer" }).click();
    await expect(profile.getByRole("status")).toHaveText("Vos informations ont été enregistrées.");
    await expect(page.getByText(`Bonjour ${newName}.`)).toBeVisible();
    await page.reload();
    await expect(profile.getByLabel("Nom et prénom")).toHaveValue(newName);
    await expect(profile.getByLabel("Téléphone (facultatif)")).toHaveValue(phone);
  });

  await test.step("download all my data as JSON, without the password hash", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger toutes mes données (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), "utf8");
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2");
    const data = JSON.parse(text) as { account: { email: string; name: string; phone: string; roleGrants: { role: string }[] } };
    expect(data.account.email).toBe(account.email);
    expect(data.account.name).toBe(newName);
    expect(data.account.phone).toBe(phone);
    expect(data.account.roleGrants.map((g) => g.role)).toEqual(["RESIDENT"]);
  });

  await test.step("delete the account: a wrong confirmation word is refused first", async () => {
    await page.getByRole("link", { name: "Supprimer mon compte" }).click();
    await expect(page).toHaveURL(/\/espace\/supprimer$/);
    await expect(page.getByRole("heading", { level: 1, name: "Supprimer mon compte" })).toBeVisible();
    const confirmation = page.getByLabel("Pour confirmer, tapez SUPPRIMER");
    await confirmation.fill("supprimer");
    await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
    await expect(page.getByText("Tapez SUPPRIMER en majuscules pour confirmer.")).toBeVisible();
    await expect(confirmation).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/espace\/supprimer$/);

    await confirmation.fill("SUPPRIMER");
    await page.getByLabel("Votre mot de passe").fill("pas le bon mot de passe");
    await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
    await expect(formAlert(page)).toHaveText("Mot de passe incorrect.");
    await expect(page).toHaveURL(/\/espace\/supprimer$/);

    await expect(confirmation).toHaveValue("SUPPRIMER");
    await page.getByLabel("Votre mot de passe").fill(account.password);
    await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
    await expect(page).toHaveURL(/\/compte-supprime$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte a été supprimé");
  });

  await test.step("the session has ended and the old credentials no longer work", async () => {
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fespace$/);
    await submitSignIn(page, account.email, account.password);
    await expect(formAlert(page)).toHaveText(INVALID_CREDENTIALS);
    await expect(page).toHaveURL(/\/connexion$/);
  });
});

/**
 * The account's privacy: sign-up that says the same whether the address is taken, the address
 * confirmed by a mailed link, the banner of an unconfirmed account, an email change confirmed by
 * a link and told to the old address, the consent to be contacted withdrawn (the partner loses
 * the contact at once), and axe checks of these new pages.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { confirmAddress, firstLink, formAlert, newAccount, signIn, signUp, submitSignUp, uniqueEmail, waitForMail } from "./support/helpers";
import { expectNoAxeViolations } from "./support/axe";

// Several sign-ups, mails and axe runs per test, on a machine shared with other suites.
test.describe.configure({ timeout: 300_000 });

/** No axe violation, and one h1. */
async function expectAccessiblePage(page: Page) {
  await expectNoAxeViolations(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
}

test("sign-up answers the same for a new and a taken address; the link confirms the address", async ({ page, request }) => {
  const account = newAccount("confirme");

  await test.step("a new address: check your mailbox, then the link, then sign in", async () => {
    await submitSignUp(page, account);
    await expectAccessiblePage(page);
    const [mail] = await waitForMail(request, account.email);
    expect(mail.subject).toBe("Confirmez votre adresse e-mail");
    await page.goto(firstLink(mail.text));
    await expect(page.getByRole("heading", { level: 1, name: "Confirmer mon adresse e-mail" })).toBeVisible();
    await expectAccessiblePage(page);
    await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect(page).toHaveURL(/\/inscription\/verifier\?confirmee=1$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Votre adresse e-mail est confirmée.");
    await expectAccessiblePage(page);
  });

  await test.step("the same link a second time is refused", async () => {
    const [mail] = await waitForMail(request, account.email);
    await page.goto(firstLink(mail.text));
    await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect(formAlert(page)).toContainText("Ce lien n'est plus valable.");
    await expectAccessiblePage(page);
  });

  await test.step("the same address again: the same page, and its owner is told by mail", async () => {
    await submitSignUp(page, { ...account, name: "Quelqu'un d'autre", password: "un autre mot de passe long" });
    const mails = await waitForMail(request, account.email, 2);
    expect(mails.map((m) => m.subject)).toContain("Création de compte avec votre adresse");
    // The owner's password still works: nothing changed on the account.
    await signIn(page, account.email, account.password);
  });
});

test("an unconfirmed account sees the banner and can ask for a new link; the email change asks the password", async ({ page, request }) => {
  const account = newAccount("banniere");
  const newEmail = uniqueEmail("nouvelle");

  await test.step("signed in before confirming: the banner, and a new link on request", async () => {
    await submitSignUp(page, account);
    await signIn(page, account.email, account.password);
    const banner = page.getByRole("region", { name: "Confirmez votre adresse e-mail" });
    await expect(banner).toBeVisible();
    await expectAccessiblePage(page);
    await banner.getByRole("button", { name: "Renvoyer le lien" }).click();
    await expect(banner.getByRole("status")).toHaveText("Un nouveau lien vient de vous être envoyé. Il est valable 48 heures.");
    await waitForMail(request, account.email, 2);
    await confirmAddress(page, account.email);
    await expect(page).toHaveURL(/\/espace\?adresse-confirmee=1$/);
    await expect(page.getByRole("region", { name: "Confirmez votre adresse e-mail" })).toHaveCount(0);
  });

  await test.step("changing the address: a wrong password is refused, the right one sends a link to the new address", async () => {
    const profile = page.getByRole("region", { name: "Mes informations" });
    await profile.getByLabel("Nouvelle adresse e-mail").fill(newEmail);
    await profile.getByLabel("Votre mot de passe").fill("pas le bon mot de passe");
    await profile.getByRole("button", { name: "Changer d'adresse" }).click();
    await expect(profile.getByText("Mot de passe incorrect.").first()).toBeVisible();
    await expectAccessiblePage(page);
    await profile.getByLabel("Votre mot de passe").fill(account.password);
    await profile.getByRole("button", { name: "Changer d'adresse" }).click();
    await expect(profile.getByRole("status")).toContainText("Un lien vient d'être envoyé à la nouvelle adresse.");
    await expect(profile).toContainText(account.email);
  });

  await test.step("the link makes it the account's address; the old one is told", async () => {
    await confirmAddress(page, newEmail, "Confirmez votre nouvelle adresse e-mail");
    await expect(page.getByRole("region", { name: "Mes informations" })).toContainText(newEmail);
    // The sign-up's link, the one asked again, then the notice of the change.
    const old = await waitForMail(request, account.email, 3);
    expect(old.map((m) => m.subject)).toContain("L'adresse e-mail de votre compte a changé");
  });
});

test("a resident withdraws their consent to be contacted: the partner no longer sees the contact", async ({ page, pageAs }) => {
  const account = newAccount("accord", `Inès Accord ${Date.now().toString(36)}`);
  let reportId = "";

  await test.step("the resident reports, agreeing to be contacted", async () => {
    await signUp(page, account);
    await page.goto("/signalements/nouveau");
    await page.getByLabel("Catégorie").selectOption({ label: "Plomberie / fuite" });
    await page.getByLabel("Lieu du problème").selectOption({ label: "Résidence Les Tilleuls — Bâtiment C, Entrée 2 (6 rue des Tilleuls)" });
    await page.getByRole("button", { name: "Vérifier et continuer" }).click();
    await page.getByLabel("Description du problème").fill("Fuite d'eau au plafond de la cage d'escalier.");
    await page.getByLabel("J'accepte d'être contacté(e) par l'organisme chargé de la réparation").check();
    await page.getByRole("button", { name: /Envoyer le signalement|Créer quand même/ }).click();
    await expect(page).toHaveURL(/\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/);
    reportId = new URL(page.url()).pathname.split("/").pop() ?? "";
  });

  await test.step("staff route it with the contact; the partner sees it", async () => {
    const staff = await pageAs("staff");
    await staff.goto(`/gestion/signalements/${reportId}`);
    await staff.getByLabel("Partenaire responsable").selectOption({ label: "Habitat Bellerive" });
    await staff.getByLabel("Transmettre aussi le nom et les coordonnées de la personne").check();
    await staff.getByRole("button", { name: "Transmettre au partenaire" }).click();
    await expect(staff.getByRole("main").getByRole("status").filter({ hasText: "transmis au partenaire" })).toBeVisible();
    const partner = await pageAs("partner");
    await partner.goto(`/partenaire/signalements/${reportId}`);
    await expect(partner.getByRole("region", { name: "Contact de la personne" })).toContainText(account.name);
  });

  await test.step("the resident withdraws; the partner's page no longer shows the contact", async () => {
    await page.goto(`/espace/signalements/${reportId}`);
    const consent = page.getByRole("region", { name: "Être contacté(e) par le partenaire" });
    await expect(consent).toContainText("Elles ont été transmises à Habitat Bellerive.");
    await expectAccessiblePage(page);
    await consent.getByRole("button", { name: "Retirer mon accord" }).click();
    await expect(consent.getByRole("status")).toHaveText("Votre choix est enregistré.");
    await expect(consent).toContainText("vos coordonnées ne sont transmises à aucun partenaire");
    const partner = await pageAs("partner");
    await partner.goto(`/partenaire/signalements/${reportId}`);
    await expect(partner.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(partner.getByRole("region", { name: "Contact de la personne" })).toHaveCount(0);
    await expect(partner.getByRole("main")).not.toContainText(account.name);
  });

  await test.step("the deletion page asks the password and passes axe", async () => {
    await page.goto("/espace/supprimer");
    await expect(page.getByLabel("Votre mot de passe")).toBeVisible();
    await expectAccessiblePage(page);
  });
});

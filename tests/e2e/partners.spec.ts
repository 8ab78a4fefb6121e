/**
 * Staff keep a partner and invite one of its contacts; the contact opens the mailed link, creates
 * their account and lands in the partner space, scoped to that partner.
 */
import { test, expect } from "./support/fixtures";
import { APP_URL } from "./support/env";
import { firstLink, formAlert, uniqueEmail, waitForMail } from "./support/helpers";
import { expectNoAxeViolations } from "./support/axe";

test("staff create a partner, add a contact and invite them; the contact opens an account from the mail", async ({ browser, pageAs, request }) => {
  // Several pages and a mail: more than the default minute (a slower machine may give more).
  test.setTimeout(Math.max(120_000, test.info().timeout));
  const partnerName = `Foyer des Vignes ${Date.now()}`;
  const email = uniqueEmail("contact-partenaire");
  const page = await pageAs("staff");

  await test.step("create the partner", async () => {
    await page.goto("/gestion/partenaires");
    await page.getByRole("link", { name: "Nouveau partenaire" }).click();
    await expect(page).toHaveURL(/\/gestion\/partenaires\/nouveau$/);
    await page.getByLabel("Nom", { exact: true }).fill(partnerName);
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Bailleur social" });
    await page.getByLabel("Précision (facultatif)").selectOption({ label: "Bailleur social" });
    await page.getByRole("button", { name: "Créer le partenaire" }).click();
    await expect(page).toHaveURL(/\/gestion\/partenaires\/[a-z0-9]+\?fait=cree$/);
    await expect(page.getByRole("heading", { level: 1, name: partnerName })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("Le partenaire est créé. Ajoutez ses contacts ci-dessous.");
  });

  await test.step("a duplicate name is refused with a clear message", async () => {
    await page.goto("/gestion/partenaires/nouveau");
    await page.getByLabel("Nom", { exact: true }).fill(partnerName.toUpperCase());
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Bailleur social" });
    await page.getByRole("button", { name: "Créer le partenaire" }).click();
    await expect(page.getByLabel("Nom", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(formAlert(page)).toHaveText(`Un partenaire s'appelle déjà « ${partnerName} » (archivé ou non). Choisissez un autre nom.`);
    await page.goto(`/gestion/partenaires?q=${encodeURIComponent(partnerName)}`);
    await page.getByRole("link", { name: partnerName }).click();
  });

  await test.step("add a contact and invite them", async () => {
    const form = page.getByRole("region", { name: "Ajouter un contact" });
    await form.getByLabel("Nom et prénom").fill("Sabrina Lopes");
    await form.getByLabel("Fonction (facultatif)").fill("Responsable de site");
    await form.getByLabel("Adresse e-mail (facultatif)").fill(email);
    await form.getByRole("button", { name: "Ajouter le contact" }).click();
    await expect(page.getByRole("status")).toHaveText("Le contact est ajouté.");
    const row = page.getByRole("table", { name: `Contacts de ${partnerName}`, exact: true }).getByRole("row").filter({ hasText: "Sabrina Lopes" });
    await expect(row).toContainText("Non");
    await row.getByRole("button", { name: "Inviter « Sabrina Lopes »" }).click();
    await expect(page.getByRole("status")).toContainText("L'invitation est envoyée par e-mail.");
    await expect(row).toContainText("Invitation en attente");
  });

  let link = "";
  await test.step("the mail carries a single-use link", async () => {
    const [mail] = await waitForMail(request, email);
    expect(mail.subject).toBe(`Votre accès au portail de la Régie de quartier pour ${partnerName}`);
    link = firstLink(mail.text);
    expect(link).toMatch(new RegExp(`^${APP_URL}/invitation/partenaire\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const contact = await context.newPage();
  await test.step("the contact opens it on a phone and creates the account", async () => {
    await contact.goto(link);
    await expect(contact.getByRole("heading", { level: 1, name: `Invitation de ${partnerName}` })).toBeVisible();
    await expectNoAxeViolations(contact);
    await contact.getByLabel("Nom et prénom").fill("Sabrina Lopes");
    await contact.getByLabel("Mot de passe", { exact: true }).fill("une phrase de passe solide");
    await contact.getByRole("checkbox").check();
    await contact.getByRole("button", { name: "Créer mon compte partenaire" }).click();
    await expect(contact).toHaveURL(/\/partenaire$/);
    await expect(contact.getByRole("main")).toContainText(partnerName);
  });

  await test.step("the link does not work twice", async () => {
    await contact.goto(link);
    await expect(formAlert(contact)).toHaveText("Ce lien d'invitation a déjà servi. Connectez-vous avec votre compte.");
  });
  await context.close();

  await test.step("staff see the contact has an account", async () => {
    await page.reload();
    const row = page.getByRole("table", { name: `Contacts de ${partnerName}`, exact: true }).getByRole("row").filter({ hasText: "Sabrina Lopes" });
    await expect(row.getByRole("cell", { name: "Oui", exact: true })).toBeVisible();
  });
});

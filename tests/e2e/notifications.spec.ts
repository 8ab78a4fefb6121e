/**
 * A neighbour says "moi aussi" on a report, staff acknowledge it and comment it: on their phone
 * the neighbour sees "Notifications (1 non lue)", opens it (it becomes read), receives the email,
 * and, without JavaScript, marks the rest read.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { newAccount, signUp, waitForMail } from "./support/helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const CATEGORY = "Nuisibles";
const PLACE = "Le Clos des Vignes — Bâtiment 2, Entrée 1 (12 rue des Vignes)";

async function chooseCategoryAndPlace(page: Page) {
  await page.goto("/signalements/nouveau");
  await page.getByLabel("Catégorie").selectOption({ label: CATEGORY });
  await page.getByLabel("Lieu du problème").selectOption({ label: PLACE });
  await page.getByRole("button", { name: "Vérifier et continuer" }).click();
  await expect(page.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
}

/** The link to "Mes notifications" in the header, whatever its count. */
const notificationsLink = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

test("a supporter is told in the portal and by email when staff change the report, and opens it", async ({ browser, pageAs, request }) => {
  // Four people, a report, three staff changes: a long journey on a shared machine.
  test.setTimeout(240_000);
  // The author sends the report without JavaScript (report-loop.spec.ts covers the form with it).
  const authorContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: false,
    storageState: await (await pageAs("board")).context().storageState(),
  });
  const author = await authorContext.newPage();
  const neighbourAccount = newAccount("moi-aussi", "Karim Voisin");
  const neighbourContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const neighbour = await neighbourContext.newPage();
  let reportId = "";
  let number = "";

  await test.step("a resident reports rats near the bins, publicly", async () => {
    await chooseCategoryAndPlace(author);
    await author.getByLabel("Description du problème").fill("Des rats passent tous les soirs près des conteneurs, même devant l'entrée.");
    await author.getByLabel(/^Public/).check();
    await author.getByRole("button", { name: /Envoyer le signalement|Créer quand même/ }).click();
    await expect(author).toHaveURL(/\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/);
    reportId = new URL(author.url()).pathname.split("/").pop() ?? "";
    const heading = await author.getByRole("heading", { level: 1 }).textContent();
    number = (heading ?? "").replace(/\D/g, "");
    expect(number).not.toBe("");
  });

  await test.step("a neighbour signs up and says « moi aussi »", async () => {
    await signUp(neighbour, neighbourAccount);
    await expect(notificationsLink(neighbour)).toHaveText("Notifications");
    await chooseCategoryAndPlace(neighbour);
    await neighbour.getByRole("button", { name: `Moi aussi : j'ai le même problème que le signalement n° ${number}` }).click();
    await expect(neighbour.getByRole("status")).toContainText(`vous soutenez le signalement n° ${number}`);
  });

  await test.step("staff acknowledge the report", async () => {
    const staff = await pageAs("staff");
    await staff.goto(`/gestion/signalements/${reportId}`);
    await expect(staff.getByRole("heading", { level: 1, name: `Signalement n° ${number}` })).toBeVisible();
    await staff.getByRole("button", { name: "Prendre en compte" }).click();
    await expect(staff.getByRole("main").getByRole("status").filter({ hasText: "Statut mis à jour." })).toBeVisible();
  });

  await test.step("the neighbour sees one unread notification and opens it: it becomes read", async () => {
    await neighbour.goto("/espace");
    await expect(notificationsLink(neighbour)).toHaveText("Notifications (1 non lue)");
    await notificationsLink(neighbour).click();
    await expect(neighbour).toHaveURL(/\/espace\/notifications$/);
    await expect(neighbour.getByRole("heading", { level: 1, name: "Mes notifications" })).toBeVisible();
    const item = neighbour.getByRole("main").getByRole("listitem").first();
    await expect(item).toContainText("Non lue");
    await expect(item).toContainText(`Le signalement n° ${number} est maintenant « Pris en compte ».`);
    // Nobody's name: not the author's, not the staff member's.
    await expect(item).not.toContainText("Fatou Camara");
    await expect(item).not.toContainText("Claire Lefèvre");
    await item.getByRole("button", { name: `Voir le signalement n° ${number}` }).click();

    await expect(neighbour).toHaveURL(new RegExp(`/signalements/${number}$`));
    await expect(neighbour.getByRole("heading", { level: 1, name: `Signalement n° ${number}` })).toBeVisible();
    await expect(neighbour.getByRole("heading", { level: 2, name: "État : Pris en compte" })).toBeVisible();

    await neighbour.goto("/espace/notifications");
    await expect(notificationsLink(neighbour)).toHaveText("Notifications");
    const read = neighbour.getByRole("main").getByRole("listitem").first();
    await expect(read).not.toContainText("Non lue");
    await expect(read.getByRole("link", { name: `Voir le signalement n° ${number}` })).toHaveAttribute("href", `/signalements/${number}`);
    await expect(neighbour.getByText("Toutes vos notifications sont lues.")).toBeVisible();
  });

  await test.step("the email reached the neighbour", async () => {
    const mails = await waitForMail(request, neighbourAccount.email);
    const mail = mails.find((m) => m.subject === `Le signalement n° ${number} que vous suivez`);
    expect(mail, JSON.stringify(mails.map((m) => m.subject))).toBeTruthy();
    expect(mail?.text).toContain("« Pris en compte »");
    expect(mail?.text).toContain("/espace/notifications");
  });

  await test.step("without JavaScript, two more notifications are marked read at once", async () => {
    const staff = await pageAs("staff");
    for (const comment of ["Un dératiseur passe lundi matin.", "Merci de ne pas laisser de sacs au pied des conteneurs."]) {
      await staff.goto(`/gestion/signalements/${reportId}`);
      await staff.getByLabel("Commentaire", { exact: true }).fill(comment);
      await staff.getByRole("button", { name: "Ajouter le commentaire" }).click();
      await expect(staff.getByRole("main").getByRole("status").filter({ hasText: "Commentaire ajouté." })).toBeVisible();
    }

    const noScript = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
      storageState: await neighbourContext.storageState(),
    });
    const phone = await noScript.newPage();
    await phone.goto("/espace/notifications");
    await expect(notificationsLink(phone)).toHaveText("Notifications (2 non lues)");
    const unread = phone.getByRole("main").getByRole("listitem").filter({ hasText: "Non lue" });
    await expect(unread).toHaveCount(2);
    // Newest first.
    await expect(unread.nth(0)).toContainText("Merci de ne pas laisser de sacs au pied des conteneurs.");
    await expect(unread.nth(1)).toContainText("Un dératiseur passe lundi matin.");
    await phone.getByRole("button", { name: "Tout marquer comme lu" }).click();
    await expect(phone.getByRole("status")).toHaveText("Toutes vos notifications sont marquées comme lues.");
    await expect(phone.getByRole("main").getByRole("listitem").filter({ hasText: "Non lue" })).toHaveCount(0);
    await expect(notificationsLink(phone)).toHaveText("Notifications");
    await noScript.close();
  });

  await neighbourContext.close();
  await authorContext.close();
});

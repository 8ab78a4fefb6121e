/**
 * The whole loop of one report, made in the test: a resident reports a leak on their phone with
 * JavaScript on (a photo, HTML in the description that must stay text); staff find it in the
 * queue, acknowledge it and route it to Habitat Bellerive; the partner's contact and the author
 * are emailed; the partner, given the resident's contact (the resident agreed, staff passed it
 * on), takes it in hand, then marks it resolved; the resident, signed in
 * again on their phone, confirms it is fixed and the report is closed. The author's portal
 * notifications and emails tell each step.
 */
import sharp from "sharp";
import type { Browser, Locator, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { demoEmail, signInAs, waitForMail } from "./support/helpers";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const CATEGORY = "Plomberie / fuite";
// Résidence Les Tilleuls is Habitat Bellerive's (prisma/seed.ts), the partner of the demo partner account.
const PLACE = "Résidence Les Tilleuls — Bâtiment C, Entrée 2 (6 rue des Tilleuls)";
/** The same place as the report's pages write it. */
const PLACE_SHOWN = "Résidence Les Tilleuls, Bâtiment C (6 rue des Tilleuls), Entrée 2";
const PARTNER = "Habitat Bellerive";
const DESCRIPTION = "<b>Fuite</b> sous l'évier <script>alert(1)</script>";

/** What the author is told, in the portal and by email, at each step (oldest first). */
const authorUpdates = (number: string) => [
  `Le signalement n° ${number} est maintenant « Pris en compte ».`,
  `Le signalement n° ${number} a été transmis à ${PARTNER}, responsable des lieux.`,
  `Le signalement n° ${number} est pris en charge : une intervention est prévue.`,
  `Le signalement n° ${number} est résolu, selon le partenaire chargé de l'intervention.`,
];

async function phonePhoto() {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: "#38a" } }).jpeg().toBuffer();
}

/** A page in a fresh context, with every dialog (an `alert` run from the description) recorded and dismissed. */
async function newPage(browser: Browser, dialogs: string[], options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return page;
}

/** The description, shown as the literal text it is: no element made of it. */
async function expectDescriptionAsText(scope: Locator) {
  await expect(scope.getByText(DESCRIPTION, { exact: true })).toBeVisible();
  await expect(scope.locator("b")).toHaveCount(0);
  await expect(scope.locator("script")).toHaveCount(0);
}

test("a resident's report on a phone goes to the partner, is resolved and closed by the resident", async ({ browser, pageAs, request }) => {
  // Three people, four sign-ins, a report through six statuses: a long journey on a shared machine.
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  let reportId = "";
  let number = "";
  const resident = await newPage(browser, dialogs, PHONE);

  await test.step("the resident reports a leak with a photo, on a phone, with JavaScript", async () => {
    await signInAs(resident, "resident");
    await resident.goto("/signalements/nouveau");
    await resident.getByLabel("Catégorie").selectOption({ label: CATEGORY });
    await resident.getByLabel("Lieu du problème").selectOption({ label: PLACE });
    await resident.getByRole("button", { name: "Vérifier et continuer" }).click();
    await expect(resident.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
    // Shown only with JavaScript: this journey is the scripted form, not the no-JavaScript one of reports.spec.ts.
    await expect(resident.getByRole("button", { name: "Indiquer le point sur une carte" })).toBeVisible();
    await resident.getByLabel("Description du problème").fill(DESCRIPTION);
    await resident.getByLabel("Photos (facultatif)").setInputFiles({ name: "evier.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() });
    await resident.getByLabel(/^Public/).check();
    // A leak under the sink: the landlord will have to come in.
    await resident.getByLabel("J'accepte d'être contacté(e) par l'organisme chargé de la réparation").check();
    await resident.getByRole("button", { name: /Envoyer le signalement|Créer quand même/ }).click();

    await expect(resident).toHaveURL(/\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/);
    await expect(resident.getByRole("main").getByRole("status")).toContainText("Votre signalement est enregistré");
    reportId = new URL(resident.url()).pathname.split("/").pop() ?? "";
    number = ((await resident.getByRole("heading", { level: 1 }).textContent()) ?? "").replace(/\D/g, "");
    expect(number).not.toBe("");
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText(`Signalement n° ${number}`);
    await expect(resident.getByText(`${CATEGORY} — ${PLACE_SHOWN}`, { exact: true })).toBeVisible();

    const src = await resident.getByRole("img", { name: "Photo 1 du signalement" }).getAttribute("src");
    const photo = await resident.request.get(src!);
    expect(photo.status()).toBe(200);
    expect(photo.headers()["content-type"]).toBe("image/webp");
  });

  await test.step("the description shows as text on the resident's page: no bold, no script, no alert", async () => {
    // As sent (the page the form led to), then as loaded afresh.
    for (const load of ["sent", "reloaded"]) {
      if (load === "reloaded") await resident.reload();
      const state = resident.getByRole("region", { name: "État : Nouveau" });
      await expect(state).toContainText("Public (sans votre nom, après relecture)");
      await expectDescriptionAsText(state);
    }
    expect(dialogs).toEqual([]);
    await resident.context().close();
  });

  await test.step("staff find it in the queue by its number, acknowledge it and route it to Habitat Bellerive", async () => {
    const staff = await pageAs("staff");
    staff.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await staff.goto("/gestion/signalements");
    const search = staff.getByRole("search", { name: "Filtrer les signalements" });
    await search.getByLabel("Rechercher (numéro ou texte de la description)").fill(number);
    await search.getByRole("button", { name: "Filtrer" }).click();
    await expect(staff).toHaveURL(new RegExp(`[?&]q=${number}(&|$)`));
    await expect(staff.getByRole("main").getByRole("status").filter({ hasText: /signalement/ })).toHaveText("1 signalement");
    const row = staff.getByRole("table").getByRole("row").filter({ has: staff.getByRole("link", { name: `n° ${number}`, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(CATEGORY);
    await expect(row).toContainText(PLACE_SHOWN);
    await expect(row).toContainText("Nouveau");
    await expect(row).toContainText(DESCRIPTION);
    await row.getByRole("link", { name: `n° ${number}`, exact: true }).click();

    await expect(staff).toHaveURL(new RegExp(`/gestion/signalements/${reportId}$`));
    await expect(staff.getByRole("heading", { level: 1, name: `Signalement n° ${number}` })).toBeVisible();
    const details = staff.getByRole("region", { name: "État : Nouveau" });
    await expectDescriptionAsText(details);
    await expect(details).toContainText(`Amina Benali — ${demoEmail("resident")}`);
    await expect(staff.getByRole("img", { name: "Photo 1 du signalement" })).toBeVisible();

    await staff.getByRole("button", { name: "Prendre en compte" }).click();
    await expect(staff.getByRole("main").getByRole("status").filter({ hasText: "Statut mis à jour." })).toBeVisible();
    await expect(staff.getByRole("heading", { level: 2, name: "État : Pris en compte" })).toBeVisible();

    await staff.getByLabel("Partenaire responsable").selectOption({ label: PARTNER });
    await staff.getByLabel("Transmettre aussi le nom et les coordonnées de la personne").check();
    await staff.getByRole("button", { name: "Transmettre au partenaire" }).click();
    await expect(staff.getByRole("main").getByRole("status").filter({ hasText: "transmis au partenaire" })).toBeVisible();
    await expect(staff.getByText(`Transmis à ${PARTNER}, avec l'accord de la personne.`)).toBeVisible();
    const routed = staff.getByRole("region", { name: "État : Transmis au partenaire" });
    await expect(routed.getByRole("term").filter({ hasText: "Partenaire" }).locator("xpath=following-sibling::dd[1]")).toHaveText(PARTNER);
    expect(dialogs).toEqual([]);
  });

  await test.step("the partner's contact and the author are emailed", async () => {
    const partnerMails = (await waitForMail(request, demoEmail("partner"))).filter((m) => m.subject === `Signalement n° ${number} transmis par la Régie de quartier`);
    expect(partnerMails).toHaveLength(1);
    expect(partnerMails[0].text).toContain(`La Régie de quartier vous transmet le signalement n° ${number}, qui relève de ${PARTNER}.`);
    expect(partnerMails[0].text).toContain("/partenaire");
    // The contact is in the partner's space, behind its sign-in, never in a mail.
    expect(partnerMails[0].text).toContain("ses coordonnées sont sur la page du signalement");
    expect(partnerMails[0].text).not.toContain("Amina Benali");
    expect(partnerMails[0].text).not.toContain(demoEmail("resident"));

    const [acknowledged, routed] = authorUpdates(number);
    await expect
      .poll(async () => (await waitForMail(request, demoEmail("resident"))).filter((m) => m.subject === `Votre signalement n° ${number}`).map((m) => m.text))
      .toEqual([expect.stringContaining(acknowledged), expect.stringContaining(routed)]);
  });

  await test.step("the partner signs in, takes the report in hand, then marks it resolved", async () => {
    const partner = await newPage(browser, dialogs);
    await signInAs(partner, "partner");
    await partner.goto("/partenaire");
    await partner.getByRole("link", { name: "Voir les signalements sur votre patrimoine ou transmis à votre organisation" }).click();
    await expect(partner).toHaveURL(/\/partenaire\/signalements$/);
    await partner.getByLabel("État").selectOption({ label: "Transmis au partenaire" });
    await partner.getByRole("button", { name: "Filtrer" }).click();
    await expect(partner).toHaveURL(/statut=ROUTED/);
    const row = partner.getByRole("row").filter({ has: partner.getByRole("link", { name: `N° ${number}`, exact: true }) });
    await expect(row).toContainText(CATEGORY);
    await expect(row).toContainText(PLACE_SHOWN);
    await expect(row).toContainText("Transmis au partenaire");
    await row.getByRole("link", { name: `N° ${number}`, exact: true }).click();

    await expect(partner).toHaveURL(new RegExp(`/partenaire/signalements/${reportId}$`));
    await expect(partner.getByRole("heading", { level: 1, name: `Signalement n° ${number}` })).toBeVisible();
    const state = partner.getByRole("region", { name: "État : Transmis au partenaire" });
    await expect(state).toContainText(`transmis à ${PARTNER}`);
    await expectDescriptionAsText(state);
    await expect(state).not.toContainText("Amina Benali");
    // The resident agreed to be contacted and staff passed it on: name and email, for an appointment.
    const contact = partner.getByRole("region", { name: "Contact de la personne" });
    await expect(contact.getByRole("definition").first()).toHaveText("Amina Benali");
    await expect(contact.getByRole("link", { name: demoEmail("resident") })).toHaveAttribute("href", `mailto:${demoEmail("resident")}`);
    await expect(partner.getByRole("img", { name: "Photo 1 du signalement" })).toBeVisible();

    await partner.getByRole("button", { name: "Pris en charge", exact: true }).click();
    await expect(partner).toHaveURL(/\?pris-en-charge=1$/);
    await expect(partner.getByRole("main").getByRole("status")).toHaveText("Le signalement est noté comme pris en charge. Les habitants concernés en sont informés.");
    await expect(partner.getByRole("heading", { level: 2, name: "État : Intervention prévue" })).toBeVisible();
    await expect(partner.getByRole("button", { name: "Pris en charge", exact: true })).toHaveCount(0);

    await partner.getByRole("button", { name: "Résolu", exact: true }).click();
    await expect(partner).toHaveURL(/\?resolu=1$/);
    await expect(partner.getByRole("main").getByRole("status")).toHaveText("Le signalement est noté comme résolu. L'habitant pourra confirmer la réparation.");
    await expect(partner.getByRole("heading", { level: 2, name: "État : Résolu" })).toBeVisible();
    await expect(partner.getByText("Ce signalement est traité : aucune action n'est attendue de votre part.")).toBeVisible();
    const history = partner.getByRole("region", { name: "Historique" });
    await expect(history.getByText("Transmis au partenaire → Intervention prévue", { exact: true })).toBeVisible();
    await expect(history.getByText("Intervention prévue → Résolu", { exact: true })).toBeVisible();
    expect(dialogs).toEqual([]);
    await partner.context().close();
  });

  const residentAgain = await newPage(browser, dialogs, PHONE);
  await test.step("the resident signs in again on their phone, sees it resolved and confirms it is fixed", async () => {
    const resident = residentAgain;
    await signInAs(resident, "resident");
    await resident.getByRole("main").getByRole("link", { name: "Mes signalements" }).click();
    await expect(resident).toHaveURL(/\/espace\/signalements$/);
    const item = resident.getByRole("main").getByRole("listitem").filter({ has: resident.getByRole("link", { name: `N° ${number} — ${CATEGORY}` }) });
    await expect(item).toContainText("État : Résolu");
    await item.getByRole("link", { name: `N° ${number} — ${CATEGORY}` }).click();

    await expect(resident).toHaveURL(new RegExp(`/espace/signalements/${reportId}$`));
    await expect(resident.getByRole("heading", { level: 2, name: "État : Résolu" })).toBeVisible();
    await expect(resident.getByRole("heading", { level: 2, name: "Est-ce réparé ?" })).toBeVisible();
    await resident.getByRole("button", { name: "C'est réparé" }).click();
    await expect(resident).toHaveURL(new RegExp(`/espace/signalements/${reportId}\\?clos=1$`));
    await expect(resident.getByRole("main").getByRole("status")).toHaveText("Merci pour votre confirmation : le signalement est clos.");
    const closed = resident.getByRole("region", { name: "État : Clos" });
    await expectDescriptionAsText(closed);
    await expect(resident.getByRole("heading", { name: "Est-ce réparé ?" })).toHaveCount(0);
    const history = resident.getByRole("region", { name: "Historique" });
    for (const change of ["Nouveau → Pris en compte", "Pris en compte → Transmis au partenaire", "Transmis au partenaire → Intervention prévue", "Intervention prévue → Résolu", "Résolu → Clos"]) {
      await expect(history.getByText(change, { exact: true })).toBeVisible();
    }
    await expect(history.getByText("L'habitant confirme que c'est réparé.")).toBeVisible();

    await resident.goto("/espace/signalements");
    await expect(item).toContainText("État : Clos");
    expect(dialogs).toEqual([]);
  });

  await test.step("the author was told of each step in the portal and by email, not of their own confirmation", async () => {
    const resident = residentAgain;
    await expect(resident.getByRole("banner").getByRole("link", { name: /^Notifications \(\d+ non lues?\)$/ })).toBeVisible();
    await resident.goto("/espace/notifications");
    await expect(resident.getByRole("heading", { level: 1, name: "Mes notifications" })).toBeVisible();
    const ours = resident
      .getByRole("list", { name: "Notifications, de la plus récente à la plus ancienne" })
      .getByRole("listitem")
      .filter({ hasText: `Signalement n° ${number} — ` });
    const updates = authorUpdates(number);
    // Newest first, all unread; none for the author's own confirmation.
    await expect(ours).toHaveCount(updates.length);
    for (const [index, text] of [...updates].reverse().entries()) {
      await expect(ours.nth(index)).toContainText(`Signalement n° ${number} — Avancement`);
      await expect(ours.nth(index)).toContainText(text);
      await expect(ours.nth(index)).toContainText("Non lue");
    }
    // Opening one leads the author to their own report's page, and it becomes read.
    await ours.first().getByRole("button", { name: `Voir le signalement n° ${number}` }).click();
    await expect(resident).toHaveURL(new RegExp(`/espace/signalements/${reportId}$`));
    await expect(resident.getByRole("heading", { level: 2, name: "État : Clos" })).toBeVisible();
    await resident.goto("/espace/notifications");
    await expect(ours.first()).not.toContainText("Non lue");
    await expect(ours.first().getByRole("link", { name: `Voir le signalement n° ${number}` })).toHaveAttribute("href", `/espace/signalements/${reportId}`);
    await expect(ours.filter({ hasText: "Non lue" })).toHaveCount(updates.length - 1);

    await expect
      .poll(async () => (await waitForMail(request, demoEmail("resident"))).filter((m) => m.subject === `Votre signalement n° ${number}`).map((m) => m.text))
      .toEqual(updates.map((text) => expect.stringContaining(text)));
    expect(dialogs).toEqual([]);
    await resident.context().close();
  });
});

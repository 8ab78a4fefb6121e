/**
 * Service contracts in the back office: staff create a contract (a draft), add a recurring line
 * every Monday and Thursday on two sites and see its preview as they choose the days, upload a
 * PDF (a PNG renamed .pdf is refused in French), download it, and activate the contract.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";

const notice = (page: Page) => page.getByRole("main").getByRole("status");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test("staff create a contract with a line every Monday and Thursday on two sites, add its PDF and activate it", async ({ pageAs }) => {
  test.slow();
  const staff = await pageAs("staff");
  const reference = `E2E-${randomUUID().slice(0, 8)}`;
  const year = new Date().getUTCFullYear() + 1;

  await test.step("create the contract: a draft", async () => {
    await staff.goto("/gestion/contrats");
    await expect(staff.getByRole("heading", { level: 1, name: "Contrats" })).toBeVisible();
    await staff.getByRole("link", { name: "Nouveau contrat" }).click();
    await staff.getByLabel("Référence").fill(reference);
    await staff.getByLabel("Partenaire").selectOption({ label: "Logis du Val" });
    await staff.getByLabel("Objet").fill("Nettoyage des parties communes du Clos des Vignes et de la résidence Pasteur");
    await staff.getByLabel("Type de contrat").selectOption({ label: "Convention" });
    await staff.getByLabel("Début").fill(`${year}-01-01`);
    await staff.getByLabel("Fin", { exact: true }).fill(`${year}-12-31`);
    await staff.getByLabel(/Montant total/).fill("48 000,00");
    await staff.getByRole("button", { name: "Créer le contrat (brouillon)" }).click();
    await expect(staff).toHaveURL(/\/gestion\/contrats\/[a-z0-9]+\?fait=cree$/);
    await expect(notice(staff)).toContainText("Le contrat est créé en brouillon.");
    await expect(staff.getByText("Brouillon", { exact: true })).toBeVisible();
    await expect(staff.getByText("48 000,00 €")).toBeVisible();
  });

  await test.step("add a line every Monday and Thursday on two sites, with its preview", async () => {
    await staff.getByRole("link", { name: "Ajouter une prestation" }).click();
    await staff.getByLabel("Prestation", { exact: true }).fill("Nettoyage des halls et escaliers");
    await staff.getByLabel(/Prix unitaire/).fill("92,50");
    await staff.getByRole("checkbox", { name: /Le Clos des Vignes/ }).check();
    await staff.getByRole("checkbox", { name: /Résidence Pasteur/ }).check();
    await staff.getByLabel("Durée prévue, en minutes").fill("150");
    await staff.getByRole("radio", { name: "Certains jours de la semaine" }).check();
    const preview = staff.locator("[aria-live=polite]");
    await expect(preview).toContainText("Cochez au moins un jour de la semaine.");
    await staff.getByRole("checkbox", { name: "lundi", exact: true }).check();
    await staff.getByRole("checkbox", { name: "jeudi", exact: true }).check();
    await expect(preview).toContainText("Chaque lundi et jeudi, soit");
    await expect(preview.getByTestId("apercu-passages").getByRole("listitem")).toHaveCount(6);
    await expect(preview.getByTestId("apercu-passages").getByRole("listitem").first()).toContainText(`janvier ${year}`);
    await staff.getByRole("button", { name: "Ajouter la prestation" }).click();
    await expect(notice(staff)).toContainText("La prestation est ajoutée.");
    const line = staff.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: "Nettoyage des halls et escaliers" }) });
    await expect(line).toContainText("Chaque lundi et jeudi");
    await expect(line).toContainText("Le Clos des Vignes, Résidence Pasteur");
    await expect(line).toContainText("92,50 €");
  });

  await test.step("a PNG renamed .pdf is refused; the PDF is added and served", async () => {
    await staff.getByLabel("Titre du document").fill("Convention signée");
    await staff.getByLabel("Fichier PDF").setInputFiles({ name: "convention.pdf", mimeType: "application/pdf", buffer: PNG });
    await staff.getByRole("button", { name: "Envoyer le document" }).click();
    await expect(staff.getByRole("main").getByRole("alert")).toContainText("Ce fichier n'est pas un PDF");
    await staff.getByLabel("Titre du document").fill("Convention signée");
    await staff.getByLabel("Fichier PDF").setInputFiles({ name: "convention.pdf", mimeType: "application/pdf", buffer: PDF });
    await staff.getByRole("button", { name: "Envoyer le document" }).click();
    await expect(notice(staff)).toContainText("Le document est ajouté.");
    const link = staff.getByRole("link", { name: /Convention signée \(PDF/ });
    const response = await staff.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toContain('filename="convention-signee.pdf"');
  });

  await test.step("activate it", async () => {
    await staff.getByRole("button", { name: "Activer le contrat" }).click();
    await expect(notice(staff)).toContainText("Le contrat est actif");
    await expect(staff.getByText("Actif", { exact: true })).toBeVisible();
    await staff.getByRole("link", { name: "Retour aux contrats" }).click();
    await staff.getByLabel("Rechercher").fill(reference);
    await staff.getByRole("button", { name: "Filtrer" }).click();
    await expect(staff.getByRole("table").getByRole("row")).toHaveCount(2);
  });
});

test("the staff home lists the contracts ending within 90 days", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await staff.goto("/gestion");
  const alerts = staff.getByRole("region", { name: "Contrats à renouveler" });
  await expect(alerts.getByRole("link", { name: /M2025-LV-007 — Logis du Val/ })).toBeVisible();
  await alerts.getByRole("link", { name: /Voir tous les contrats qui se terminent/ }).click();
  await expect(staff).toHaveURL(/\/gestion\/contrats\?echeance=proche$/);
  await expect(staff.getByRole("table").getByRole("rowheader")).toHaveText(["M2025-LV-007"]);
});

/**
 * The landlord's space for the work done for it (Habitat Bellerive, the demo partner account): a
 * finished job made from a resident's report, with its "after" photo, validated, and the report is
 * resolved; another sent back with a comment; the month's statement downloaded as CSV and PDF.
 * The jobs are written in the test (the contract and its lines are the demo seed's,
 * prisma/seed-partner-work.ts); the photo file goes where the app stores uploads.
 */
import { readFile } from "node:fs/promises";
import pg from "pg";
import { test, expect } from "./support/fixtures";
import { CONTRACT, doneJob } from "./support/done-job";
import { demoEmail, waitForMail } from "./support/helpers";

test("the landlord validates a finished job with its photo, and the report it was made from is resolved, its author told", async ({ pageAs, request }) => {
  const { job, report } = await doneJob({ fromReport: true, photo: true });
  const page = await pageAs("partner");
  await page.goto("/partenaire");
  await page.getByRole("link", { name: "Interventions", exact: true }).click();
  await page.getByLabel("État").selectOption({ label: "Terminée" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await page.getByRole("link", { name: `N° ${job.number}`, exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Intervention n° ${job.number}` })).toBeVisible();
  await expect(page.getByText("Note interne e2e")).toHaveCount(0);
  const photo = page.getByRole("img", { name: /Photo après l'intervention/ });
  await expect(photo).toBeVisible();
  // Visible comes before loaded: wait for the file itself to arrive (a machine under load is slower).
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(320);

  await page.getByRole("button", { name: "Valider l'intervention" }).click();
  await expect(page.getByRole("status").filter({ hasText: "L'intervention est validée." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "État : Validée" })).toBeVisible();

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    expect((await db.query<{ status: string }>(`SELECT status FROM "Report" WHERE id = $1`, [report!.id])).rows[0].status).toBe("RESOLVED");
  } finally {
    await db.end();
  }
  await page.goto(`/signalements/${report!.number}`);
  await expect(page.getByText("Résolu").first()).toBeVisible();

  // The resident who reported it is told by mail, through the same outbox as the report's other news.
  await expect
    .poll(async () => (await waitForMail(request, demoEmail("resident"))).filter((m) => m.subject === `Votre signalement n° ${report!.number}`).map((m) => m.text))
    .toEqual([expect.stringContaining("Les travaux ont été réalisés et validés.")]);
});

test("the landlord sends a job back with what is left to do; without a comment it is refused", async ({ pageAs }) => {
  const { job } = await doneJob({});
  const page = await pageAs("partner");
  await page.goto(`/partenaire/interventions/${job.id}`);
  await page.getByRole("button", { name: "Renvoyer l'intervention" }).click();
  await expect(page.getByLabel("Ce qui reste à reprendre")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Ce qui reste à reprendre").fill("Les vitres de la porte d'entrée n'ont pas été faites.");
  await page.getByRole("button", { name: "Renvoyer l'intervention" }).click();
  await expect(page.getByRole("status").filter({ hasText: "renvoyée" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "État : Affectée" })).toBeVisible();
  await expect(page.getByText("Les vitres de la porte d'entrée n'ont pas été faites.")).toBeVisible();

  // The Régie sees it on its home, "À traiter", and in the list of the work sent back.
  const staff = await pageAs("staff");
  await staff.goto("/gestion");
  await staff.getByRole("region", { name: "À traiter" }).getByRole("link", { name: /renvoyées? par un partenaire, à reprendre/ }).click();
  await expect(staff.getByLabel("Renvoi du partenaire")).toHaveValue("oui");
  await expect(staff.getByRole("link", { name: new RegExp(`n° ${job.number}\\b`) })).toBeVisible();
});

test("the landlord reads November's statement and downloads it as CSV and PDF, then the year's", async ({ pageAs }) => {
  const page = await pageAs("partner");
  await page.goto("/partenaire/contrats");
  await page.getByRole("link", { name: CONTRACT }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Contrat ${CONTRACT}` })).toBeVisible();
  await expect(page.getByText("Révision des prix")).toHaveCount(0);
  await page.getByRole("link", { name: "Relevé mensuel" }).click();
  await page.getByLabel("Mois", { exact: true }).fill("2026-11");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Relevé de novembre 2026" })).toBeVisible();
  // Seed: 3 visits at 45 €, 4 hours at 28 €, the flat 380 €: 135 + 112 + 380 = 627 €.
  await expect(page.getByRole("row", { name: /^Total/ })).toContainText("627,00");

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le relevé (CSV)" }).click()]);
  expect(csv.suggestedFilename()).toBe(`releve-${CONTRACT}-2026-11.csv`);
  const csvText = await readFile((await csv.path())!, "utf8");
  expect(csvText).toContain(CONTRACT);
  expect(csvText).toContain(`Total;;;5;"10,17";;"627,00"`);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le relevé (PDF)" }).click()]);
  expect(pdf.suggestedFilename()).toBe(`releve-${CONTRACT}-2026-11.pdf`);
  const bytes = await readFile((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

  // The year's statement adds the months up; November's row is the month's statement's total.
  await page.getByRole("link", { name: "Relevé de l'année 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Relevé de l'année 2026" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^novembre 2026/ })).toContainText("627,00");
  const [yearPdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le relevé (PDF)" }).click()]);
  expect(yearPdf.suggestedFilename()).toBe(`releve-${CONTRACT}-2026.pdf`);
});

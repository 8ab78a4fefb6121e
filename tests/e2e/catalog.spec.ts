/**
 * The report catalog in the back office. Categories, without JavaScript: staff create one (a danger
 * one), move it up, and the resident's report form offers it at once, in that place, with the
 * emergency numbers first, as does the public list's filter (cached pages); a used category cannot
 * be deleted, an unused one can. Response
 * templates: staff edit one and the triage page offers the new text at once; deactivated, it is
 * no longer offered.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { formAlert } from "./support/helpers";

/** A name no other run uses (the database is reset once per run, not per retry). */
const unique = (label: string) => `${label} ${randomUUID().slice(0, 6)}`;

const notice = (page: Page) => page.getByRole("main").getByRole("status");

async function categoryOptions(page: Page): Promise<string[]> {
  return (await page.getByLabel("Catégorie").locator("option").allTextContents()).map((t) => t.trim());
}

test.describe("without JavaScript", () => {
  test.use({ contextOptions: { javaScriptEnabled: false } });

  test("staff add a danger category and move it up; residents are offered it there at once", async ({ page: visitor, pageAs }) => {
    // A long journey (two people, ten pages): three times the usual time.
    test.slow();
    const staff = await pageAs("staff");
    const name = unique("Boîtes aux lettres");
    let lastBefore = "";

    await test.step("an empty form is refused, in French, next to the fields", async () => {
      await staff.goto("/gestion/categories");
      await expect(staff.getByRole("heading", { level: 1, name: "Catégories de signalement" })).toBeVisible();
      lastBefore = (await staff.getByRole("table").getByRole("rowheader").last().textContent())?.replace(/Danger$/, "").trim() ?? "";
      await staff.getByRole("link", { name: "Nouvelle catégorie" }).click();
      await staff.getByRole("button", { name: "Créer la catégorie" }).click();
      await expect(formAlert(staff)).toHaveText("Certains champs sont à corriger.");
      await expect(staff.getByLabel("Nom de la catégorie")).toHaveAttribute("aria-invalid", "true");
      await expect(staff.getByLabel("Texte d'aide")).toHaveAttribute("aria-invalid", "true");
    });

    await test.step("create it: last in the list, marked danger", async () => {
      await staff.getByLabel("Nom de la catégorie").fill(name);
      await staff.getByLabel("Texte d'aide").fill("Boîte aux lettres forcée ou arrachée, porte du local courrier cassée.");
      await staff.getByLabel("Catégorie « danger »").check();
      await staff.getByRole("button", { name: "Créer la catégorie" }).click();
      await expect(staff).toHaveURL(/\/gestion\/categories\?fait=creee/);
      await expect(notice(staff)).toContainText(`La catégorie « ${name} » est créée. Elle est proposée aux habitants.`);
      const last = staff.getByRole("table").getByRole("row").last();
      await expect(last.getByRole("rowheader")).toContainText(name);
      await expect(last.getByRole("rowheader")).toContainText("Danger");
    });

    await test.step("a second one with the same name, in other case, is refused", async () => {
      await staff.goto("/gestion/categories/nouvelle");
      await staff.getByLabel("Nom de la catégorie").fill(name.toUpperCase());
      await staff.getByLabel("Texte d'aide").fill("Doublon.");
      await staff.getByRole("button", { name: "Créer la catégorie" }).click();
      await expect(formAlert(staff)).toHaveText(`Une catégorie s'appelle déjà « ${name} » : choisissez un autre nom.`);
    });

    await test.step("move it up one place", async () => {
      await staff.goto("/gestion/categories");
      await staff.getByRole("button", { name: `Monter « ${name} »` }).click();
      await expect(notice(staff)).toContainText(`La catégorie « ${name} » est maintenant en position`);
      const rows = staff.getByRole("table").getByRole("rowheader");
      await expect(rows.last()).toContainText(lastBefore);
      await expect(rows.nth((await rows.count()) - 2)).toContainText(name);
    });

    await test.step("the resident's form offers it, just before the last one, and shows the emergency numbers first", async () => {
      const resident = await pageAs("resident");
      await resident.goto("/signalements/nouveau");
      const options = await categoryOptions(resident);
      const index = options.indexOf(`${name} (danger)`);
      expect(index, options.join(" | ")).toBeGreaterThan(0);
      expect(options[index + 1]).toBe(lastBefore);
      // Its guidance is in the help that lists every category.
      await expect(resident.locator("details dt").filter({ hasText: name })).toHaveCount(1);
      await resident.getByLabel("Catégorie").selectOption({ label: `${name} (danger)` });
      await resident.getByLabel("Lieu du problème").selectOption({ index: 1 });
      await resident.getByRole("button", { name: "Vérifier et continuer" }).click();
      await expect(resident.getByRole("heading", { level: 2, name: "Danger immédiat ? Appelez d'abord les secours" })).toBeVisible();
      await expect(resident.getByRole("link", { name: "112" }).first()).toBeVisible();
    });

    await test.step("the public list's category filter offers it too (a cached page)", async () => {
      await visitor.goto("/signalements");
      expect(await visitor.getByLabel("Catégorie").locator("option").allTextContents()).toContain(name);
    });

    await test.step("a used category cannot be deleted; the unused new one can", async () => {
      await staff.goto("/gestion/categories");
      await staff.getByRole("link", { name: "Modifier « Propreté »" }).click();
      await expect(staff.getByText("Elle ne peut pas être supprimée : des signalements l'utilisent.")).toBeVisible();
      await expect(staff.getByRole("button", { name: "Supprimer la catégorie" })).toHaveCount(0);

      await staff.goto("/gestion/categories");
      await staff.getByRole("link", { name: `Modifier « ${name} »` }).click();
      await staff.getByRole("button", { name: "Supprimer la catégorie" }).click();
      await expect(staff.getByText("Cochez la case pour confirmer la suppression.")).toBeVisible();
      await staff.getByLabel(`Oui, supprimer définitivement la catégorie « ${name} »`).check();
      await staff.getByRole("button", { name: "Supprimer la catégorie" }).click();
      await expect(notice(staff)).toHaveText("La catégorie est supprimée.");
      await expect(staff.getByRole("table")).not.toContainText(name);
    });

    await test.step("residents and visitors are no longer offered it", async () => {
      const resident = await pageAs("resident");
      await resident.goto("/signalements/nouveau");
      expect(await categoryOptions(resident)).not.toContain(`${name} (danger)`);
      await visitor.goto("/signalements");
      expect(await visitor.getByLabel("Catégorie").locator("option").allTextContents()).not.toContain(name);
    });
  });
});

test("staff edit a response template; the report page offers the new text at once, and stops when it is deactivated", async ({ pageAs }) => {
  test.slow();
  const staff = await pageAs("staff");
  const title = unique("Intervention terminée, merci");
  const body = "Bonjour, notre équipe est intervenue ce matin. Dites-nous si le problème revient.";
  const option = `Résolu — ${title}`;

  await test.step("edit the template of resolved reports", async () => {
    await staff.goto("/gestion/modeles-de-reponse");
    await expect(staff.getByRole("heading", { level: 1, name: "Modèles de réponse" })).toBeVisible();
    await staff.getByRole("link", { name: "Modifier « Intervention terminée »" }).click();
    await staff.getByLabel("Titre du modèle").fill(title);
    await staff.getByLabel("Texte de la réponse").fill(body);
    await staff.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(notice(staff)).toHaveText(`Le modèle « ${title} » est enregistré.`);
    await expect(staff.getByRole("region", { name: /Résolu/ })).toContainText(body);
  });

  let reportUrl = "";
  await test.step("a report's page offers it, and choosing it fills the comment", async () => {
    await staff.goto("/gestion/signalements?statut=ACKNOWLEDGED");
    await staff.getByRole("table").getByRole("link").first().click();
    await expect(staff.getByRole("heading", { level: 2, name: "Commenter" })).toBeVisible();
    reportUrl = staff.url();
    await staff.getByLabel("Modèle de réponse").selectOption({ label: option });
    await expect(staff.getByLabel("Commentaire", { exact: true })).toHaveValue(body);
  });

  await test.step("deactivated, it is no longer offered", async () => {
    await staff.goto("/gestion/modeles-de-reponse");
    await staff.getByRole("button", { name: `Désactiver « ${title} »` }).click();
    await expect(notice(staff)).toHaveText(`Le modèle « ${title} » n'est plus proposé à l'équipe.`);
    await staff.goto(reportUrl);
    await expect(staff.getByLabel("Modèle de réponse").locator("option", { hasText: title })).toHaveCount(0);
  });
});

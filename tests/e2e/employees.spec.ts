/**
 * Teams and employees in the back office: staff create a team and an employee in it, link the
 * employee to the account a person just made (who then has the employee's space), add an
 * absence and see an overlapping one refused. A partner never reaches these pages.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { formAlert, newAccount, signUp } from "./support/helpers";

const unique = (label: string) => `${label} ${randomUUID().slice(0, 6)}`;
const notice = (page: Page) => page.getByRole("main").getByRole("status");

test("staff create a team and an employee linked to an account, and record an absence", async ({ page: person, pageAs }) => {
  test.slow();
  const staff = await pageAs("staff");
  const teamName = unique("Propreté Chênes");
  const employeeName = unique("Salimata Koné");
  const account = newAccount("salariee", "Salimata Koné");

  await test.step("the person has an account on the portal", async () => {
    await signUp(person, account);
  });

  await test.step("staff create the team", async () => {
    await staff.goto("/gestion/equipes");
    await staff.getByRole("link", { name: "Nouvelle équipe" }).click();
    // The address changes once the navigation has committed: a field typed into before that
    // (into the prefetched page) was emptied when the page arrived, and the form was refused.
    await expect(staff).toHaveURL(/\/gestion\/equipes\/nouvelle$/);
    await staff.getByLabel("Nom de l'équipe").fill(teamName);
    await staff.getByLabel("Description (facultatif)").fill("Parties communes de la résidence des Chênes.");
    await expect(staff.getByLabel("Nom de l'équipe")).toHaveValue(teamName);
    await staff.getByRole("button", { name: "Créer l'équipe" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
    await expect(notice(staff)).toContainText("L'équipe est créée.");
  });

  await test.step("an end before the start and impossible hours are refused next to their fields", async () => {
    await staff.goto("/gestion/salaries/nouveau");
    await staff.getByLabel("Nom et prénom").fill(employeeName);
    await staff.getByLabel("Début du contrat").fill("2026-09-01");
    await staff.getByLabel("Fin du contrat (facultatif)").fill("2026-08-31");
    await staff.getByLabel("Heures par semaine").fill("52");
    await staff.getByRole("button", { name: "Créer la fiche" }).click();
    await expect(formAlert(staff)).toHaveText("Certains champs sont à corriger.");
    await expect(staff.getByLabel("Heures par semaine")).toHaveAttribute("aria-invalid", "true");
    // The dates are compared once every field reads well (zod refines after the fields' checks).
    await staff.getByLabel("Heures par semaine").fill("26");
    await staff.getByLabel("Fin du contrat (facultatif)").fill("2026-08-31");
    await staff.getByRole("button", { name: "Créer la fiche" }).click();
    await expect(formAlert(staff)).toHaveText("Certains champs sont à corriger.");
    await expect(staff.getByLabel("Fin du contrat (facultatif)")).toHaveAttribute("aria-invalid", "true");
  });

  await test.step("the employee is created in the team, hours with a comma", async () => {
    await staff.getByLabel("Fin du contrat (facultatif)").fill("2027-08-31");
    await staff.getByLabel("Heures par semaine").fill("26,5");
    await staff.getByLabel("Équipe", { exact: true }).selectOption({ label: teamName });
    await staff.getByLabel("Compétences", { exact: false }).last().fill("nettoyage, vitrerie");
    await staff.getByRole("button", { name: "Créer la fiche" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: employeeName })).toBeVisible();
    await expect(notice(staff)).toHaveText("La fiche est créée.");
    await expect(staff.getByText("26 h 30", { exact: true })).toBeVisible();
  });

  await test.step("linked to the person's account, which gets the employee's space", async () => {
    await staff.getByLabel("Adresse e-mail du compte").fill(account.email);
    await staff.getByRole("button", { name: "Lier ce compte" }).click();
    await expect(notice(staff)).toContainText("Le compte est lié");
    await expect(staff.getByText(account.email)).toBeVisible();
    await person.goto("/espace");
    await expect(person.getByRole("main").getByRole("link", { name: "Mes interventions" })).toBeVisible();
  });

  await test.step("an absence is added, an overlapping one refused", async () => {
    await staff.getByLabel("Motif").selectOption({ label: "Formation" });
    await staff.getByLabel("Premier jour").fill("2026-12-14");
    await staff.getByLabel("Dernier jour (inclus)").fill("2026-12-16");
    await staff.getByRole("button", { name: "Ajouter l'absence" }).click();
    await expect(notice(staff)).toHaveText("L'absence est enregistrée.");
    const absences = staff.getByRole("table", { name: /Absences du salarié/ });
    await expect(absences.getByRole("row")).toHaveCount(2);
    await expect(absences.getByRole("rowheader")).toHaveText("Formation");

    await staff.getByLabel("Motif").selectOption({ label: "Congés" });
    await staff.getByLabel("Premier jour").fill("2026-12-16");
    await staff.getByLabel("Dernier jour (inclus)").fill("2026-12-20");
    await staff.getByRole("button", { name: "Ajouter l'absence" }).click();
    await expect(formAlert(staff)).toHaveText("Cette absence chevauche une absence déjà enregistrée pour ce salarié.");
    await expect(absences.getByRole("row")).toHaveCount(2);
  });

  await test.step("the team page lists the employee with the week's hours", async () => {
    await staff.getByRole("link", { name: `Voir l'équipe ${teamName}` }).click();
    // The employee's page has tables too: read the team's once its page is there.
    await expect(staff.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
    await expect(staff.getByRole("table").getByRole("rowheader")).toHaveText(employeeName);
    await staff.getByRole("link", { name: "Ce mois-ci" }).click();
    await expect(staff).toHaveURL(/\?mois=\d{4}-\d{2}$/);
    await expect(staff.getByRole("heading", { level: 2, name: /^Salariés et heures, / })).not.toContainText("semaine");
  });
});

test("a partner is refused the employees', teams' and work figures' pages", async ({ pageAs }) => {
  const partner = await pageAs("partner");
  for (const path of ["/gestion/salaries", "/gestion/equipes", "/gestion/activite", "/gestion/salaries/nouveau"]) {
    await partner.goto(path);
    await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(partner.getByRole("table")).toHaveCount(0);
  }
});

test("the board and an employee are refused the employees' records", async ({ pageAs }) => {
  for (const key of ["board", "employee"] as const) {
    const page = await pageAs(key);
    await page.goto("/gestion/salaries");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(page.getByText("Moussa Diallo")).toHaveCount(0);
  }
});

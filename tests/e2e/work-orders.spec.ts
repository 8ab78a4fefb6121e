/**
 * Staff plan the work: generate a contract line's jobs, see them on the team's planning, assign one,
 * move one to another day by the card's form; a report turned into a job shows "Intervention prévue".
 */
import { randomUUID } from "node:crypto";
import { test, expect } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { runOnDatabase } from "./support/own-server";

type Setup = { teamId: string; teamName: string; employees: string[]; contractReference: string; siteName: string };

function setUpContract(): Setup {
  const label = `e2e-${randomUUID().slice(0, 6)}`;
  const output = runOnDatabase("tsx", ["tests/e2e/support/work-orders-setup.ts", label], process.env.DATABASE_URL!);
  return JSON.parse(output.trim().split("\n").at(-1) as string) as Setup;
}

/** Next week's ISO name ("2026-W50"): fully inside a generation of two weeks from today. */
function nextWeek(): string {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 7));
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

test("staff generate a contract's jobs, see them on the planning, assign one and move one", async ({ pageAs }) => {
  const setup = setUpContract();
  const page = await pageAs("staff");

  await test.step("generate two weeks of the contract", async () => {
    await page.goto("/gestion/interventions");
    await page.getByLabel("Semaines à venir").fill("2");
    await page.getByLabel("Contrat", { exact: true }).first().selectOption({ label: setup.contractReference });
    await page.getByRole("button", { name: "Générer les interventions" }).click();
    await expect(page.getByRole("status").filter({ hasText: /interventions? créées?/ })).toBeVisible();
  });

  const week = nextWeek();
  await test.step("the team's week on the planning", async () => {
    await page.goto(`/gestion/planning?equipe=${setup.teamId}&semaine=${week}`);
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(setup.teamName) })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(5);
  });

  const monday = page.getByRole("region").filter({ has: page.getByRole("heading", { level: 3, name: /lundi/i }) });
  const tuesday = page.getByRole("region").filter({ has: page.getByRole("heading", { level: 3, name: /mardi/i }) });
  const wednesday = page.getByRole("region").filter({ has: page.getByRole("heading", { level: 3, name: /mercredi/i }) });

  await test.step("assign Wednesday's job to one person", async () => {
    const card = wednesday.getByRole("article");
    await card.getByText("Déplacer ou réaffecter").click();
    await card.getByLabel("Confier à").selectOption({ label: setup.employees[0] });
    await card.getByRole("button", { name: "Affecter" }).click();
    await expect(wednesday.getByRole("article")).toContainText(setup.employees[0]);
    await expect(wednesday.getByRole("article")).toContainText("Affectée");
  });

  await test.step("move Monday's job to Tuesday by the card's form", async () => {
    const card = monday.getByRole("article");
    const name = (await card.getAttribute("aria-label")) as string;
    await card.getByText("Déplacer ou réaffecter").click();
    await card.getByLabel("Jour").selectOption({ label: (await tuesday.getByRole("heading", { level: 3 }).textContent()) as string });
    await card.getByRole("button", { name: "Déplacer" }).click();
    await expect(monday.getByRole("article")).toHaveCount(0);
    await expect(tuesday.getByRole("article", { name })).toBeVisible();
    await expect(tuesday.getByRole("article")).toHaveCount(2);
  });
});

test("a busy day on the team's week shows its first four cards, and the whole day behind its link", async ({ pageAs }) => {
  test.slow();
  const setup = setUpContract();
  const page = await pageAs("staff");
  await page.goto("/gestion/interventions");
  await page.getByLabel("Semaines à venir").fill("2");
  await page.getByLabel("Contrat", { exact: true }).first().selectOption({ label: setup.contractReference });
  await page.getByRole("button", { name: "Générer les interventions" }).click();
  await expect(page.getByRole("status").filter({ hasText: /interventions? créées?/ })).toBeVisible();

  await page.goto(`/gestion/planning?equipe=${setup.teamId}&semaine=${nextWeek()}`);
  const monday = page.getByRole("region").filter({ has: page.getByRole("heading", { level: 3, name: /lundi/i }) });
  const mondayLabel = (await monday.getByRole("heading", { level: 3 }).textContent()) as string;
  // Tuesday to Friday's jobs moved to Monday, by the cards' form: Monday then holds five.
  for (const name of [/mardi/i, /mercredi/i, /jeudi/i, /vendredi/i]) {
    const day = page.getByRole("region").filter({ has: page.getByRole("heading", { level: 3, name }) });
    const card = day.getByRole("article");
    await card.getByText("Déplacer ou réaffecter").click();
    await card.getByLabel("Jour").selectOption({ label: mondayLabel });
    await card.getByRole("button", { name: "Déplacer" }).click();
    await expect(day.getByRole("article")).toHaveCount(0);
  }
  await page.reload();
  await expect(monday.getByRole("article")).toHaveCount(4);
  await expect(page.getByText("5 interventions cette semaine")).toBeVisible();
  await monday.getByRole("link", { name: `Voir les 5 interventions du ${mondayLabel}` }).click();
  await expect(monday.getByRole("article")).toHaveCount(5);
  // The day opened in full is a view of its own: accessible at a desk and on a phone.
  const desk = page.viewportSize();
  for (const viewport of [desk, { width: 390, height: 844 }]) {
    if (viewport) await page.setViewportSize(viewport);
    await expectNoAxeViolations(page, `axe at ${viewport?.width} px`);
  }
  if (desk) await page.setViewportSize(desk);
  await monday.getByRole("link", { name: `Réduire le ${mondayLabel}` }).click();
  await expect(monday.getByRole("article")).toHaveCount(4);
});

test("a report turned into a job shows « Intervention prévue »", async ({ pageAs }) => {
  const page = await pageAs("staff");
  await page.goto("/gestion/signalements?statut=ACKNOWLEDGED");
  await page.getByRole("table").getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Interventions" })).toBeVisible();
  await page.getByRole("link", { name: "Créer une intervention" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Intervention pour le signalement n° \d+/ })).toBeVisible();
  await expect(page.getByLabel("Tâche")).not.toHaveValue("");
  await page.getByRole("button", { name: "Créer l'intervention" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Intervention créée." })).toBeVisible();
  await page.getByRole("link", { name: /^n° \d+$/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "État : Intervention prévue" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Intervention n° \d+$/ })).toBeVisible();
});

test("the whole chain in the back office: a contract with a weekday line, activated, its jobs generated, one assigned on the team's week", async ({ pageAs }) => {
  test.slow();
  const staff = await pageAs("staff");
  const reference = `CHAINE-${randomUUID().slice(0, 8)}`;
  const task = `Sortie des bacs ${reference}`;
  const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  await test.step("a running contract for a landlord, with a line every weekday for a team", async () => {
    await staff.goto("/gestion/contrats/nouveau");
    await staff.getByLabel("Référence").fill(reference);
    await staff.getByLabel("Partenaire").selectOption({ label: "Logis du Val" });
    await staff.getByLabel("Objet").fill("Sortie et rentrée des bacs du Clos des Vignes");
    await staff.getByLabel("Type de contrat").selectOption({ label: "Bons de travaux" });
    await staff.getByLabel("Début").fill(isoDay(-30));
    await staff.getByLabel("Fin", { exact: true }).fill(isoDay(365));
    await staff.getByRole("button", { name: "Créer le contrat (brouillon)" }).click();
    await expect(staff).toHaveURL(/\/gestion\/contrats\/[a-z0-9]+\?fait=cree$/);

    await staff.getByRole("link", { name: "Ajouter une prestation" }).click();
    await staff.getByLabel("Prestation", { exact: true }).fill(task);
    await staff.getByLabel(/Prix unitaire/).fill("18,00");
    await staff.getByRole("checkbox", { name: /Le Clos des Vignes/ }).check();
    await staff.getByLabel("Équipe par défaut (facultative)").selectOption({ label: "Second œuvre" });
    await staff.getByLabel("Heure de début (facultative)").fill("07:00");
    await staff.getByLabel("Durée prévue, en minutes").fill("30");
    await staff.getByRole("radio", { name: "Certains jours de la semaine" }).check();
    for (const day of ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]) await staff.getByRole("checkbox", { name: day, exact: true }).check();
    await staff.getByRole("button", { name: "Ajouter la prestation" }).click();
    await expect(staff.getByRole("main").getByRole("status")).toContainText("La prestation est ajoutée.");

    await staff.getByRole("button", { name: "Activer le contrat" }).click();
    await expect(staff.getByText("Actif", { exact: true })).toBeVisible();
  });

  await test.step("its jobs for the coming two weeks, generated once", async () => {
    await staff.goto("/gestion/interventions");
    await staff.getByLabel("Semaines à venir").fill("2");
    await staff.getByLabel("Contrat", { exact: true }).first().selectOption({ label: reference });
    await staff.getByRole("button", { name: "Générer les interventions" }).click();
    await expect(staff.getByRole("status").filter({ hasText: /interventions? créées?/ })).toBeVisible();
  });

  await test.step("next week on the team's planning: five jobs, one given to a person", async () => {
    await staff.goto("/gestion/planning");
    await staff.getByLabel("Équipe", { exact: true }).selectOption({ label: "Second œuvre" });
    await staff.getByLabel("Semaine", { exact: true }).fill(nextWeek());
    await staff.getByRole("button", { name: "Afficher" }).click();
    await expect(staff.getByRole("heading", { level: 2, name: /Second œuvre/ })).toBeVisible();
    const cards = staff.getByRole("article").filter({ hasText: task });
    await expect(cards).toHaveCount(5);
    const name = (await cards.first().getAttribute("aria-label")) as string;
    const card = staff.getByRole("article", { name, exact: true });
    await card.getByText("Déplacer ou réaffecter").click();
    const person = card.getByLabel("Confier à");
    await person.selectOption({ index: 1 });
    const employee = (await person.locator("option:checked").textContent())!.trim();
    await card.getByRole("button", { name: "Affecter" }).click();
    await expect(staff.getByRole("article", { name, exact: true })).toContainText("Affectée");
    await expect(staff.getByRole("article", { name, exact: true })).toContainText(employee);
  });
});

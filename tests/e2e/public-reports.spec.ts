/**
 * The public list of reports, as any visitor sees it (no JavaScript needed): filters in the URL,
 * the area's figures, and a public report's page; a partner handles a report routed to it.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { drawnCircles } from "./support/map-circles";

/**
 * On the map page: its places list has each place's figures; filtered to closed reports (the form
 * works with and without JavaScript), it lists fewer or as many places, each with none open.
 */
async function filterMapPlacesToClosed(page: Page) {
  const places = page.getByRole("region", { name: "Les lieux" }).getByRole("listitem");
  await expect(places.first()).toContainText(/: \d+ en cours, \d+ au total$/);
  const everywhere = await places.count();

  await page.getByLabel("État").selectOption({ label: "Clos" });
  await page.getByRole("button", { name: "Filtrer" }).click();

  await expect(page).toHaveURL(/\/signalements\/carte\?(.*&)?statut=CLOSED/);
  await expect(page.getByLabel("État")).toHaveValue("CLOSED");
  const closed = await places.allTextContents();
  expect(closed.length).toBeGreaterThan(0);
  expect(closed.length).toBeLessThanOrEqual(everywhere);
  for (const text of closed) expect(text).toMatch(/: 0 en cours, [1-9]\d* au total$/);
}

test.describe("without JavaScript", () => {
  test.use({ contextOptions: { javaScriptEnabled: false } });

  test("a visitor filters the public reports and opens one", async ({ page }) => {
    await page.goto("/signalements");
    await expect(page.getByRole("heading", { level: 1, name: "Les signalements du quartier" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "En chiffres : tout le quartier" })).toBeVisible();

    await page.getByLabel("État").selectOption({ label: "Résolu" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/statut=RESOLVED/);
    const items = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("article") });
    const count = await items.count();
    for (let i = 0; i < count; i++) await expect(items.nth(i)).toContainText("État : Résolu");

    await page.getByLabel("État").selectOption({ label: "Tous" });
    await page.getByLabel("Secteur").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.getByRole("heading", { name: /^En chiffres : secteur / })).toBeVisible();

    // A filtered URL is rendered on demand (the bare /signalements was prerendered at build time,
    // before global setup reseeded the database).
    await page.goto("/signalements?page=1");
    const first = page.getByRole("article").first().getByRole("link");
    const name = (await first.textContent()) ?? "";
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name.split(" — ")[0].replace("N°", "Signalement n°"));
    await expect(page.getByRole("heading", { name: "Avancement" })).toBeVisible();
    // No resident's name on a public page.
    await expect(page.getByText("Amina Benali")).toHaveCount(0);
  });

  test("the map page's places are read and filtered without JavaScript", async ({ page }) => {
    // The places list is a client component fed with the map's points: it must still be in the
    // server's HTML, for a phone that has not run (or cannot run) the map's script.
    await page.goto("/signalements/carte");
    await expect(page.getByRole("heading", { level: 1, name: "Carte des signalements" })).toBeVisible();
    await filterMapPlacesToClosed(page);
  });

  test("a private or unknown report has no public page", async ({ page }) => {
    const response = await page.goto("/signalements/999999");
    expect(response?.status()).toBe(404);
  });
});

test("only filters of known values get a list page; junk values get the 404 page", async ({ page, request }) => {
  await page.goto("/signalements?page=1");
  const categoryId = await page.getByLabel("Catégorie").locator("option").nth(1).getAttribute("value");
  expect(categoryId).toMatch(/^[a-z0-9]+$/);

  for (const path of [
    "/signalements?statut=NEW&utm_source=lettre",
    `/signalements?page=1&categorie=${categoryId}`,
    `/signalements/filtre/${categoryId}~tous~tous~1`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  for (const path of [
    "/signalements?statut=PERDU",
    "/signalements?statut=REJECTED",
    "/signalements?categorie=cm0000000000000000000000",
    "/signalements?secteur=inconnu",
    "/signalements?page=0",
    "/signalements?page=51",
    // Page 50 of one category: beyond its last page.
    `/signalements?categorie=${categoryId}&page=50`,
    "/signalements?statut=NEW&statut=CLOSED",
    "/signalements/filtre/n-importe-quoi",
    "/signalements/filtre/tous~NEW~tous~01",
    "/signalements/filtre/cm0000000000000000000000~tous~tous~1",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page introuvable");
  }
});

test("the map page lists the places, filters them like the list, and the map loads with JavaScript", async ({ page }) => {
  await page.goto("/signalements/carte");
  await expect(page.getByRole("heading", { level: 1, name: "Carte des signalements" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Carte des signalements publics" })).toBeVisible();
  // The circles are drawn on one canvas (no element per circle): a drawn pixel is a circle, and
  // the pointer over it shows that place's figures, as the list below the map gives them.
  const [circle] = await drawnCircles(page);
  expect(circle, "a circle drawn on the map").toBeDefined();
  await page.mouse.move(circle.x, circle.y);
  await expect(page.locator(".leaflet-tooltip")).toContainText(/: \d+ en cours, \d+ au total$/);
  await filterMapPlacesToClosed(page);
  await expect(page.getByRole("link", { name: "← La liste des signalements" })).toHaveAttribute("href", /statut=CLOSED/);

  expect((await page.goto("/signalements/carte?statut=INCONNU"))?.status()).toBe(404);
});

test("a partner takes a report in hand", async ({ pageAs }) => {
  const page = await pageAs("partner");
  await page.goto("/partenaire/signalements?statut=ROUTED");
  await expect(page.getByRole("heading", { level: 1, name: "Signalements" })).toBeVisible();
  // A seeded report (the seeded routed ones are all of this category): other journeys route
  // reports of other categories to this partner meanwhile, and must find them untouched.
  const link = page.getByRole("table").getByRole("row").filter({ hasText: "Sécurité / danger" }).first().getByRole("link");
  await link.click();
  await page.getByRole("button", { name: "Pris en charge" }).click();
  await expect(page.getByRole("status").filter({ hasText: "pris en charge" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "État : Intervention prévue" })).toBeVisible();
});

/**
 * The optional map point of a report: a resident on a phone opens the map (Leaflet comes only
 * then), taps a point and sends the report; staff see the point on the report. The keyboard way
 * works too (the select stays the main way to say where).
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";

// Tiles come from the internet: a blank one keeps these tests from depending on it.
const BLANK_TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

async function blankTiles(page: Page) {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.fulfill({ contentType: "image/png", body: BLANK_TILE }));
}

/** Leaflet puts itself on window.L when its chunk runs. */
const leafletLoaded = (page: Page) => page.evaluate(() => "L" in window);

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a resident drops a point on the map and sends the report; staff see the point", async ({ pageAs }) => {
    test.slow(); // two people, two sign-ins
    const page = await pageAs("resident");
    await blankTiles(page);
    let reportPath = "";
    let chosen = "";

    await test.step("step 1: category and place, as without a map", async () => {
      await page.goto("/signalements/nouveau");
      await page.getByLabel("Catégorie").selectOption({ label: "Espaces verts" });
      await page.getByLabel("Lieu du problème").selectOption({ label: "Place du Marché (place du Marché)" });
      await page.getByRole("button", { name: "Vérifier et continuer" }).click();
      await expect(page.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
    });

    await test.step("the map is not loaded until asked for", async () => {
      const open = page.getByRole("button", { name: "Indiquer le point sur une carte" });
      await expect(open).toBeVisible();
      expect(await leafletLoaded(page)).toBe(false);
      await open.click();
      await expect(page.getByRole("button", { name: "Fermer la carte" })).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByRole("region", { name: "Carte : choisir le point du problème" })).toBeVisible();
      expect(await leafletLoaded(page)).toBe(true);
    });

    await test.step("tap a point: it is written out, with a way to remove it", async () => {
      const map = page.getByRole("region", { name: "Carte : choisir le point du problème" });
      const box = (await map.boundingBox())!;
      await map.tap({ position: { x: box.width / 2 + 30, y: box.height / 2 - 20 } });
      const status = page.getByRole("status").filter({ hasText: "Point choisi : latitude" });
      await expect(status).toHaveText(/^Point choisi : latitude 47,\d{5}, longitude 0,\d{5}$/);
      chosen = (await status.textContent())!.replace("Point choisi : ", "");
      await expect(page.getByRole("button", { name: "Retirer le point" })).toBeVisible();
      await expect(page.locator("input[name=latitude]")).toHaveValue(/^47\.\d+$/);
      await page.getByRole("button", { name: "Fermer la carte" }).click();
      await expect(map).toHaveCount(0);
      await expect(status).toBeVisible();
    });

    await test.step("send the report", async () => {
      await page.getByLabel("Description du problème").fill("Un arbre est tombé sur l'allée, près du banc de la place.");
      await page.getByRole("button", { name: /Envoyer le signalement|Créer quand même/ }).click();
      await expect(page).toHaveURL(/\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/);
      reportPath = new URL(page.url()).pathname.replace("/espace/", "/gestion/");
    });

    await test.step("staff see the point on the report", async () => {
      const staffPage = await pageAs("staff");
      await blankTiles(staffPage);
      await staffPage.goto(reportPath);
      const term = staffPage.getByRole("term").filter({ hasText: "Point indiqué sur la carte" });
      await expect(term).toBeVisible();
      await expect(term.locator("xpath=following-sibling::dd[1]")).toContainText(chosen);
      await staffPage.getByRole("button", { name: "Voir le point sur la carte" }).click();
      await expect(staffPage.getByRole("region", { name: "Carte : le point indiqué" })).toBeVisible();
      await expect(staffPage.locator(".leaflet-marker-icon")).toHaveCount(1);
    });
  });
});

test.describe("a place that is not in the list, on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the resident says where with the point alone; staff see it to place", async ({ pageAs }) => {
    test.slow(); // two people, two sign-ins
    const page = await pageAs("resident");
    await blankTiles(page);

    await page.goto("/signalements/nouveau");
    await page.getByLabel("Catégorie").selectOption({ label: "Espaces verts" });
    await page.getByLabel("Lieu du problème").selectOption({ label: "Pas dans la liste : je placerai un point sur une carte" });
    await page.getByRole("button", { name: "Vérifier et continuer" }).click();

    await expect(page.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
    await expect(page.getByText("Un point à placer sur la carte")).toBeVisible();
    // No « moi aussi » without a place, and the map is open from the start.
    await expect(page.getByRole("heading", { name: "Déjà signalé ici ?" })).toHaveCount(0);
    await expect(page.getByText("Point sur la carte (obligatoire)")).toBeVisible();
    const map = page.getByRole("region", { name: "Carte : choisir le point du problème" });
    await expect(map).toBeVisible();

    await page.getByLabel("Description du problème").fill("Une branche pend au-dessus du trottoir de la rue des Lilas.");
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(page.getByText("Choisissez le lieu du problème dans la liste, ou placez un point sur la carte.").first()).toBeVisible();

    const box = (await map.boundingBox())!;
    await map.tap({ position: { x: box.width / 2 - 25, y: box.height / 2 + 15 } });
    await expect(page.getByRole("status").filter({ hasText: "Point choisi : latitude" })).toBeVisible();
    await page.getByLabel("Précision sur le lieu (facultatif)").fill("Rue des Lilas, devant le n° 4");
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(page).toHaveURL(/\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/);
    const number = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/\d+/)![0];

    const staffPage = await pageAs("staff");
    await staffPage.goto(`/gestion/signalements?q=${number}`);
    const row = staffPage.getByRole("row").filter({ has: staffPage.getByRole("link", { name: `n° ${number}`, exact: true }) });
    await expect(row).toContainText("Rue des Lilas, devant le n° 4");
    await row.getByRole("link").click();
    await expect(staffPage.getByRole("term").filter({ hasText: "Point indiqué sur la carte" })).toBeVisible();
  });
});

test("staff at the counter place, move and remove a point with the keyboard; Escape closes the map", async ({ pageAs }) => {
  const page = await pageAs("staff");
  await blankTiles(page);
  await page.goto("/gestion/signalements/nouveau");
  const open = page.getByRole("button", { name: "Indiquer le point sur une carte" });
  await open.focus();
  await page.keyboard.press("Enter");
  const map = page.getByRole("region", { name: "Carte : choisir le point du problème" });
  await expect(map).toBeVisible();

  await map.focus();
  await page.keyboard.press("Enter");
  const status = page.getByRole("status").filter({ hasText: "Point choisi" });
  await expect(status).toHaveText(/^Point choisi : latitude 47,\d{5}, longitude 0,\d{5}$/);
  const first = await status.textContent();
  await page.keyboard.press("ArrowUp");
  // Enter again once the map has moved (the pan is animated).
  await expect(async () => {
    await page.keyboard.press("Enter");
    await expect(status).not.toHaveText(first!, { timeout: 500 });
  }).toPass();

  await page.keyboard.press("Escape");
  await expect(map).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(open).toHaveAttribute("aria-expanded", "false");

  await page.getByRole("button", { name: "Retirer le point" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Point retiré." })).toBeVisible();
  await expect(page.locator("input[name=latitude]")).toHaveValue("");
  await expect(open).toBeFocused();
});

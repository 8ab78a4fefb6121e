/**
 * Staff keep the territory (/gestion/territoire), without JavaScript: they create an area, a site
 * with its owner and a typed map point (one outside the territory is refused), a building and an
 * entrance; the resident's report form and the public filter offer them at once (cached lists).
 * Archived, the site and then the area are offered nowhere; an entrance nothing points at is deleted.
 * The staff home's territory (cached, tagged territory and partners) follows every change.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { formAlert } from "./support/helpers";

/** A name no other run uses (the database is reset once per run, not per retry). */
const unique = (label: string) => `${label} ${randomUUID().slice(0, 6)}`;

const notice = (page: Page) => page.getByRole("main").getByRole("status");
const main = (page: Page) => page.getByRole("main");

async function placeOptions(page: Page): Promise<string[]> {
  await page.goto("/signalements/nouveau");
  return (await page.getByLabel("Lieu du problème").locator("option").allTextContents()).map((t) => t.trim());
}
/** The staff home's table of an area's sites, by the area's name (its caption). */
async function homeSites(page: Page, area: string) {
  await page.goto("/gestion");
  return main(page).getByRole("table", { name: `Sites du secteur ${area}` });
}
async function publicAreas(page: Page): Promise<string[]> {
  await page.goto("/signalements");
  return (await page.getByLabel("Secteur").locator("option").allTextContents()).map((t) => t.trim());
}

test.describe("without JavaScript", () => {
  test.use({ contextOptions: { javaScriptEnabled: false } });

  test("staff build an area down to an entrance, then archive it; residents and visitors see it follow", async ({ page: visitor, pageAs }) => {
    // A long journey (three people, some twenty pages).
    test.slow();
    const staff = await pageAs("staff");
    const resident = await pageAs("resident");
    const area = unique("Les Rives");
    const site = unique("Résidence du Port");
    const building = "Bâtiment Héron";
    const entrance = "Entrée Nord";

    await test.step("the staff home, read before any change, so that its territory is in the cache", async () => {
      await staff.goto("/gestion");
      await expect(main(staff).getByRole("heading", { level: 2, name: "Territoire", exact: true })).toBeVisible();
      await expect(main(staff).getByRole("heading", { level: 3, name: new RegExp(area) })).toHaveCount(0);
    });

    await test.step("an area, from the territory page", async () => {
      await staff.goto("/gestion/territoire");
      await expect(staff.getByRole("heading", { level: 1, name: "Secteurs et sites" })).toBeVisible();
      await main(staff).getByRole("link", { name: "Nouveau secteur" }).click();
      await staff.getByLabel("Nom du secteur").fill(area);
      await staff.getByRole("button", { name: "Créer le secteur" }).click();
      await expect(notice(staff)).toHaveText(`Le secteur « ${area} » est créé.`);
    });

    await test.step("a site with its owner, access notes and a typed point; a point outside the territory is refused", async () => {
      await main(staff).getByRole("link", { name: "Nouveau site dans ce secteur" }).click();
      await staff.getByLabel("Nom du site").fill(site);
      await staff.getByLabel("Type de site").selectOption({ label: "Résidence" });
      await staff.getByLabel("Adresse").fill("3 quai des Mariniers");
      await staff.getByLabel("Propriétaire").selectOption({ label: "Logis du Val" });
      await staff.getByLabel("Consignes d'accès (facultatif)").fill("Badge chez le gardien, loge au rez-de-chaussée.");
      await staff.getByLabel("Latitude").fill("48,8566");
      await staff.getByLabel("Longitude").fill("2,3522");
      await staff.getByRole("button", { name: "Créer le site" }).click();
      await expect(formAlert(staff)).toContainText("Ce point est en dehors du territoire de la Régie");
      await expect(staff.getByLabel("Latitude")).toHaveAttribute("aria-invalid", "true");
      await expect(staff.getByLabel("Nom du site")).toHaveValue(site);

      await staff.getByLabel("Latitude").fill("47,3948");
      await staff.getByLabel("Longitude").fill("0,6851");
      await staff.getByRole("button", { name: "Créer le site" }).click();
      await expect(notice(staff)).toHaveText(`Le site « ${site} » est créé.`);
      await expect(staff.getByLabel("Propriétaire")).toHaveValue(/.+/);
      await expect(staff.getByLabel("Latitude")).toHaveValue("47.3948");
      await expect(staff.getByRole("navigation", { name: "Fil d'Ariane" })).toContainText(`Secteur « ${area} »`);
    });

    await test.step("a building, then an entrance on its page", async () => {
      await main(staff).getByRole("link", { name: "Nouveau bâtiment dans ce site" }).click();
      await staff.getByLabel("Nom du bâtiment").fill(building);
      await staff.getByLabel("Adresse").fill("5 quai des Mariniers");
      await staff.getByRole("button", { name: "Créer le bâtiment" }).click();
      await expect(notice(staff)).toHaveText(`Le bâtiment « ${building} » est créé.`);
      await staff.getByLabel("Nom de l'entrée").fill(entrance);
      await staff.getByRole("button", { name: "Ajouter l'entrée" }).click();
      await expect(notice(staff)).toHaveText(`L'entrée « ${entrance} » est créée.`);
    });

    await test.step("the staff home shows the new site in its area, with its owner and building", async () => {
      const sites = await homeSites(staff, area);
      await expect(sites.getByRole("row", { name: site })).toHaveText(`${site}Résidence3 quai des MariniersLogis du Val1`);
    });

    await test.step("the resident's report form offers the site, its building and entrance; the public filter the area", async () => {
      const options = await placeOptions(resident);
      expect(options).toContain(`${site} — ${building}, ${entrance} (5 quai des Mariniers)`);
      expect(await publicAreas(visitor)).toContain(area);
    });

    await test.step("the entrance, which nothing points at, is deleted", async () => {
      await staff.goto("/gestion/territoire");
      await staff.getByRole("searchbox", { name: "Nom ou adresse d'un site ou d'un bâtiment" }).fill(site);
      await staff.getByRole("button", { name: "Rechercher" }).click();
      await main(staff).getByRole("link", { name: site, exact: true }).click();
      await main(staff).getByRole("link", { name: building, exact: true }).click();
      await main(staff).getByRole("link", { name: entrance, exact: true }).click();
      await staff.getByLabel(`Oui, supprimer définitivement l'entrée « ${entrance} »`).check();
      await staff.getByRole("button", { name: "Supprimer cette entrée" }).click();
      await expect(notice(staff)).toHaveText("L'entrée est supprimée.");
      await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Bâtiment « ${building} »`);
    });

    await test.step("archived, the site leaves the report form; archived, the area leaves the public filter", async () => {
      await staff.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link", { name: `Site « ${site} »` }).click();
      await staff.getByRole("button", { name: `Archiver « ${site} »` }).click();
      await expect(notice(staff)).toContainText(`Le site « ${site} » est archivé`);
      expect((await placeOptions(resident)).filter((o) => o.includes(site))).toEqual([]);
      const sitePage = staff.url();
      await expect((await homeSites(staff, area)).getByRole("row", { name: site })).toHaveCount(0);
      await expect(main(staff).getByRole("heading", { level: 3, name: new RegExp(area) })).toBeVisible();
      await staff.goto(sitePage);

      await staff.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link", { name: `Secteur « ${area} »` }).click();
      await staff.getByRole("button", { name: `Archiver « ${area} »` }).click();
      await expect(notice(staff)).toContainText(`Le secteur « ${area} » est archivé`);
      expect(await publicAreas(visitor)).not.toContain(area);
      await staff.goto("/gestion");
      await expect(main(staff).getByRole("heading", { level: 3, name: new RegExp(area) })).toHaveCount(0);
    });

    await test.step("archived places are listed for staff only on request", async () => {
      await staff.goto(`/gestion/territoire?recherche=${encodeURIComponent(site)}`);
      await expect(main(staff).getByRole("link", { name: site, exact: true })).toHaveCount(0);
      await staff.getByLabel("Montrer aussi les lieux archivés").check();
      await staff.getByRole("button", { name: "Rechercher" }).click();
      await expect(main(staff).getByRole("link", { name: site, exact: true })).toBeVisible();
    });
  });
});

test("with JavaScript, a site's point is placed on the map instead of typed", async ({ pageAs }) => {
  const staff = await pageAs("staff");
  await staff.goto("/gestion/territoire");
  await main(staff).getByRole("link", { name: "Résidence Les Tilleuls", exact: true }).click();
  await expect(staff.getByRole("button", { name: "Indiquer le point sur une carte" })).toBeVisible();
  await expect(staff.getByLabel("Latitude")).toHaveCount(0);
  await expect(staff.getByRole("status").filter({ hasText: "Point choisi : latitude 47,3941" })).toBeVisible();
});

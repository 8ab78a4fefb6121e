/**
 * Choosing the place of a report on a phone, with JavaScript: one cannot type into a select
 * there, so a search box narrows the list to the places whose name or address has the words typed.
 * (Without JavaScript the select alone works: reports.spec.ts.)
 */
import { test, expect } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PLACE = "Résidence du Val Fleuri — Jasmin, Entrée 2 (3 allée des Fleurs)";

test("a resident finds the place by typing part of its name and address, then sends the report", async ({ pageAs }) => {
  const page = await pageAs("volunteer");
  await page.goto("/signalements/nouveau");
  await page.getByLabel("Catégorie").selectOption({ label: "Propreté" });

  const search = page.getByRole("searchbox", { name: "Rechercher un lieu : nom ou adresse" });
  const place = page.getByRole("combobox", { name: "Lieu du problème" });
  // The places of the list: not the empty choice, nor « not in the list: a point on the map ».
  const places = place.locator("optgroup option");
  const allPlaces = await places.count();
  expect(allPlaces).toBeGreaterThan(20);

  await test.step("a word of the name, without its accent or capital, lists that residence only", async () => {
    await search.pressSequentially("tilleul");
    await expect(search).toHaveAccessibleDescription("13 lieux correspondent.");
    await expect(places).toHaveCount(13);
    for (const label of await places.allTextContents()) expect(label).toContain("Tilleuls");
    await expect(place.locator("optgroup")).toHaveCount(1);
    await expect(place.locator("optgroup")).toHaveAttribute("label", /^Résidence Les Tilleuls/);
    await expect(place).toHaveValue("");
  });

  await test.step("words of the name and the address, in any order: the one match is selected", async () => {
    await search.fill("ALLEE fleurs entree 2 jasmin");
    await expect(search).toHaveAccessibleDescription("1 lieu correspond : il est sélectionné.");
    await expect(places).toHaveText([PLACE]);
    await expect(place.locator("option:checked")).toHaveText(PLACE);
  });

  await test.step("no match: the message, the whole list, the choice kept", async () => {
    await search.fill("jasmin zzz");
    await expect(search).toHaveAccessibleDescription("Aucun lieu ne correspond : vérifiez l'orthographe ou choisissez dans la liste.");
    await expect(places).toHaveCount(allPlaces);
    await expect(place.locator("option:checked")).toHaveText(PLACE);
  });

  await test.step("the chosen place stays listed while another search runs", async () => {
    await search.fill("marche");
    await expect(search).toHaveAccessibleDescription("1 lieu correspond : il est sélectionné.");
    await expect(place.locator("option:checked")).toHaveText("Place du Marché (place du Marché)");
    await search.fill("vignes");
    await expect(search).toHaveAccessibleDescription("10 lieux correspondent.");
    await expect(places).toHaveCount(11);
    await expect(place.locator("option:checked")).toHaveText("Place du Marché (place du Marché)");
  });

  await test.step("Enter goes to the list instead of sending the form; clearing restores the whole list", async () => {
    await search.fill("jasmin entree 2");
    await expect(place.locator("option:checked")).toHaveText(PLACE);
    await search.press("Enter");
    await expect(place).toBeFocused();
    await expect(page).toHaveURL(/\/signalements\/nouveau$/);
    await search.fill("");
    await expect(search).toHaveAccessibleDescription("");
    await expect(places).toHaveCount(allPlaces);
    await expect(place.locator("option:checked")).toHaveText(PLACE);
  });

  await test.step("the form with its search box has no axe violation", async () => {
    await search.fill("tilleul");
    await expectNoAxeViolations(page);
    await search.fill("jasmin entree 2");
  });

  await test.step("step 2 shows the place found, and the report is sent", async () => {
    await page.getByRole("button", { name: "Vérifier et continuer" }).click();
    await expect(page.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Votre choix" })).toContainText(PLACE);
    await page.getByLabel("Description du problème").fill("Des sacs poubelle déposés devant l'entrée depuis lundi.");
    await page.getByRole("button", { name: /Envoyer le signalement|Créer quand même/ }).click();
    await expect(page).toHaveURL(/\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/);
    await expect(page.getByRole("status")).toContainText("Votre signalement est enregistré");
  });
});

/**
 * Reporting a problem on a phone, with JavaScript off (the form must work without it): the
 * "Vérifier" step, "moi aussi", the report with a photo, its timeline and the photo served.
 */
import sharp from "sharp";
import { test, expect } from "./support/fixtures";

test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  contextOptions: { javaScriptEnabled: false },
});

/** A photo as a phone takes it: 12 megapixels, several megabytes (far above a server action's default 1 MB limit), GPS in its EXIF. */
async function phonePhoto() {
  const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#5a8", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .jpeg({ quality: 90 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "47/1 23/1 38/1" } })
    .toBuffer();
  expect(photo.length).toBeGreaterThan(5 * 1024 * 1024);
  return photo;
}

test("a resident reports a broken light with a photo, without JavaScript", async ({ pageAs }) => {
  const page = await pageAs("volunteer");

  await test.step("step 1: category and place", async () => {
    await page.goto("/signalements/nouveau");
    await expect(page.getByRole("heading", { level: 1, name: "Signaler un problème" })).toBeVisible();
    await page.getByLabel("Catégorie").selectOption({ label: "Éclairage" });
    // The place search needs JavaScript: without it, the select alone (place-search.spec.ts has the search).
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    await page.getByLabel("Lieu du problème").selectOption({ label: "Le Clos des Vignes — Bâtiment 2, Entrée 1 (12 rue des Vignes)" });
    await page.getByRole("button", { name: "Vérifier et continuer" }).click();
  });

  await test.step("step 2: describe, attach a photo, send", async () => {
    await expect(page.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
    // The map needs JavaScript: without it, nothing of it shows.
    await expect(page.getByRole("button", { name: "Indiquer le point sur une carte" })).toHaveCount(0);
    await expect(page.getByText("Point sur la carte")).toHaveCount(0);
    await page.getByLabel("Précision sur le lieu (facultatif)").fill("Palier du 2e étage");
    await page.getByLabel("Description du problème").fill("La lumière du palier ne s'allume plus depuis vendredi soir.");
    await page.getByLabel("Photos (facultatif)").setInputFiles({ name: "palier.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() });
    await page.getByLabel(/^Privé/).check();
    await page.getByRole("button", { name: /Envoyer le signalement|Créer quand même/ }).click();
  });

  await test.step("the report's page: status, timeline, photo", async () => {
    await expect(page).toHaveURL(/\/espace\/signalements\/[a-z0-9]+\?nouveau=1$/);
    await expect(page.getByRole("status")).toContainText("Votre signalement est enregistré");
    await expect(page.getByRole("heading", { level: 2, name: "État : Nouveau" })).toBeVisible();
    await expect(page.getByText("Signalement envoyé")).toBeVisible();
    // The page shows the photo's preview and links to the photo itself.
    const href = await page.getByRole("link", { name: "Photo 1 du signalement" }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/webp");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    const meta = await sharp(await response.body()).metadata();
    expect(meta.exif).toBeUndefined();
    // Re-encoded at most 1600 px on its long side (lib/reports/photos.ts).
    expect([meta.width, meta.height]).toEqual([1600, 1200]);
    const src = await page.getByRole("img", { name: "Photo 1 du signalement" }).getAttribute("src");
    expect(src).toBe(`${href}?taille=apercu`);
    const preview = await sharp(await (await page.request.get(src!)).body()).metadata();
    expect([preview.width, preview.height, preview.exif]).toEqual([480, 360, undefined]);
  });

  await test.step("Mes signalements lists it, newest first", async () => {
    await page.goto("/espace/signalements");
    const newest = page.getByRole("main").getByRole("listitem").first();
    await expect(newest).toContainText("Éclairage");
    await expect(newest).toContainText("Nouveau");
  });
});

test("a danger category shows the emergency numbers first", async ({ pageAs }) => {
  const page = await pageAs("resident");
  await page.goto("/signalements/nouveau");
  await page.getByLabel("Catégorie").selectOption({ label: "Sécurité / danger (danger)" });
  await page.getByLabel("Lieu du problème").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Vérifier et continuer" }).click();
  const emergency = page.getByRole("region", { name: /Danger immédiat/ });
  await expect(emergency).toBeVisible();
  await expect(emergency.getByRole("link", { name: "112" })).toHaveAttribute("href", "tel:112");
  // First thing in the page's content.
  await expect(page.getByRole("main").locator("section").first()).toHaveAttribute("aria-labelledby", "titre-urgence");
});

test("a refused photo gives a French message next to the field", async ({ pageAs }) => {
  const page = await pageAs("employee");
  await page.goto("/signalements/nouveau");
  await page.getByLabel("Catégorie").selectOption({ label: "Tags" });
  await page.getByLabel("Lieu du problème").selectOption({ index: 2 });
  await page.getByRole("button", { name: "Vérifier et continuer" }).click();
  await page.getByLabel("Description du problème").fill("Des tags sur la porte du hall depuis hier.");
  await page.getByLabel("Photos (facultatif)").setInputFiles({ name: "faux.jpg", mimeType: "image/jpeg", buffer: Buffer.from("pas une image") });
  await page.getByRole("button", { name: /Envoyer le signalement|Créer quand même/ }).click();
  const photos = page.getByLabel("Photos (facultatif)");
  await expect(photos).toHaveAttribute("aria-invalid", "true");
  await expect(photos).toHaveAccessibleDescription(/La photo « faux\.jpg » n'est pas une image JPEG, PNG ou WebP\./);
  await expect(page.getByLabel("Description du problème")).toHaveValue("Des tags sur la porte du hall depuis hier.");
});

// "multi", not "resident": the accessibility check opens the resident's resolved report.
test("the resident confirms a resolved report is fixed", async ({ pageAs }) => {
  const page = await pageAs("multi");
  await page.goto("/espace/signalements");
  const resolved = page.getByRole("main").getByRole("listitem").filter({ hasText: "Résolu" }).first();
  await resolved.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Est-ce réparé ?" })).toBeVisible();
  await page.getByRole("button", { name: "C'est réparé" }).click();
  await expect(page).toHaveURL(/\?clos=1$/);
  await expect(page.getByRole("heading", { level: 2, name: "État : Clos" })).toBeVisible();
});

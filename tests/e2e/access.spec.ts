/** Who may open what: refusals, sign-in redirects, and no open redirect after sign-in. */
import { test, expect } from "./support/fixtures";
import { DEMO_PASSWORD, demoEmail, submitSignIn } from "./support/helpers";

const STAFF_AND_ADMIN_PAGES = ["/admin", "/admin/personnes", "/admin/personnes/inexistant", "/admin/journal", "/gestion", "/gestion/partenaires", "/partenaire"];

test("a resident opening the back office, the admin or the partner space is refused", async ({ pageAs }) => {
  const page = await pageAs("resident");
  for (const path of STAFF_AND_ADMIN_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" }), path).toBeVisible();
    await expect(page.getByRole("link", { name: "Retour à mon espace" }), path).toBeVisible();
  }
});

test("staff may not open the administration", async ({ pageAs }) => {
  const page = await pageAs("staff");
  for (const path of ["/admin", "/admin/personnes", "/admin/journal", "/partenaire"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" }), path).toBeVisible();
  }
  await page.goto("/gestion/partenaires");
  await expect(page.getByRole("heading", { level: 1, name: "Partenaires" })).toBeVisible();
});

test("an anonymous visitor of a private page is sent to sign in, then back to that page", async ({ page }) => {
  for (const path of ["/espace", "/espace/supprimer", "/gestion", "/admin/journal", "/partenaire"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(`/connexion?callbackUrl=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();
  }
  await page.goto("/admin");
  await expect(page).toHaveURL("/connexion?callbackUrl=%2Fadmin");
  await page.getByLabel("Adresse e-mail").fill(demoEmail("admin"));
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
});

test("an anonymous request for the data export gets 401, not someone's data", async ({ request }) => {
  const response = await request.get("/espace/export", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: "Veuillez vous connecter." });
});

// The last one: browsers drop tabs from URLs, so "/\t/evil.example" would become "//evil.example".
for (const callbackUrl of ["https://evil.example", "//evil.example/espace", "/\t/evil.example"]) {
  test(`sign-in with callbackUrl=${JSON.stringify(callbackUrl)} stays on the portal`, async ({ page }) => {
    await submitSignIn(page, demoEmail("volunteer"), DEMO_PASSWORD, `/connexion?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/espace$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mon espace" })).toBeVisible();
  });
}

test("unknown pages and unknown people answer 404 with the French not-found page", async ({ page, pageAs }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();

  const admin = await pageAs("admin");
  const missing = await admin.goto("/admin/personnes/personne-inexistante");
  expect(missing?.status()).toBe(404);
  await expect(admin.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});

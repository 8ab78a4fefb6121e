/**
 * The hardening of the first visit and of the back offices, in the production build: the home
 * page leads to reporting first, a signed-in person is recognised on the cached public pages, Mon
 * espace fits a phone whatever the address, the staff queue uses the screen, the map shows names
 * as text, and a landlord reads the reports of its patrimoine it does not handle as the public does.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { mainNav, newAccount, signUp } from "./support/helpers";
import { drawnCircles } from "./support/map-circles";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The page scrolls sideways: something is wider than the screen. */
async function pageScrollsSideways(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

for (const [device, viewport] of [["phone", PHONE], ["desktop", DESKTOP]] as const) {
  test(`home page on a ${device}: Signaler un problème first, then Les signalements du quartier`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto("/");

    const main = page.getByRole("main");
    const firstLink = main.getByRole("link").first();
    await expect(firstLink).toHaveText("Signaler un problème");
    await expect(firstLink).toHaveAttribute("href", "/signalements/nouveau");
    await expect(firstLink).toBeInViewport();

    await expect(main.getByRole("heading", { level: 2 }).first()).toHaveText("Les signalements du quartier");
    const reports = page.getByRole("region", { name: "Les signalements du quartier" });
    await expect(reports.getByRole("link", { name: "Voir la liste des signalements" })).toHaveAttribute("href", "/signalements");
    await expect(reports.getByRole("link", { name: "Voir la carte des signalements" })).toHaveAttribute("href", "/signalements/carte");
    const fixedTerm = reports.getByRole("term").filter({ hasText: "Problèmes réglés ces 30 derniers jours" });
    await expect(fixedTerm.locator("xpath=following-sibling::dd[1]")).toHaveText(/^\d[\d\s\u00a0\u202f]*$/);
    const medianTerm = reports.getByRole("term").filter({ hasText: "Délai médian de réparation" });
    await expect(medianTerm.locator("xpath=following-sibling::dd[1]")).toHaveText(/^(\d+ (heure|jour)s?|Pas encore mesuré)$/);
    expect(await pageScrollsSideways(page)).toBe(false);
    await context.close();
  });
}

test("a signed-in resident on a cached public page sees Mon espace and Se déconnecter, not Créer un compte", async ({ pageAs, page, request }) => {
  const resident = await pageAs("resident");
  await resident.goto("/signalements");
  const nav = mainNav(resident);
  await expect(nav.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expect(nav.getByText("Amina Benali")).toBeVisible();
  await expect(nav.getByRole("link", { name: "Mon espace" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Créer un compte" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Se connecter" })).toHaveCount(0);

  // The page itself is still the one cached for everyone: nobody's name in its HTML.
  const html = await resident.request.get("/signalements");
  expect(html.headers()["cache-control"]).toMatch(/s-maxage/);
  expect(await html.text()).not.toContain("Amina Benali");
  const me = await resident.request.get("/api/moi");
  expect(me.headers()["cache-control"]).toBe("private, no-store");
  expect(await me.json()).toEqual({ signedIn: true, name: "Amina Benali" });

  // A visitor still gets the visitor's links.
  await page.goto("/signalements");
  await expect(mainNav(page).getByRole("link", { name: "Créer un compte" })).toBeVisible();
  await expect(mainNav(page).getByRole("button", { name: "Se déconnecter" })).toHaveCount(0);
  expect(await (await request.get("/api/moi")).json()).toEqual({ signedIn: false });
});

test("Mon espace fits a 390 px phone with a 60-character email address", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const domain = "@exemple.test";
  const local = `e2e-${randomUUID().replaceAll("-", "")}`.padEnd(60 - domain.length, "x");
  const account = { ...newAccount("large"), email: `${local}${domain}` };
  expect(account.email).toHaveLength(60);

  await signUp(page, account);
  await expect(page.getByText(account.email)).toBeVisible();
  expect(await page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test("the staff queue uses the screen's width at 1,280 px, without scrolling the page sideways", async ({ pageAs }) => {
  const page = await pageAs("staff");
  await page.setViewportSize(DESKTOP);
  await page.goto("/gestion/signalements");
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  const box = await table.boundingBox();
  expect(box?.width).toBeGreaterThan(1100);
  expect(await pageScrollsSideways(page)).toBe(false);
});

test("the map shows a place's name holding markup as text, never as HTML", async ({ page }) => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const markup = `<img src=x onerror="window.__xss=1">Square ${randomUUID().slice(0, 8)}`;
  let filter: string;
  try {
    const { rows: [where] } = await db.query<{ areaId: string; latitude: number; longitude: number }>(
      `SELECT s."areaId", b.latitude, b.longitude FROM "Building" b JOIN "Site" s ON s.id = b."siteId" WHERE b.latitude IS NOT NULL LIMIT 1`,
    );
    const { rows: [category] } = await db.query<{ id: string }>(`SELECT id FROM "ReportCategory" WHERE active ORDER BY "sortOrder" LIMIT 1`);
    const { rows: [author] } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'resident@demo.quartier.test'`);
    const siteId = `e2esite${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    // A site as staff could name it, a little apart from the others so that its marker is its own.
    await db.query(`INSERT INTO "Site" (id, "areaId", name, kind, address, latitude, longitude) VALUES ($1, $2, $3, 'PUBLIC_SPACE', 'Place des Tests', $4, $5)`, [
      siteId,
      where.areaId,
      markup,
      where.latitude + 0.002,
      where.longitude + 0.002,
    ]);
    await db.query(
      `INSERT INTO "Report" (id, "categoryId", description, "areaId", "siteId", "enteredById", "authorId", visibility, status, "updatedAt")
       VALUES ($1, $2, 'Banc cassé.', $3, $4, $5, $5, 'PUBLIC', 'PLANNED', now())`,
      [`e2erep${randomUUID().replaceAll("-", "").slice(0, 16)}`, category.id, where.areaId, siteId, author.id],
    );
    // A filter no other test asks for: its map points are read now, with the new site.
    filter = new URLSearchParams({ statut: "PLANNED", categorie: category.id, secteur: where.areaId }).toString();
  } finally {
    await db.end();
  }

  await page.goto(`/signalements/carte?${filter}`);
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: markup })).toHaveCount(1);
  const circles = await drawnCircles(page);
  expect(circles.length).toBeGreaterThan(0);
  const tooltip = page.locator(".leaflet-tooltip");
  for (const circle of circles) {
    await page.mouse.move(circle.x, circle.y);
    if (((await tooltip.textContent({ timeout: 1_000 }).catch(() => "")) ?? "").includes("Square")) break;
  }
  await expect(tooltip).toContainText(markup);
  await expect(tooltip.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test("a landlord's new reports on its patrimoine, not routed to it, open read-only on their public page", async ({ pageAs }) => {
  const page = await pageAs("partner");
  // New reports are not triaged yet: no partner handles them.
  await page.goto("/partenaire/signalements?statut=NEW");
  const rows = page.getByRole("table").getByRole("row").filter({ hasText: "Sur votre patrimoine (lecture seule)" });
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "Transmis à votre organisation" })).toHaveCount(0);
  const link = rows.first().getByRole("link");
  await expect(link).toHaveAttribute("href", /^\/signalements\/\d+$/);
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: /^Signalement n° \d+/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pris en charge" })).toHaveCount(0);
});

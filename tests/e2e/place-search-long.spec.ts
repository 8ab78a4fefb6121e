/**
 * The report form's place select in a territory too long to draw on a phone (more than
 * FULL_LIST_LIMIT places, lib/reports/place-search.ts): with JavaScript it lists the sites, then
 * what the search finds; without it, the whole list, as before. The demo territory is short, so
 * this spec starts a production server of this build on a database of its own: the demo data and
 * one more site of 30 buildings with 10 entrances each (331 places). The suite's shared server and
 * database are not touched. (The short territory's search: place-search.spec.ts.)
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations } from "./support/axe";
import { DEMO_PASSWORD, demoEmail, signIn } from "./support/helpers";
import { copyProject, dropDatabase, recreateDatabase, removeProjectCopy, runOnDatabase, startServer, type OwnServer } from "./support/own-server";

const BASE_URL = process.env.DATABASE_URL!;
const DB_NAME = `${decodeURIComponent(new URL(BASE_URL).pathname.slice(1))}_long_territory`.slice(0, 60);
const BUILDINGS = 30;
/** Named, not numbered: "Entrée 07" would match a search for "bâtiment 07". */
const ENTRANCES = ["Acacia", "Bouleau", "Cèdre", "Chêne", "Érable", "Frêne", "Hêtre", "Marronnier", "Orme", "Saule"];
const two = (n: number) => String(n).padStart(2, "0");
const ENTRANCE_LABEL = "Cité des Essais — Bâtiment 07, Entrée Cèdre (7 rue des Essais)";

test.describe.configure({ mode: "serial" });

let dir: string;
let server: OwnServer | undefined;
/** The sites of the territory, as the select names them, and all its places. */
let siteCount = 0;
let placeCount = 0;

/** One site of BUILDINGS buildings of ENTRANCES entrances, in the demo's first area. */
async function addLongSite(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`INSERT INTO "Site" (id, "areaId", name, kind, address)
      SELECT 'essais', id, 'Cité des Essais', (SELECT kind FROM "Site" LIMIT 1), 'rue des Essais' FROM "Area" ORDER BY name LIMIT 1`);
    for (let b = 1; b <= BUILDINGS; b++) {
      await db.query(`INSERT INTO "Building" (id, "siteId", name, address) VALUES ($1, 'essais', $2, $3)`, [`essaisb${two(b)}`, `Bâtiment ${two(b)}`, `${b} rue des Essais`]);
      for (const [e, name] of ENTRANCES.entries()) {
        await db.query(`INSERT INTO "Entrance" (id, "buildingId", name) VALUES ($1, $2, $3)`, [`essaisb${two(b)}e${two(e)}`, `essaisb${two(b)}`, `Entrée ${name}`]);
      }
    }
    const live = `s."archivedAt" IS NULL AND (SELECT a."archivedAt" FROM "Area" a WHERE a.id = s."areaId") IS NULL`;
    const counts = await db.query<{ sites: number; places: number }>(`SELECT
      (SELECT count(*)::int FROM "Site" s WHERE ${live}) AS sites,
      (SELECT count(*)::int FROM "Site" s WHERE ${live})
      + (SELECT count(*)::int FROM "Building" b JOIN "Site" s ON s.id = b."siteId" WHERE b."archivedAt" IS NULL AND ${live})
      + (SELECT count(*)::int FROM "Entrance" e JOIN "Building" b ON b.id = e."buildingId" JOIN "Site" s ON s.id = b."siteId"
         WHERE e."archivedAt" IS NULL AND b."archivedAt" IS NULL AND ${live}) AS places`);
    siteCount = counts.rows[0].sites;
    placeCount = counts.rows[0].places;
  } finally {
    await db.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const url = await recreateDatabase(BASE_URL, DB_NAME);
  runOnDatabase("prisma", ["migrate", "deploy"], url);
  runOnDatabase("tsx", [path.join(__dirname, "support", "reset-database.ts")], url);
  await addLongSite(url);
  dir = copyProject();
  // The shared server's cached territory (unstable_cache on disk) names the other database's places.
  rmSync(path.join(dir, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
  server = await startServer(dir, url);
});

test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(`[place-search-long] server output:\n${server?.log().slice(-4000)}`);
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) removeProjectCopy(dir);
  await dropDatabase(BASE_URL, DB_NAME).catch(() => undefined);
});

async function residentOnPhone(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server!.url,
    locale: "fr-FR",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
  });
  const page = await context.newPage();
  await signIn(page, demoEmail("resident"), DEMO_PASSWORD);
  return page;
}

test("on a phone with JavaScript, a long territory lists its sites, then what the search finds", async ({ browser }) => {
  expect(placeCount).toBeGreaterThan(300);
  const page = await residentOnPhone(browser, true);
  // A select drawn differently on the server and in the browser would show as a hydration error.
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/signalements/nouveau");
  await page.getByLabel("Catégorie").selectOption({ label: "Propreté" });
  const search = page.getByRole("searchbox", { name: "Rechercher un lieu : nom ou adresse" });
  const place = page.getByRole("combobox", { name: "Lieu du problème" });
  const places = place.locator("optgroup option");

  await test.step("before any search: the sites only, one per group, the select usable", async () => {
    await expect(place).toBeEnabled();
    await expect(search).toHaveAccessibleDescription("La liste montre les sites : tapez un nom ou une adresse pour y trouver un bâtiment ou une entrée.");
    await expect(places).toHaveCount(siteCount);
    await expect(place.locator("optgroup")).toHaveCount(siteCount);
    await expect(place.locator('option[value="site:essais"]')).toHaveText("Cité des Essais (rue des Essais) — abords, espaces extérieurs");
    // The whole list is in the page only inside <noscript>, which a browser running scripts leaves unparsed.
    await expect(page.locator('select[name="lieu"]')).toHaveCount(1);
    await expect(page.locator('select[name="lieu"] optgroup option')).toHaveCount(siteCount);
    await expectNoAxeViolations(page);
  });

  await test.step("a wide search lists its first 50 matches and says how many there are", async () => {
    await search.fill("essais");
    const matches = 1 + BUILDINGS * (1 + ENTRANCES.length);
    await expect(search).toHaveAccessibleDescription(`${matches} lieux correspondent : les 50 premiers sont listés, précisez la recherche.`);
    await expect(places).toHaveCount(50);
    for (const label of await places.allTextContents()) expect(label).toContain("Essais");
  });

  await test.step("a narrower one lists every match", async () => {
    await search.fill("essais batiment 07");
    await expect(search).toHaveAccessibleDescription(`${1 + ENTRANCES.length} lieux correspondent.`);
    await expect(places).toHaveCount(1 + ENTRANCES.length);
    await expect(places.first()).toHaveText("Cité des Essais — Bâtiment 07 (7 rue des Essais)");
  });

  await test.step("one match is selected, and stays while a search finds nothing", async () => {
    await search.fill("07 cedre");
    await expect(search).toHaveAccessibleDescription("1 lieu correspond : il est sélectionné.");
    await expect(place.locator("option:checked")).toHaveText(ENTRANCE_LABEL);
    await search.fill("gare routière");
    await expect(search).toHaveAccessibleDescription("Aucun lieu ne correspond : vérifiez l'orthographe ou choisissez un site dans la liste.");
    await expect(places).toHaveCount(siteCount + 1);
    await expect(place.locator("option:checked")).toHaveText(ENTRANCE_LABEL);
    await search.fill("");
    await expect(places).toHaveCount(siteCount + 1);
    await expect(place.locator("option:checked")).toHaveText(ENTRANCE_LABEL);
  });

  await test.step("step 2 names the entrance chosen", async () => {
    await page.getByRole("button", { name: "Vérifier et continuer" }).click();
    await expect(page.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Votre choix" })).toContainText(ENTRANCE_LABEL);
  });

  await test.step("« Changer la catégorie ou le lieu » comes back with that entrance selected and listed beside the sites", async () => {
    await page.getByRole("link", { name: "Changer la catégorie ou le lieu" }).click();
    await expect(place).toBeEnabled();
    await expect(place.locator("option:checked")).toHaveText(ENTRANCE_LABEL);
    await expect(places).toHaveCount(siteCount + 1);
  });
  expect(errors).toEqual([]);
  await page.context().close();
});

test("without JavaScript, the long territory's select lists every place, and choosing in it works", async ({ browser }) => {
  const page = await residentOnPhone(browser, false);
  await page.goto("/signalements/nouveau");
  const place = page.getByRole("combobox", { name: "Lieu du problème" });
  await expect(place).toBeEnabled();
  await expect(place.locator("optgroup option")).toHaveCount(placeCount);
  // One field only (with the category's): the select drawn for JavaScript is hidden, disabled and
  // without an id. (axe needs JavaScript in the page: the JavaScript test runs it.)
  await expect(page.getByRole("combobox")).toHaveCount(2);
  await expect(page.locator("select:disabled")).toBeHidden();
  await expect(page.locator("select:disabled")).not.toHaveAttribute("id");

  await page.getByLabel("Catégorie").selectOption({ label: "Propreté" });
  await place.selectOption({ label: ENTRANCE_LABEL });
  await page.getByRole("button", { name: "Vérifier et continuer" }).click();
  await expect(page.getByText("Étape 2 sur 2 : décrivez le problème.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Votre choix" })).toContainText(ENTRANCE_LABEL);
  await page.context().close();
});

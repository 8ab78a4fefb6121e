/**
 * The error boundary (app/error.tsx) as a visitor meets it when a read fails: a production server of
 * this build that the spec starts itself, on a database of its own whose governance table is taken
 * away (as a failed migration or a broken restore would), so that the transparency page's read
 * fails for real while the rest of the site still works. The suite's shared server and database
 * are not touched.
 */
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { copyProject, dropDatabase, recreateDatabase, removeProjectCopy, runOnDatabase, startServer, type OwnServer } from "./support/own-server";
import { expectNoAxeViolations } from "./support/axe";

const BASE_URL = process.env.DATABASE_URL!;
const DB_NAME = `${decodeURIComponent(new URL(BASE_URL).pathname.slice(1))}_error_page`.slice(0, 60);

test.describe.configure({ mode: "serial" });

let dir: string;
let server: OwnServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const url = await recreateDatabase(BASE_URL, DB_NAME);
  runOnDatabase("prisma", ["migrate", "deploy"], url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`ALTER TABLE "GovernanceBody" RENAME TO "GovernanceBodyGone"`);
  } finally {
    await db.end();
  }
  dir = copyProject();
  server = await startServer(dir, url);
});

test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(`[error-page] server output:\n${server?.log().slice(-4000)}`);
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) removeProjectCopy(dir);
  await dropDatabase(BASE_URL, DB_NAME).catch(() => undefined);
});

async function expectErrorPage(page: Page) {
  await page.goto(`${server!.url}/association`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un problème est survenu");
  await expect(page.getByText("La page n'a pas pu s'afficher. Réessayez dans un instant.")).toBeVisible();
  // A calm message, never the failure itself.
  await expect(page.locator("body")).not.toContainText(/GovernanceBody|does not exist|Prisma|at \w+ \(/);
  await expectNoAxeViolations(page);
}

test("a page whose read fails shows the calm error page, accessible at desk size, and leads home", async ({ page }) => {
  await expectErrorPage(page);

  // « Réessayer » asks again: the read still fails, and the same page answers.
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un problème est survenu");

  await page.getByRole("link", { name: "Retour à l'accueil" }).click();
  await expect(page).toHaveURL(`${server!.url}/`);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Un problème est survenu");
});

test("the error page on a phone: accessible, its actions reachable by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await expectErrorPage(page);

  const home = page.getByRole("link", { name: "Retour à l'accueil" });
  await home.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${server!.url}/`);
});

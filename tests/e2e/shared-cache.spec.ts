/**
 * Two server processes of this build sharing Next's cache in Redis (REDIS_URL; README, "Several
 * processes"): a change made through one refreshes the public list the other serves from its
 * cache. Both are servers the spec starts itself (own copy of `.next`), against the suite's
 * database, under a Redis key prefix of their own (deleted at the end). Without the shared
 * handler, the second process keeps serving its own cached list, and this test fails.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createClient } from "@redis/client";
import { DEMO_PASSWORD, demoEmail, signIn } from "./support/helpers";
import { copyProject, removeProjectCopy, startServer, type OwnServer } from "./support/own-server";

const REDIS_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `quartier-e2e-${randomUUID().slice(0, 8)}`;

test.describe.configure({ mode: "serial" });

let dir: string;
let first: OwnServer | undefined;
let second: OwnServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = copyProject();
  const env = { REDIS_URL, REDIS_KEY_PREFIX: PREFIX };
  [first, second] = await Promise.all([startServer(dir, process.env.DATABASE_URL!, env), startServer(dir, process.env.DATABASE_URL!, env)]);
});

test.afterEach(({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  console.log(`[shared-cache] first server:\n${first?.log().slice(-3000)}\n[shared-cache] second server:\n${second?.log().slice(-3000)}`);
});

test.afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  if (dir) removeProjectCopy(dir);
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${PREFIX}:*`, COUNT: 1000 })) keys.push(...batch);
  if (keys.length) await redis.unlink(keys);
  await redis.quit();
});

/** The category filter of the public list, as the given server serves it to a visitor. */
async function publicCategories(visitor: Page, server: OwnServer): Promise<string[]> {
  await visitor.goto(`${server.url}/signalements`);
  return (await visitor.getByLabel("Catégorie").locator("option").allTextContents()).map((t) => t.trim());
}

async function staffOn(browser: Browser, server: OwnServer): Promise<Page> {
  // Without JavaScript: the catalog's plain forms, as tests/e2e/catalog.spec.ts uses them.
  const context = await browser.newContext({ baseURL: server.url, locale: "fr-FR", javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, demoEmail("staff"), DEMO_PASSWORD);
  return page;
}

test("a category created through one process is offered at once by the public list the other serves from its cache, and gone once deleted", async ({ browser }) => {
  test.slow();
  const name = `Boîtes aux lettres ${randomUUID().slice(0, 6)}`;
  const visitorContext = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
  const visitor = await visitorContext.newPage();
  const staff = await staffOn(browser, first!);

  await test.step("the second process serves the public list from the cache", async () => {
    expect(await publicCategories(visitor, second!)).not.toContain(name);
    const again = await fetch(`${second!.url}/signalements`);
    await again.arrayBuffer();
    expect(again.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
  });

  await test.step("staff create a category through the first process", async () => {
    await staff.goto("/gestion/categories/nouvelle");
    await staff.getByLabel("Nom de la catégorie").fill(name);
    await staff.getByLabel("Texte d'aide").fill("Boîte aux lettres forcée ou arrachée, porte du local courrier cassée.");
    await staff.getByRole("button", { name: "Créer la catégorie" }).click();
    await expect(staff).toHaveURL(/\/gestion\/categories\?fait=creee/);
  });

  await test.step("the second process's public list offers it", async () => {
    expect(await publicCategories(visitor, second!)).toContain(name);
  });

  await test.step("deleted through the first process, the second process's list no longer offers it", async () => {
    await staff.goto("/gestion/categories");
    await staff.getByRole("link", { name: `Modifier « ${name} »` }).click();
    await staff.getByLabel(`Oui, supprimer définitivement la catégorie « ${name} »`).check();
    await staff.getByRole("button", { name: "Supprimer la catégorie" }).click();
    await expect(staff.getByRole("main").getByRole("status")).toHaveText("La catégorie est supprimée.");
    expect(await publicCategories(visitor, second!)).not.toContain(name);
  });

  await visitorContext.close();
  await staff.context().close();
});

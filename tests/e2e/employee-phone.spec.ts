/**
 * The employee's phone, at a phone's size: an employee signs in, sees today's job, starts it and
 * finishes it with a photo; then, in a basement (no network), finishes another job with a photo,
 * sees both waiting on the phone, and when the network returns they are sent, once.
 */
import sharp from "sharp";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { createPhoneFixture, readJob, type PhoneFixture } from "./support/employee-phone";
import { DEMO_PASSWORD, signIn } from "./support/helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function photoFile() {
  const buffer = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#6a4" } }).jpeg().toBuffer();
  return { name: "hall.jpg", mimeType: "image/jpeg", buffer };
}

async function addPhoto(page: Page) {
  await page.getByRole("radio", { name: "Après" }).check();
  await page.getByLabel("Photo", { exact: true }).setInputFiles(await photoFile());
  await page.getByRole("button", { name: "Ajouter la photo" }).click();
}

async function finish(page: Page, minutes: string) {
  await page.getByLabel("Note de fin (facultatif)").fill("Hall lavé, traces sur la porte signalées.");
  await page.getByLabel("Temps passé, en minutes").fill(minutes);
  await page.getByRole("button", { name: "Terminer l'intervention" }).click();
}

let fixture: PhoneFixture;

test.beforeEach(async () => {
  fixture = await createPhoneFixture(2);
});

test("an employee starts and finishes today's job with a photo, then finishes another one offline, sent once", async ({ page, context }) => {
  test.slow();
  const [first, second] = fixture.jobs;
  await signIn(page, fixture.email, DEMO_PASSWORD);

  await test.step("today's jobs are listed, with their place", async () => {
    await page.goto("/interventions");
    await expect(page.getByRole("heading", { level: 1, name: "Mes interventions" })).toBeVisible();
    const today = page.getByRole("region", { name: /Aujourd'hui/ });
    await expect(today.getByRole("link", { name: first.task })).toBeVisible();
    await expect(today.getByRole("link", { name: second.task })).toBeVisible();
  });

  await test.step("start, a photo, finish: online", async () => {
    await page.getByRole("link", { name: first.task }).click();
    await expect(page.getByRole("heading", { level: 1, name: first.task })).toBeVisible();
    await expect(page.getByText("Clé au local gardien.")).toBeVisible();
    await page.getByRole("button", { name: "Démarrer l'intervention" }).click();
    await expect(page.getByText("L'intervention est démarrée.")).toBeVisible();
    await expect(page.getByText("Statut : En cours")).toBeVisible();
    await addPhoto(page);
    await expect(page.getByRole("img", { name: "Photo après l'intervention, 1 sur 1" })).toBeVisible();
    await finish(page, "45");
    await expect(page.getByText("Statut : Terminée")).toBeVisible();
    await expect(page.getByText("Votre temps sur cette intervention : 45 minutes.")).toBeVisible();
    expect(await readJob(first.id)).toMatchObject({ status: "DONE", photos: 1, doneEvents: 1, minutes: 45 });
  });

  await test.step("in the basement: kept on the phone, shown as waiting", async () => {
    await page.goto("/interventions");
    await page.getByRole("link", { name: second.task }).click();
    await expect(page.getByRole("heading", { level: 1, name: second.task })).toBeVisible();
    await context.setOffline(true);
    await expect(page.getByText(/Pas de réseau/)).toBeVisible();
    await addPhoto(page);
    await finish(page, "30");
    const waiting = page.getByRole("region", { name: "Sur le téléphone" });
    await expect(waiting.getByText("Photo « après » : en attente d'envoi")).toBeVisible();
    await expect(waiting.getByText("Fin d'intervention (30 min) : en attente d'envoi")).toBeVisible();
    await expect(page.getByText("2 envois en attente d'envoi.")).toBeVisible();
    expect(await readJob(second.id)).toMatchObject({ status: "ASSIGNED", photos: 0, doneEvents: 0 });
  });

  await test.step("the network returns: sent once", async () => {
    await context.setOffline(false);
    await expect(page.getByText("Statut : Terminée")).toBeVisible();
    await expect(page.getByRole("region", { name: "Sur le téléphone" })).toHaveCount(0);
    await expect(page.getByRole("img", { name: "Photo après l'intervention, 1 sur 1" })).toBeVisible();
    // A reload sends nothing again: the outbox is empty, and the server would know the keys anyway.
    await page.reload();
    await expect(page.getByText("Statut : Terminée")).toBeVisible();
    expect(await readJob(second.id)).toMatchObject({ status: "DONE", photos: 1, doneEvents: 1, minutes: 30 });
  });
});

test("the day's list stays readable with no network once loaded", async ({ page, context }) => {
  await signIn(page, fixture.email, DEMO_PASSWORD);
  await page.goto("/interventions");
  // The service worker controls the page and has kept it (and its scripts) for this account.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
  await page.reload();
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).some((name) => name.startsWith("interventions-pages-")))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Mes interventions" })).toBeVisible();
  await expect(page.getByRole("link", { name: fixture.jobs[0].task })).toBeVisible();
  await context.setOffline(false);
});

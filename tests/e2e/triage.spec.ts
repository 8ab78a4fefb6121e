/**
 * Staff triage: filter the queue, open a report, acknowledge it, route it to Habitat Bellerive;
 * the partner's contact receives the mail.
 */
import { test, expect } from "./support/fixtures";
import { demoEmail, waitForMail } from "./support/helpers";

test("staff filters the queue, acknowledges a report and routes it to Habitat Bellerive", async ({ pageAs, request }) => {
  const page = await pageAs("staff");
  let number = "";

  await test.step("the queue, filtered on new reports, oldest first", async () => {
    await page.goto("/gestion/signalements");
    await expect(page.getByRole("heading", { level: 1, name: "Signalements" })).toBeVisible();
    await page.getByLabel("Statut").selectOption({ label: "Nouveau" });
    await page.getByLabel("Trier par").selectOption({ label: "Plus anciens d'abord" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/statut=NEW/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText("Nouveau");
    const link = rows.nth(1).getByRole("link");
    number = ((await link.textContent()) ?? "").replace(/\D/g, "");
    await link.click();
  });

  await test.step("acknowledge", async () => {
    await expect(page.getByRole("heading", { level: 1, name: `Signalement n° ${number}` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "État : Nouveau" })).toBeVisible();
    await page.getByRole("button", { name: "Prendre en compte" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Statut mis à jour." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "État : Pris en compte" })).toBeVisible();
  });

  await test.step("route to Habitat Bellerive", async () => {
    await page.getByLabel("Partenaire responsable").selectOption({ label: "Habitat Bellerive" });
    await page.getByRole("button", { name: "Transmettre au partenaire" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "transmis au partenaire" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "État : Transmis au partenaire" })).toBeVisible();
  });

  await test.step("the partner's contact is emailed", async () => {
    const mails = await waitForMail(request, demoEmail("partner"));
    expect(mails.some((m) => m.subject === `Signalement n° ${number} transmis par la Régie de quartier`)).toBe(true);
  });
});

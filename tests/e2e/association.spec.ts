/**
 * The association's own life (issue 12), one journey per describe, in the production build:
 * a newcomer joins and gets a receipt, staff hold a board meeting through to published minutes, a
 * volunteer's hours go from declared to validated.
 *
 * Each journey makes the records it changes (its own account, meetings, mission and hours) rather
 * than spending the demo seed's: the seed is loaded once per run, and these journeys must pass in
 * any order and with --repeat-each. The seed's board meeting convened for next week stays the first
 * "meeting to come" that tests/e2e/accessibility.spec.ts opens (see meetingDay).
 */
import { randomUUID } from "node:crypto";
import type { Page, TestInfo } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { newAccount, signUp } from "./support/helpers";

/** A day `offset` days from today, Paris time, as a date field takes it ("2026-12-14"). */
function parisDay(offset: number): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(new Date(Date.now() + offset * 24 * 60 * 60 * 1000));
}

/** The confirmation a page shows after a change (SuccessNotice). */
function notice(page: Page, text: string | RegExp) {
  return page.getByRole("main").getByRole("status").filter({ hasText: text });
}

test.describe("a resident joins and staff record the payment, the member downloads the receipt", () => {
  test("from sign-up to the receipt's PDF in Mon adhésion", async ({ page, pageAs }) => {
    const account = newAccount("adhesion", `Lucie Adhérente ${randomUUID().slice(0, 6)}`);
    const year = Number(parisDay(0).slice(0, 4));

    await test.step("the newcomer signs up and asks to join from Mon espace", async () => {
      await signUp(page, account);
      await page.getByRole("main").getByRole("link", { name: "Mon adhésion" }).click();
      await expect(page).toHaveURL(/\/espace\/adhesion$/);
      await expect(page.getByRole("heading", { level: 1, name: "Mon adhésion" })).toBeVisible();
      await expect(page.getByRole("radio", { name: /^Habitants/ })).toBeChecked();
      await page.getByRole("button", { name: `Adhérer pour ${year}` }).click();
      await expect(notice(page, "Votre demande d'adhésion est enregistrée.")).toBeVisible();
      await expect(page.getByText(/est à régler à l'accueil/)).toBeVisible();
      const row = page.getByRole("table", { name: "Mes adhésions par année" }).getByRole("row").filter({ hasText: String(year) });
      await expect(row).toContainText("En attente de paiement");
    });

    let receipt = "";
    await test.step("staff find the new member and record the payment", async () => {
      const staff = await pageAs("staff");
      await staff.goto(`/gestion/adherents?q=${encodeURIComponent(account.email)}`);
      await staff.getByRole("table", { name: "Registre des adhésions" }).getByRole("link", { name: account.name }).click();
      await expect(staff).toHaveURL(/\/gestion\/adherents\/[a-z0-9]+$/);
      await expect(staff.getByRole("heading", { level: 1, name: account.name })).toBeVisible();
      await expect(staff.getByText(`${account.name} (${account.email})`)).toBeVisible();
      await staff.getByRole("button", { name: "Enregistrer le paiement et établir le reçu" }).click();
      await expect(notice(staff, "Paiement enregistré : l'adhésion est active et son reçu est établi.")).toBeVisible();
      const link = staff.getByRole("link", { name: /^reçu n° .+ \(PDF\)$/ });
      receipt = (await link.textContent())?.match(/^reçu n° (.+) \(PDF\)$/)?.[1] ?? "";
      expect(receipt, "the receipt's number on the member's record").not.toBe("");
    });

    await test.step("the member sees the membership active and downloads the receipt", async () => {
      await page.goto("/espace");
      await page.getByRole("main").getByRole("link", { name: "Mon adhésion" }).click();
      await expect(page.getByText(`Vous êtes adhérent pour ${year}`)).toBeVisible();
      await expect(page.getByRole("table", { name: "Mes adhésions par année" }).getByRole("row").filter({ hasText: String(year) })).toContainText("À jour");
      const link = page.getByRole("link", { name: `Reçu n° ${receipt} (PDF)` });
      await expect(link).toBeVisible();

      const download = page.waitForEvent("download");
      await link.click();
      expect((await download).suggestedFilename()).toBe(`recu-adhesion-${receipt}.pdf`);

      const response = await page.request.get((await link.getAttribute("href")) ?? "");
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    });
  });
});

/**
 * The journey's two board meetings, on a day of their own: nine days out at least (after the seed's
 * board meeting convened for next week, the first "meeting to come" of the accessibility tests),
 * before the seed's shortest mandates end (35 days), and one day further for each repetition or
 * retry, so that no other run of this test holds a meeting between them.
 */
function meetingDay(testInfo: TestInfo): string {
  return parisDay(9 + ((testInfo.repeatEachIndex * 2 + testInfo.retry) % 20));
}

/** Creates a board meeting (staff), convenes it and marks it held; returns its address and its h1. */
async function holdBoardMeeting(page: Page, startsAt: string, agenda: string) {
  await page.goto("/gouvernance/reunions/nouvelle");
  await page.getByLabel("Instance", { exact: true }).selectOption({ label: "Conseil d'administration" });
  await page.getByLabel("Début (heure de Paris)").fill(startsAt);
  await page.getByLabel("Lieu", { exact: true }).fill("Salle polyvalente de la Régie, 12 rue des Lilas");
  await page.getByLabel("Ordre du jour", { exact: true }).fill(agenda);
  await page.getByRole("button", { name: "Créer la réunion" }).click();
  await expect(notice(page, "Réunion créée.")).toBeVisible();
  const url = new URL(page.url()).pathname;
  expect(url).toMatch(/^\/gouvernance\/reunions\/[a-z0-9]+$/);

  await page.getByRole("button", { name: "Convoquer les membres" }).click();
  await expect(notice(page, "Convocation envoyée aux membres de l'instance")).toBeVisible();
  await page.getByRole("button", { name: "Marquer la réunion comme tenue" }).click();
  await expect(notice(page, "La réunion est tenue")).toBeVisible();
  await expect(page.getByRole("button", { name: "Marquer la réunion comme tenue" })).toHaveCount(0);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  expect(title).toMatch(/^Conseil d'administration, \d{1,2} \S+ \d{4}$/);
  return { url, title };
}

test.describe("staff hold a board meeting with attendance and proxies, quorum is reached, a decision is voted, minutes approved appear on the public page", () => {
  test("from the meeting held to its predecessor's minutes published on /association", async ({ page, pageAs }, testInfo) => {
    test.slow(); // two meetings walked through every step: about twice a journey's time
    const staff = await pageAs("staff");
    const day = meetingDay(testInfo);
    const tag = randomUUID().slice(0, 8);
    const minutes = `Compte rendu ${tag} : le conseil a fait le point sur les chantiers d'insertion.`;

    // The previous board meeting: held, its minutes written, a draft to approve at the next one.
    const previous = await test.step("the previous meeting is held and its minutes drafted", async () => {
      const held = await holdBoardMeeting(staff, `${day}T14:00`, "Point sur l'activité\nQuestions diverses");
      await staff.getByRole("textbox", { name: "Compte rendu", exact: true }).fill(minutes);
      await staff.getByRole("button", { name: "Enregistrer le compte rendu" }).click();
      await expect(notice(staff, "Compte rendu enregistré (en projet).")).toBeVisible();
      return held;
    });

    const meeting = await test.step("the board meeting is convened, then marked held", () =>
      holdBoardMeeting(staff, `${day}T18:30`, "Approbation du compte rendu de la réunion précédente\nBudget prévisionnel\nQuestions diverses"),
    );

    let voices = 0;
    await test.step("attendance with a proxy: the quorum is reached", async () => {
      const statuses = staff.getByRole("combobox", { name: /^Présence de / });
      const ids = (await statuses.evaluateAll((selects) => selects.map((s) => s.id.replace(/^status-/, "")))).filter(Boolean);
      expect(ids.length, "the board's members on the meeting's day").toBeGreaterThan(2);
      // Half the board and one more present, the next one represented by the first: the quorum
      // (half the members) is reached whether or not the statutes count proxies; the rest absent.
      const present = Math.ceil(ids.length / 2) + 1;
      for (const id of ids.slice(0, present)) await staff.locator(`#status-${id}`).selectOption("PRESENT");
      await staff.locator(`#proxy-${ids[present]}`).selectOption(ids[0]);
      await expect(staff.locator(`#status-${ids[present]}`)).toHaveValue("REPRESENTED");
      await expect(staff.getByText(/^Quorum atteint : \d+ sur \d+ requis \(non enregistré\)$/)).toBeVisible();
      await staff.getByRole("button", { name: "Enregistrer les présences" }).click();
      await expect(notice(staff, "Présences enregistrées.")).toBeVisible();

      const decisions = staff.getByRole("region", { name: "Décisions" });
      const line = decisions.getByText(/^Quorum atteint : \d+ sur \d+ requis — voix présentes et représentées : \d+\.$/);
      await expect(line).toBeVisible();
      voices = Number((await line.textContent())?.match(/voix présentes et représentées : (\d+)/)?.[1]);
      expect(voices).toBe(present + 1);
    });

    await test.step("a decision is voted", async () => {
      const title = `Budget prévisionnel ${tag}`;
      const against = 1;
      const abstain = 1;
      await staff.getByLabel("Intitulé", { exact: true }).fill(title);
      await staff.getByLabel("Texte de la décision", { exact: true }).fill("Le budget prévisionnel est adopté tel que présenté par le trésorier.");
      await staff.getByLabel("Pour", { exact: true }).fill(String(voices - against - abstain));
      await staff.getByLabel("Contre", { exact: true }).fill(String(against));
      await staff.getByLabel("Abstentions", { exact: true }).fill(String(abstain));
      await staff.getByRole("button", { name: "Enregistrer la décision" }).click();
      await expect(notice(staff, "Décision enregistrée.")).toBeVisible();
      const decision = staff.getByRole("region", { name: "Décisions" }).getByRole("listitem").filter({ hasText: title });
      await expect(decision).toContainText(`N° 1 : ${title} Adoptée`);
      await expect(decision).toContainText(`Pour : ${voices - against - abstain} — Contre : ${against} — Abstentions : ${abstain}`);
    });

    await test.step("the previous meeting's minutes are approved", async () => {
      const previousDay = previous.title.replace(/^Conseil d'administration, /, "");
      await staff.getByRole("button", { name: `Approuver le compte rendu de la réunion du ${previousDay}` }).click();
      await expect(notice(staff, "Compte rendu de la réunion précédente approuvé.")).toBeVisible();
    });

    await test.step("staff open the previous meeting and publish its minutes", async () => {
      await staff.goto(previous.url);
      const meetingDayText = meeting.title.replace(/^Conseil d'administration, /, "");
      await expect(staff.getByText(`Compte rendu approuvé, approuvé lors de la réunion du ${meetingDayText}.`)).toBeVisible();
      await staff.getByRole("checkbox", { name: /^Je confirme : le compte rendu et ses décisions seront visibles de tous/ }).check();
      await staff.getByRole("button", { name: "Publier le compte rendu" }).click();
      await expect(notice(staff, "Compte rendu publié sur la page publique de l'association.")).toBeVisible();
    });

    await test.step("anyone reads them on /association", async () => {
      const published = page.getByRole("region", { name: "Comptes rendus publiés" }).getByRole("link", { name: previous.title, exact: true });
      // The page is cached and its tag expired by the publication: a reload may still be served
      // the page being regenerated.
      await expect(async () => {
        await page.goto("/association");
        await expect(published).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await published.click();
      await expect(page).toHaveURL(/\/association\/comptes-rendus\/[a-z0-9]+$/);
      await expect(page.getByText(minutes)).toBeVisible();
    });
  });
});

test.describe("a volunteer signs up for a mission and their hours are validated", () => {
  test("Jean-Pierre signs up, declares hours, staff validate them, he sees them validated", async ({ pageAs }) => {
    const tag = randomUUID().slice(0, 8);
    const title = `Désherbage des carrés ${tag}`;
    const note = `Arrosage du jardin partagé ${tag}.`;
    const staff = await pageAs("staff");
    const volunteer = await pageAs("volunteer");

    await test.step("staff publish a mission", async () => {
      await staff.goto("/gestion/benevolat/missions/nouvelle");
      await staff.getByLabel("Titre", { exact: true }).fill(title);
      await staff.getByLabel("Activité", { exact: true }).selectOption({ label: "Jardinage partagé" });
      await staff.getByLabel("Jour", { exact: true }).fill(parisDay(1));
      await staff.getByLabel("Début", { exact: true }).fill("09:30");
      await staff.getByLabel("Fin", { exact: true }).fill("12:00");
      await staff.getByLabel("Lieu", { exact: true }).fill("Jardin partagé des Lilas");
      await staff.getByLabel("Nombre de places", { exact: true }).fill("4");
      await staff.getByRole("button", { name: "Publier la mission" }).click();
      await expect(staff).toHaveURL(/\/gestion\/benevolat\/missions\/[a-z0-9]+\?fait=creee$/);
    });

    await test.step("Jean-Pierre signs up from Mon espace", async () => {
      await volunteer.goto("/espace");
      await volunteer.getByRole("main").getByRole("link", { name: "Mon bénévolat" }).click();
      await expect(volunteer).toHaveURL(/\/espace\/benevolat$/);
      const missions = volunteer.getByRole("region", { name: "Missions à venir" });
      await missions.getByRole("button", { name: `M'inscrire : ${title}` }).click();
      await expect(notice(volunteer, "Vous êtes inscrit·e à la mission. Merci !")).toBeVisible();
      await expect(volunteer.getByRole("region", { name: "Mes inscriptions" }).getByRole("listitem").filter({ hasText: title })).toContainText("Inscrit·e");
      await expect(missions.getByRole("row").filter({ hasText: title })).toContainText("Inscrit·e");
    });

    await test.step("he declares two hours and a half", async () => {
      const form = volunteer.getByRole("region", { name: "Déclarer des heures" });
      await expect(form.getByLabel("Jour", { exact: true })).toHaveValue(parisDay(0));
      await form.getByLabel("Heures", { exact: true }).fill("2");
      await form.getByLabel("Minutes", { exact: true }).fill("30");
      await form.getByLabel("Activité", { exact: true }).selectOption({ label: "Jardinage partagé" });
      await form.getByLabel("Note (facultative)").fill(note);
      await form.getByRole("button", { name: "Déclarer ces heures" }).click();
      await expect(notice(volunteer, "Vos heures sont enregistrées : l'équipe de la Régie les validera.")).toBeVisible();
      await expect(volunteer.getByRole("region", { name: "Mes heures" }).getByRole("listitem").filter({ hasText: note })).toContainText("À valider");
    });

    await test.step("staff validate them", async () => {
      await staff.goto("/gestion/benevolat/heures");
      const filters = staff.getByRole("search", { name: "Filtrer les heures" });
      await filters.getByLabel("Bénévole", { exact: true }).selectOption({ label: "Jean-Pierre Morel" });
      await filters.getByLabel("État", { exact: true }).selectOption({ label: "Tous" });
      await filters.getByRole("button", { name: "Filtrer" }).click();
      await expect(staff).toHaveURL(/[?&]statut=tous/);
      const row = staff.getByRole("table", { name: "Heures des bénévoles" }).getByRole("row").filter({ hasText: note });
      await expect(row).toContainText("2 h 30");
      await row.getByRole("button", { name: /^Valider les heures de Jean-Pierre Morel du / }).click();
      await expect(row).toContainText("Validées");
      await expect(row.getByRole("button", { name: /^Valider/ })).toHaveCount(0);
    });

    await test.step("Jean-Pierre sees them validated", async () => {
      await volunteer.reload();
      const entry = volunteer.getByRole("region", { name: "Mes heures" }).getByRole("listitem").filter({ hasText: note });
      await expect(entry).toContainText("Validées");
      await expect(entry.getByText("Corriger ou supprimer")).toHaveCount(0);
    });
  });
});

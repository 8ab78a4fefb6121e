/** Shared steps of the journeys: signing up, in and out, reading the mail sink, demo accounts. */
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type * as Seed from "../../../prisma/seed";
import { MAIL_SINK_URL } from "./env";

// The demo accounts of prisma/seed.ts. Its values cannot be imported at run time (the generated
// Prisma client it loads is an ES module, see reset-database.ts), so they are restated here and
// tied to the seed by their types: tsc fails if the seed's password, domain or keys change.
export type DemoKey = (typeof Seed.DEMO_ACCOUNTS)[number]["key"];
export const DEMO_PASSWORD: typeof Seed.DEMO_PASSWORD = "quartier-demo-2026";
const DEMO_DOMAIN: typeof Seed.DEMO_DOMAIN = "demo.quartier.test";
export const demoEmail = (key: DemoKey) => `${key}@${DEMO_DOMAIN}`;

export const INVALID_CREDENTIALS = "Adresse e-mail ou mot de passe incorrect.";

/** An address no other test (nor an earlier run) uses. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}@exemple.test`;
}

export type NewAccount = { name: string; email: string; password: string };

export function newAccount(label: string, name = "Lucie Test"): NewAccount {
  return { name, email: uniqueEmail(label), password: `phrase secrète ${randomUUID().slice(0, 8)}` };
}

/** The main navigation of the header. */
export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Navigation principale" });
}

/**
 * The form-level message of a refused submission. Scoped to <main>: Next's route announcer is an
 * empty role="alert" outside it.
 */
export function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

/**
 * Fills and sends the sign-up form, which says to check the mailbox; confirms the address with the
 * link from the mail sink, then signs in: lands in Mon espace.
 */
export async function signUp(page: Page, account: NewAccount) {
  await submitSignUp(page, account);
  await confirmAddress(page, account.email);
  await signIn(page, account.email, account.password);
}

/** Fills and sends the sign-up form; lands on "Vérifiez votre messagerie" whatever the address. */
export async function submitSignUp(page: Page, account: NewAccount) {
  await page.goto("/inscription");
  await page.getByLabel("Nom et prénom").fill(account.name);
  await page.getByLabel("Adresse e-mail").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("checkbox", { name: /politique de confidentialité/ }).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/inscription\/verifiez$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vérifiez votre messagerie" })).toBeVisible();
}

/** Opens the latest confirmation link mailed to `email` and confirms; returns where it landed. */
export async function confirmAddress(page: Page, email: string, subject = "Confirmez votre adresse e-mail") {
  let link = "";
  await expect
    .poll(async () => {
      const mails = (await waitForMail(page.request, email)).filter((m) => m.subject === subject);
      link = mails.length ? firstLink(mails.at(-1)!.text) : "";
      return link;
    }, { message: `mail sink: "${subject}" for ${email}`, timeout: 15_000 })
    .not.toBe("");
  // The link's path on the server under test: a server started with APP_URL=https://localhost…
  // (tests/e2e/sessions-secure.spec.ts) writes https links while it serves plain http.
  const { pathname, search } = new URL(link);
  await page.goto(pathname + search);
  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(page).toHaveURL(/\/inscription\/verifier\?confirmee=1$|\/espace\?adresse-confirmee=1$/);
}

/** Fills and sends the sign-in form (from wherever `path` leads, /connexion by default). */
export async function submitSignIn(page: Page, email: string, password: string, path = "/connexion") {
  await page.goto(path);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Signs in and waits for Mon espace (or `landing`). */
export async function signIn(page: Page, email: string, password: string, landing: RegExp = /\/espace$/) {
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(landing);
}

export async function signInAs(page: Page, key: DemoKey) {
  await signIn(page, demoEmail(key), DEMO_PASSWORD);
}

export async function signOut(page: Page) {
  await mainNav(page).getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/$/);
}

export type SunkMail = { id: number; from: string; to: string[]; subject: string; text: string; receivedAt: string };

/** Waits until the mail sink has received `count` messages for `to`, and returns them. */
export async function waitForMail(request: APIRequestContext, to: string, count = 1): Promise<SunkMail[]> {
  let messages: SunkMail[] = [];
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL_SINK_URL}/messages`, { params: { to } });
        messages = (await response.json()) as SunkMail[];
        return messages.length;
      },
      { message: `mail sink: messages for ${to}`, timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return messages;
}

/** The first http(s) link of a message's text. */
export function firstLink(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in the message:\n${text}`);
  return match[0];
}

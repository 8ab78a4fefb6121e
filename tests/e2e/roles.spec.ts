/**
 * Roles open spaces: each demo account sees exactly its spaces, an administrator's grant and
 * revocation take effect on the person's next page, and a partner sees only its own sites.
 */
import { test, expect } from "./support/fixtures";
import {
  DEMO_PASSWORD,
  demoEmail,
  formAlert,
  INVALID_CREDENTIALS,
  mainNav,
  newAccount,
  signIn,
  signUp,
  submitSignIn,
  type DemoKey,
} from "./support/helpers";

type Space = "Mon espace" | "Gestion" | "Gouvernance" | "Mes interventions" | "Espace partenaire" | "Administration";
const SPACE_PATHS: Record<Space, string> = {
  "Mon espace": "/espace",
  Gestion: "/gestion",
  Gouvernance: "/gouvernance",
  "Mes interventions": "/interventions",
  "Espace partenaire": "/partenaire",
  Administration: "/admin",
};

/** What each demo account of prisma/seed.ts holds and may open (nav order). */
const EXPECTED: Record<DemoKey, { roles: string[]; spaces: Space[] }> = {
  resident: { roles: ["Habitant"], spaces: ["Mon espace"] },
  volunteer: { roles: ["Habitant", "Bénévole"], spaces: ["Mon espace"] },
  employee: { roles: ["Habitant", "Salarié"], spaces: ["Mon espace", "Mes interventions"] },
  staff: { roles: ["Équipe de la Régie"], spaces: ["Mon espace", "Gestion", "Gouvernance"] },
  partner: { roles: ["Partenaire — Habitat Bellerive"], spaces: ["Mon espace", "Espace partenaire"] },
  board: { roles: ["Habitant", "Adhérent", "Administrateur de l'association"], spaces: ["Mon espace", "Gouvernance"] },
  admin: { roles: ["Administrateur du portail"], spaces: ["Mon espace", "Gestion", "Gouvernance", "Administration"] },
  multi: { roles: ["Habitant", "Salarié", "Administrateur de l'association"], spaces: ["Mon espace", "Gouvernance", "Mes interventions"] },
};

test.describe("each demo account sees exactly its spaces", () => {
  for (const [key, expected] of Object.entries(EXPECTED) as [DemoKey, (typeof EXPECTED)[DemoKey]][]) {
    test(`${key}: ${expected.spaces.join(", ")}`, async ({ page }) => {
      await signIn(page, demoEmail(key), DEMO_PASSWORD);
      const nav = mainNav(page);
      await expect(nav.getByRole("link")).toHaveText(expected.spaces);
      await expect(nav.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
      // Roles come in no particular order.
      const roles = await page.getByRole("region", { name: "Mes rôles" }).getByRole("listitem").allInnerTexts();
      expect(roles.map((r) => r.trim()).sort()).toEqual([...expected.roles].sort());

      // The nav is no decoration: the spaces it shows open, the others are refused.
      for (const [space, path] of Object.entries(SPACE_PATHS) as [Space, string][]) {
        await page.goto(path);
        const denied = page.getByRole("heading", { level: 1, name: "Accès refusé" });
        if (expected.spaces.includes(space)) {
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expect(denied, `${key} may open ${path}`).toHaveCount(0);
        } else {
          await expect(denied, `${key} may not open ${path}`).toBeVisible();
        }
      }
    });
  }
});

test("an administrator grants then revokes the staff role: it applies on the person's next page", async ({ browser, pageAs }) => {
  const account = newAccount("promu", `Noémie Promue ${Date.now().toString(36)}`);
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  const admin = await pageAs("admin");

  await test.step("a resident signs up: no Gestion for them", async () => {
    await signUp(resident, account);
    await expect(mainNav(resident).getByRole("link")).toHaveText(["Mon espace"]);
    await resident.goto("/gestion");
    await expect(resident.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  });

  await test.step("the administrator finds them by search and grants « Équipe de la Régie »", async () => {
    await admin.goto("/admin");
    await admin.getByRole("region", { name: "Rubriques" }).getByRole("link", { name: "Personnes" }).click();
    await expect(admin).toHaveURL(/\/admin\/personnes$/);
    const search = admin.getByRole("search", { name: "Rechercher une personne" });
    await search.getByLabel("Nom ou adresse e-mail").fill(account.email);
    await search.getByRole("button", { name: "Rechercher" }).click();
    await expect(admin).toHaveURL(/\/admin\/personnes\?q=/);
    await expect(admin.getByText(/^1 personne /)).toBeVisible();
    await admin.getByRole("link", { name: account.name }).click();
    await expect(admin).toHaveURL(/\/admin\/personnes\/[^/?]+$/);
    await expect(admin.getByRole("heading", { level: 1, name: account.name })).toBeVisible();

    const grantForm = admin.getByRole("region", { name: "Attribuer un rôle" });
    await grantForm.getByLabel("Rôle", { exact: true }).selectOption({ label: "Équipe de la Régie" });
    await grantForm.getByRole("button", { name: "Attribuer le rôle" }).click();
    await expect(grantForm.getByRole("status")).toHaveText("Rôle attribué.");
    await expect(admin.getByRole("region", { name: "Rôles actifs" }).getByText("Équipe de la Régie", { exact: true })).toBeVisible();
  });

  await test.step("the audit log records who granted what to whom", async () => {
    const personPath = new URL(admin.url()).pathname;
    const userId = decodeURIComponent(personPath.split("/").pop() ?? "");
    await admin.goto("/admin/journal");
    const grantRow = admin
      .getByRole("row")
      .filter({ hasText: "Attribution d'un rôle" })
      .filter({ has: admin.getByRole("link", { name: userId, exact: true }) });
    await expect(grantRow).toHaveCount(1);
    await expect(grantRow).toContainText("Sophie Martin");
    await expect(grantRow).toContainText("STAFF");
    await admin.goto(personPath);
  });

  await test.step("on their next page, the resident has Gestion and sees the territory", async () => {
    await resident.goto("/espace");
    await expect(mainNav(resident).getByRole("link")).toHaveText(["Mon espace", "Gestion", "Gouvernance"]);
    await mainNav(resident).getByRole("link", { name: "Gestion" }).click();
    await expect(resident).toHaveURL(/\/gestion$/);
    await expect(resident.getByRole("heading", { level: 1, name: "Gestion" })).toBeVisible();
    await expect(resident.getByRole("main").getByText("Résidence Les Tilleuls", { exact: true })).toBeVisible();
  });

  await test.step("the administrator revokes the role", async () => {
    const activeRoles = admin.getByRole("region", { name: "Rôles actifs" });
    await activeRoles.locator("summary", { hasText: "Retirer le rôle Équipe de la Régie" }).click();
    await activeRoles.getByRole("button", { name: "Confirmer le retrait du rôle Équipe de la Régie" }).click();
    await expect(activeRoles.getByRole("status")).toHaveText("Rôle retiré.");
    await expect(activeRoles.getByText("Équipe de la Régie", { exact: true })).toHaveCount(0);
    await expect(admin.getByRole("region", { name: "Rôles passés" }).getByText("Équipe de la Régie", { exact: true })).toBeVisible();
  });

  await test.step("the resident is refused Gestion on their next page, without signing in again", async () => {
    await resident.goto("/gestion");
    await expect(resident.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
    await expect(resident.getByText("Résidence Les Tilleuls")).toHaveCount(0);
    await expect(mainNav(resident).getByRole("link")).toHaveText(["Mon espace"]);
  });

  await residentContext.close();
});

test("a partner sees its own sites and no other partner's", async ({ pageAs }) => {
  const page = await pageAs("partner");
  await page.goto("/partenaire");
  await expect(page.getByRole("heading", { level: 1, name: "Espace partenaire" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Habitat Bellerive" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText("Résidence Les Tilleuls", { exact: true })).toBeVisible();
  await expect(main.getByText("Résidence du Val Fleuri", { exact: true })).toBeVisible();
  // Logis du Val's and the city's sites are not Habitat Bellerive's.
  for (const other of ["Le Clos des Vignes", "Résidence Pasteur", "Place du Marché", "Logis du Val"]) {
    await expect(page.getByText(other)).toHaveCount(0);
  }
});

test("an administrator disables an account: its session ends and it cannot sign in until re-enabled", async ({ browser, pageAs }) => {
  const account = newAccount("desactive", `Paul Désactivé ${Date.now().toString(36)}`);
  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  await signUp(person, account);

  const admin = await pageAs("admin");
  await admin.goto(`/admin/personnes?q=${encodeURIComponent(account.email)}`);
  await admin.getByRole("link", { name: account.name }).click();
  const accountAccess = admin.getByRole("region", { name: "Accès au compte" });
  await accountAccess.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(accountAccess.getByRole("status")).toHaveText("Statut du compte mis à jour.");
  await expect(accountAccess.getByRole("button", { name: "Réactiver le compte" })).toBeVisible();

  await person.goto("/espace");
  await expect(person).toHaveURL(/\/connexion\?callbackUrl=%2Fespace$/);
  await submitSignIn(person, account.email, account.password);
  // The same answer as a wrong password: nothing tells that the account exists but is disabled.
  await expect(formAlert(person)).toHaveText(INVALID_CREDENTIALS);

  await accountAccess.getByRole("button", { name: "Réactiver le compte" }).click();
  await expect(accountAccess.getByRole("button", { name: "Désactiver le compte" })).toBeVisible();
  await signIn(person, account.email, account.password);
  await expect(person.getByText(`Bonjour ${account.name}.`)).toBeVisible();
  await personContext.close();
});

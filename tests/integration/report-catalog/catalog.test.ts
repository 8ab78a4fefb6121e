/**
 * The report catalog staff manage: categories (/gestion/categories) and response templates
 * (/gestion/modeles-de-reponse). Each action through its server action, against the database:
 * what it writes (row, version, order, audit row), what it expires (cache tags), and
 * the inputs and callers it refuses without changing anything.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ServerAction } from "@/lib/actions/define-action";
import type { ReportStatus, Role } from "@/lib/generated/prisma/enums";
import {
  createReportCategoryAction,
  deleteReportCategoryAction,
  moveReportCategoryAction,
  setReportCategoryActiveAction,
  updateReportCategoryAction,
} from "@/app/gestion/categories/actions";
import {
  createResponseTemplateAction,
  deleteResponseTemplateAction,
  moveResponseTemplateAction,
  setResponseTemplateActiveAction,
  updateResponseTemplateAction,
} from "@/app/gestion/modeles-de-reponse/actions";
import { addReportCommentAction } from "@/app/gestion/signalements/actions";
import { createReportCategory } from "@/lib/report-catalog/commands/categories";
import {
  ALREADY_FIRST,
  ALREADY_LAST,
  CATEGORY_CONFLICT,
  LAST_ACTIVE_CATEGORY,
  ORDER_CONFLICT,
  TEMPLATE_CONFLICT,
  categoryInUse,
  categorySlug,
  duplicateCategoryName,
  duplicateTemplateTitle,
} from "@/lib/report-catalog/model";
import { getCategoryForStaff, listCategoriesForStaff, listTemplatesForStaff } from "@/lib/report-catalog/queries";
import { listReportCategories } from "@/lib/report-catalog/active";
import { listResponseTemplates } from "@/lib/report-catalog/active";
import { UNKNOWN_TEMPLATE } from "@/lib/reports/commands/staff";
import { revalidatePath, revalidateTag } from "../../helpers/next-cache";
import { callAction, expectRedirect, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createReportRow, redirectPathOf } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  await signInAs(staff);
});

const CATEGORIES_TAG = "report-categories";
const PUBLIC_TAG = "public-reports";

/** A category as the seed writes them: name, slug, guidance, position. */
async function category(name: string, options: { sortOrder?: number; active?: boolean; isDanger?: boolean } = {}) {
  return db.reportCategory.create({
    data: { name, slug: categorySlug(name), guidance: `Aide pour ${name}.`, sortOrder: options.sortOrder ?? 0, active: options.active ?? true, isDanger: options.isDanger ?? false },
    select: { id: true, name: true, version: true },
  });
}

async function template(status: ReportStatus, title: string, options: { sortOrder?: number; active?: boolean } = {}) {
  return db.responseTemplate.create({
    data: { status, title, body: `Bonjour, ${title.toLowerCase()}.`, sortOrder: options.sortOrder ?? 0, active: options.active ?? true },
    select: { id: true, title: true, version: true },
  });
}

const names = async () => (await listCategoriesForStaff()).map((c) => c.name);
const offeredNames = async () => (await listReportCategories()).map((c) => c.name);

/** The call was refused with this form message and the database is exactly as before. */
async function expectRefusedUnchanged<T>(action: ServerAction<T>, fields: Fields, formError?: string) {
  const before = await databaseSnapshot();
  const refused = await expectRefused(callAction(action, fields));
  if (formError) expect(refused.formError).toBe(formError);
  expect(await databaseSnapshot()).toEqual(before);
  return refused;
}

// ─── Categories ────────────────────────────────────────────────────────────────────────────────

describe("createReportCategory", () => {
  it("creates an active category at the end, offered to residents at once, with its audit row", async () => {
    await category("Propreté", { sortOrder: 0 });
    await category("Éclairage", { sortOrder: 10 });

    const fields = { name: "  Boîtes   aux lettres ", guidance: "Boîte cassée, serrure forcée.", isDanger: "on", active: "on" };
    const redirected = await redirectPathOf(callAction(createReportCategoryAction, fields));
    const row = await db.reportCategory.findUniqueOrThrow({ where: { name: "Boîtes aux lettres" } });
    expect(redirected).toBe(`/gestion/categories?fait=creee&id=${row.id}`);
    expect(row).toMatchObject({ slug: "boites-aux-lettres", guidance: "Boîte cassée, serrure forcée.", isDanger: true, active: true, sortOrder: 20, version: 0 });
    expect(await offeredNames()).toEqual(["Propreté", "Éclairage", "Boîtes aux lettres"]);
    const [audit] = await auditRows({ action: "report-category.create", entityId: row.id });
    expect(audit).toMatchObject({ actorId: staff.id, entityType: "ReportCategory", after: { name: "Boîtes aux lettres", isDanger: true, active: true } });
    expect(revalidateTag).toHaveBeenCalledWith(CATEGORIES_TAG, { expire: 0 });
    expect(revalidateTag).not.toHaveBeenCalledWith(PUBLIC_TAG, expect.anything());
    // The staff list is read afresh on every request (never cached) and the action redirects to
    // it, so it is rendered with the new category: no path to revalidate any more.
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await names()).toEqual(["Propreté", "Éclairage", "Boîtes aux lettres"]);
  });

  it("redirects to the list with a confirmation; unchecked boxes mean not danger and not offered", async () => {
    expect(await redirectPathOf(callAction(createReportCategoryAction, { name: "Nuisibles", guidance: "Rats, cafards." }))).toMatch(/^\/gestion\/categories\?fait=creee&id=[a-z0-9]+$/);
    const row = await db.reportCategory.findUniqueOrThrow({ where: { name: "Nuisibles" } });
    expect(row).toMatchObject({ isDanger: false, active: false, sortOrder: 0 });
    expect(await offeredNames()).toEqual([]);
  });

  it("is open to the portal administrator too", async () => {
    await signInAs(await createUser({ roles: ["ADMIN"] }));
    await redirectPathOf(callAction(createReportCategoryAction, { name: "Chauffage", guidance: "Radiateurs froids.", active: "on" }));
    expect(await names()).toEqual(["Chauffage"]);
  });

  it.each([
    ["an empty name", { name: "   ", guidance: "Aide." }, "name", "Indiquez le nom de la catégorie (2 caractères au moins)."],
    ["no name at all", { guidance: "Aide." }, "name", "Indiquez le nom de la catégorie."],
    ["a name without a letter or digit", { name: "« — »", guidance: "Aide." }, "name", "Le nom doit contenir au moins une lettre ou un chiffre."],
    ["a name of 61 characters", { name: "N".repeat(61), guidance: "Aide." }, "name", "Le nom fait au plus 60 caractères."],
    ["an empty guidance", { name: "Tags", guidance: " " }, "guidance", "Écrivez le texte d'aide : il aide les habitants à choisir la catégorie."],
    ["a guidance of 301 characters", { name: "Tags", guidance: "a".repeat(301) }, "guidance", "Le texte d'aide fait au plus 300 caractères."],
    ["a danger flag that is not a checkbox", { name: "Tags", guidance: "Aide.", isDanger: "true" }, "isDanger", "Case à cocher invalide."],
  ])("refuses %s, in French, next to the field, changing nothing", async (_, fields, field, message) => {
    const refused = await expectRefusedUnchanged(createReportCategoryAction, fields, "Certains champs sont à corriger.");
    expect(refused.fieldErrors?.[field]).toEqual([message]);
  });

  it("compares names, not stored slugs: rows written elsewhere (bench data) still count", async () => {
    await db.reportCategory.create({ data: { name: "Propreté", slug: "bench-1", guidance: "Aide." } });
    await expectRefusedUnchanged(createReportCategoryAction, { name: "proprete", guidance: "Aide.", active: "on" }, duplicateCategoryName("Propreté"));
  });

  it("refuses a field it does not know (a sort order, an id)", async () => {
    await expectRefusedUnchanged(createReportCategoryAction, { name: "Tags", guidance: "Aide.", sortOrder: "-1" }, "Le formulaire contient des champs inattendus. Rechargez la page et réessayez.");
  });

  it.each([
    ["the same name", "Propreté"],
    ["the same name in other case and without accents", "  PROPRETE "],
    ["the same words with other punctuation", "propreté !"],
  ])("refuses %s as a duplicate, naming the existing category", async (_, name) => {
    await category("Propreté");
    const refused = await expectRefusedUnchanged(createReportCategoryAction, { name, guidance: "Aide.", active: "on" }, duplicateCategoryName("Propreté"));
    expect(refused.fieldErrors?.name).toEqual([duplicateCategoryName("Propreté")]);
    expect(refused.values?.name).toBe(name);
  });

  it("writes through the service directly as well (used by the action)", async () => {
    const actor = { id: staff.id, name: staff.name, email: staff.email, roles: ["STAFF" as const], partnerIds: [] };
    const result = await createReportCategory({ actor }, { name: "Tags", guidance: "Tags.", isDanger: false, active: true });
    expect(result).toMatchObject({ name: "Tags", changed: true, renamed: false });
    expect(await getCategoryForStaff(result.id)).toMatchObject({ name: "Tags", reportCount: 0, version: 0 });
  });
});

describe("updateReportCategory", () => {
  it("changes name, guidance, danger and active state; bumps the version; audits what changed", async () => {
    const tags = await category("Tags");
    await category("Propreté");

    await expectRedirect(
      callAction(updateReportCategoryAction, { categoryId: tags.id, version: "0", name: "Tags et graffitis", guidance: "Inscriptions sur les murs.", isDanger: "on", active: "on" }),
      `/gestion/categories?fait=modifiee&id=${tags.id}`,
    );

    const row = await db.reportCategory.findUniqueOrThrow({ where: { id: tags.id } });
    expect(row).toMatchObject({ name: "Tags et graffitis", slug: "tags-et-graffitis", guidance: "Inscriptions sur les murs.", isDanger: true, active: true, version: 1 });
    const [audit] = await auditRows({ action: "report-category.update", entityId: tags.id });
    expect(audit.before).toEqual({ name: "Tags", guidance: "Aide pour Tags.", isDanger: false });
    expect(audit.after).toEqual({ name: "Tags et graffitis", guidance: "Inscriptions sur les murs.", isDanger: true });
    // Public report pages show category names: a new name expires them too.
    expect(revalidateTag).toHaveBeenCalledWith(CATEGORIES_TAG, { expire: 0 });
    expect(revalidateTag).toHaveBeenCalledWith(PUBLIC_TAG, { expire: 0 });
  });

  it("expires the category lists but not the public pages when the name stays", async () => {
    const tags = await category("Tags");
    await expectRedirect(
      callAction(updateReportCategoryAction, { categoryId: tags.id, version: "0", name: "Tags", guidance: "Nouvelle aide.", active: "on" }),
      `/gestion/categories?fait=modifiee&id=${tags.id}`,
    );
    expect(revalidateTag).toHaveBeenCalledWith(CATEGORIES_TAG, { expire: 0 });
    expect(revalidateTag).not.toHaveBeenCalledWith(PUBLIC_TAG, expect.anything());
  });

  it("accepts a change of case of its own name", async () => {
    const tags = await category("tags");
    await expectRedirect(
      callAction(updateReportCategoryAction, { categoryId: tags.id, version: "0", name: "Tags", guidance: "Aide pour tags.", active: "on" }),
      `/gestion/categories?fait=modifiee&id=${tags.id}`,
    );
    expect(await names()).toEqual(["Tags"]);
  });

  it("writes nothing and says so when nothing changed", async () => {
    const tags = await category("Tags");
    const before = await databaseSnapshot();
    await expectRedirect(
      callAction(updateReportCategoryAction, { categoryId: tags.id, version: "0", name: "Tags", guidance: "Aide pour Tags.", active: "on" }),
      `/gestion/categories?fait=inchangee&id=${tags.id}`,
    );
    expect(await databaseSnapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses another category's name", async () => {
    const tags = await category("Tags");
    await category("Éclairage");
    const refused = await expectRefusedUnchanged(
      updateReportCategoryAction,
      { categoryId: tags.id, version: "0", name: "eclairage", guidance: "Aide.", active: "on" },
      duplicateCategoryName("Éclairage"),
    );
    expect(refused.fieldErrors?.name).toEqual([duplicateCategoryName("Éclairage")]);
  });

  it("refuses a stale version: someone else saved first", async () => {
    const tags = await category("Tags");
    await db.reportCategory.update({ where: { id: tags.id }, data: { version: 1 } });
    await expectRefusedUnchanged(updateReportCategoryAction, { categoryId: tags.id, version: "0", name: "Graffitis", guidance: "Aide.", active: "on" }, CATEGORY_CONFLICT);
  });

  it("refuses to take the last active category away from residents", async () => {
    const tags = await category("Tags");
    await category("Ancienne", { active: false });
    const refused = await expectRefusedUnchanged(updateReportCategoryAction, { categoryId: tags.id, version: "0", name: "Tags", guidance: "Aide pour Tags." }, LAST_ACTIVE_CATEGORY);
    expect(refused.fieldErrors?.active).toEqual([LAST_ACTIVE_CATEGORY]);
  });

  it("refuses an unknown category and bad input", async () => {
    await category("Tags");
    await expectRefusedUnchanged(updateReportCategoryAction, { categoryId: "inconnue", version: "0", name: "Tags", guidance: "Aide.", active: "on" }, "Catégorie introuvable : elle a peut-être été supprimée entre-temps.");
    const refused = await expectRefusedUnchanged(updateReportCategoryAction, { categoryId: "x'; DROP", version: "abc", name: "", guidance: "a".repeat(301) });
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(["categoryId", "guidance", "name", "version"]);
  });
});

describe("setReportCategoryActive", () => {
  it("deactivates: residents no longer see it, staff still do, its reports keep it", async () => {
    const tags = await category("Tags", { sortOrder: 0 });
    await category("Propreté", { sortOrder: 10 });
    const { site } = await createTerritory();
    await createReportRow({ authorId: staff.id, categoryId: tags.id, siteId: site.id });

    await expectRedirect(callAction(setReportCategoryActiveAction, { categoryId: tags.id, version: "0", active: "false" }), `/gestion/categories?fait=desactivee&id=${tags.id}`);

    expect(await offeredNames()).toEqual(["Propreté"]);
    expect(await listCategoriesForStaff()).toEqual([
      expect.objectContaining({ name: "Tags", active: false, reportCount: 1, version: 1 }),
      expect.objectContaining({ name: "Propreté", active: true, reportCount: 0 }),
    ]);
    expect((await auditRows({ action: "report-category.deactivate", entityId: tags.id }))[0]).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(revalidateTag).toHaveBeenCalledWith(CATEGORIES_TAG, { expire: 0 });

    await expectRedirect(callAction(setReportCategoryActiveAction, { categoryId: tags.id, version: "1", active: "true" }), `/gestion/categories?fait=activee&id=${tags.id}`);
    expect(await offeredNames()).toEqual(["Tags", "Propreté"]);
    expect(await auditRows({ action: "report-category.activate", entityId: tags.id })).toHaveLength(1);
  });

  it("refuses to deactivate the last active category", async () => {
    const tags = await category("Tags");
    await expectRefusedUnchanged(setReportCategoryActiveAction, { categoryId: tags.id, version: "0", active: "false" }, LAST_ACTIVE_CATEGORY);
  });

  it("refuses a stale version and an unknown state", async () => {
    const tags = await category("Tags");
    await category("Propreté");
    await expectRefusedUnchanged(setReportCategoryActiveAction, { categoryId: tags.id, version: "3", active: "false" }, CATEGORY_CONFLICT);
    const refused = await expectRefusedUnchanged(setReportCategoryActiveAction, { categoryId: tags.id, version: "0", active: "peut-être" });
    expect(refused.fieldErrors?.active).toEqual(["État inconnu."]);
  });
});

describe("moveReportCategory", () => {
  it("moves one place up or down, in the order residents see, and numbers the positions", async () => {
    // Equal positions, as test fixtures and old data may have: the order falls back on the name.
    const a = await category("Ascenseur");
    await category("Bruit");
    const c = await category("Chauffage");

    await expectRedirect(callAction(moveReportCategoryAction, { categoryId: c.id, direction: "up", position: "2" }), `/gestion/categories?fait=deplacee&id=${c.id}`);
    expect(await offeredNames()).toEqual(["Ascenseur", "Chauffage", "Bruit"]);
    expect((await db.reportCategory.findMany({ orderBy: { sortOrder: "asc" } })).map((r) => [r.name, r.sortOrder])).toEqual([
      ["Ascenseur", 0],
      ["Chauffage", 10],
      ["Bruit", 20],
    ]);

    await expectRedirect(callAction(moveReportCategoryAction, { categoryId: a.id, direction: "down", position: "0" }), `/gestion/categories?fait=deplacee&id=${a.id}`);
    expect(await offeredNames()).toEqual(["Chauffage", "Ascenseur", "Bruit"]);
    expect((await auditRows({ action: "report-category.move", entityId: a.id }))[0]).toMatchObject({ before: { position: 1 }, after: { position: 2 } });
    expect(revalidateTag).toHaveBeenCalledWith(CATEGORIES_TAG, { expire: 0 });
    // Moving does not touch the version: an edit form open meanwhile still saves.
    expect((await db.reportCategory.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(0);
  });

  it("refuses a position the list no longer shows (a second click, or someone else moved it)", async () => {
    await category("Ascenseur", { sortOrder: 0 });
    const b = await category("Bruit", { sortOrder: 10 });
    await expectRedirect(callAction(moveReportCategoryAction, { categoryId: b.id, direction: "up", position: "1" }), `/gestion/categories?fait=deplacee&id=${b.id}`);
    await expectRefusedUnchanged(moveReportCategoryAction, { categoryId: b.id, direction: "up", position: "1" }, ORDER_CONFLICT);
    expect(await names()).toEqual(["Bruit", "Ascenseur"]);
  });

  it("refuses to move the first up or the last down, and an unknown direction", async () => {
    const a = await category("Ascenseur", { sortOrder: 0 });
    const b = await category("Bruit", { sortOrder: 10 });
    await expectRefusedUnchanged(moveReportCategoryAction, { categoryId: a.id, direction: "up", position: "0" }, ALREADY_FIRST);
    await expectRefusedUnchanged(moveReportCategoryAction, { categoryId: b.id, direction: "down", position: "1" }, ALREADY_LAST);
    const refused = await expectRefusedUnchanged(moveReportCategoryAction, { categoryId: b.id, direction: "sideways", position: "1" });
    expect(refused.fieldErrors?.direction).toEqual(["Sens de déplacement inconnu."]);
  });
});

describe("deleteReportCategory", () => {
  it("deletes a category no report uses, with its audit row", async () => {
    const tags = await category("Tags");
    await category("Propreté");

    await expectRedirect(callAction(deleteReportCategoryAction, { categoryId: tags.id, version: "0", confirm: "on" }), "/gestion/categories?fait=supprimee");

    expect(await names()).toEqual(["Propreté"]);
    expect((await auditRows({ action: "report-category.delete", entityId: tags.id }))[0]).toMatchObject({ before: { name: "Tags", active: true } });
    expect(revalidateTag).toHaveBeenCalledWith(CATEGORIES_TAG, { expire: 0 });
  });

  it("refuses to delete a category used by reports, and says to deactivate it instead", async () => {
    const tags = await category("Tags");
    await category("Propreté");
    const { site } = await createTerritory();
    await createReportRow({ authorId: staff.id, categoryId: tags.id, siteId: site.id });
    await createReportRow({ authorId: staff.id, categoryId: tags.id, siteId: site.id, status: "CLOSED" });

    await expectRefusedUnchanged(deleteReportCategoryAction, { categoryId: tags.id, version: "0", confirm: "on" }, categoryInUse(2));
    expect(categoryInUse(2)).toBe(
      "Cette catégorie est utilisée par 2 signalements : elle ne peut pas être supprimée. Désactivez-la pour qu'elle ne soit plus proposée aux habitants.",
    );
  });

  it("refuses without the confirmation box, on a stale version, and for the last active category", async () => {
    const tags = await category("Tags");
    const refused = await expectRefusedUnchanged(deleteReportCategoryAction, { categoryId: tags.id, version: "0" });
    expect(refused.fieldErrors?.confirm).toEqual(["Cochez la case pour confirmer la suppression."]);
    await expectRefusedUnchanged(deleteReportCategoryAction, { categoryId: tags.id, version: "0", confirm: "on" }, LAST_ACTIVE_CATEGORY);
    await category("Propreté");
    await expectRefusedUnchanged(deleteReportCategoryAction, { categoryId: tags.id, version: "2", confirm: "on" }, CATEGORY_CONFLICT);
  });
});

// ─── Response templates ────────────────────────────────────────────────────────────────────────

describe("createResponseTemplate", () => {
  it("creates a template last in its status, offered on the triage page at once", async () => {
    await template("ACKNOWLEDGED", "Pris en compte", { sortOrder: 0 });
    await template("REJECTED", "Hors périmètre");

    const redirected = await redirectPathOf(
      callAction(createResponseTemplateAction, { status: "ACKNOWLEDGED", title: " Passage  prévu ", body: "Bonjour, un agent passe cette semaine.", active: "on" }),
    );

    const row = await db.responseTemplate.findFirstOrThrow({ where: { title: "Passage prévu" } });
    expect(redirected).toBe(`/gestion/modeles-de-reponse?fait=cree&id=${row.id}`);
    expect(row).toMatchObject({ status: "ACKNOWLEDGED", active: true, sortOrder: 10, version: 0 });
    expect((await listResponseTemplates()).map((t) => [t.status, t.title])).toEqual([
      ["ACKNOWLEDGED", "Pris en compte"],
      ["ACKNOWLEDGED", "Passage prévu"],
      ["REJECTED", "Hors périmètre"],
    ]);
    expect((await auditRows({ action: "response-template.create", entityId: row.id }))[0]).toMatchObject({ actorId: staff.id, entityType: "ResponseTemplate" });
    // The triage page reads the active templates afresh on every request (listResponseTemplates,
    // never cached): the new one is offered there at once, with no cached read to expire.
    expect(revalidateTag).not.toHaveBeenCalled();
    expect((await listResponseTemplates()).map((t) => t.title)).toContain("Passage prévu");
  });

  it("keeps an inactive template off the triage page", async () => {
    await redirectPathOf(callAction(createResponseTemplateAction, { status: "RESOLVED", title: "Brouillon", body: "Bonjour, texte encore à relire." }));
    expect(await listTemplatesForStaff()).toEqual([expect.objectContaining({ title: "Brouillon", active: false })]);
    expect(await listResponseTemplates()).toEqual([]);
  });

  it.each([
    ["an empty title", { status: "RESOLVED", title: "", body: "Bonjour, c'est réparé." }, "title", "Indiquez le titre du modèle (2 caractères au moins)."],
    ["a title of 81 characters", { status: "RESOLVED", title: "T".repeat(81), body: "Bonjour, c'est réparé." }, "title", "Le titre fait au plus 80 caractères."],
    ["an empty text", { status: "RESOLVED", title: "Réparé", body: "   " }, "body", "Écrivez le texte du modèle (10 caractères au moins)."],
    ["a text of 2001 characters", { status: "RESOLVED", title: "Réparé", body: "b".repeat(2001) }, "body", "Le texte fait au plus 2000 caractères."],
    ["an unknown status", { status: "OPEN", title: "Réparé", body: "Bonjour, c'est réparé." }, "status", "Choisissez le statut du signalement."],
  ])("refuses %s, changing nothing", async (_, fields, field, message) => {
    const refused = await expectRefusedUnchanged(createResponseTemplateAction, fields, "Certains champs sont à corriger.");
    expect(refused.fieldErrors?.[field]).toEqual([message]);
  });

  it("refuses a title already used in the same status, whatever its case; the same title elsewhere is fine", async () => {
    await template("RESOLVED", "Intervention terminée");
    const message = duplicateTemplateTitle("RESOLVED", "Intervention terminée");
    await expectRefusedUnchanged(createResponseTemplateAction, { status: "RESOLVED", title: "intervention TERMINÉE", body: "Bonjour, c'est fait.", active: "on" }, message);
    expect(message).toBe("Un modèle « Intervention terminée » existe déjà pour le statut « Résolu » : choisissez un autre titre.");
    await redirectPathOf(callAction(createResponseTemplateAction, { status: "CLOSED", title: "Intervention terminée", body: "Bonjour, c'est fait.", active: "on" }));
  });
});

describe("updateResponseTemplate", () => {
  it("changes title and text: the triage page offers the new text at once", async () => {
    const ack = await template("ACKNOWLEDGED", "Pris en compte");
    await expectRedirect(
      callAction(updateResponseTemplateAction, { templateId: ack.id, version: "0", status: "ACKNOWLEDGED", title: "Bien reçu", body: "Bonjour, nous avons bien reçu votre signalement.", active: "on" }),
      `/gestion/modeles-de-reponse?fait=modifie&id=${ack.id}`,
    );
    expect(await listResponseTemplates()).toEqual([
      { id: ack.id, status: "ACKNOWLEDGED", title: "Bien reçu", body: "Bonjour, nous avons bien reçu votre signalement." },
    ]);
    const [audit] = await auditRows({ action: "response-template.update", entityId: ack.id });
    expect(audit.before).toEqual({ title: "Pris en compte", body: "Bonjour, pris en compte." });
    expect(audit.after).toEqual({ title: "Bien reçu", body: "Bonjour, nous avons bien reçu votre signalement." });
    expect((await db.responseTemplate.findUniqueOrThrow({ where: { id: ack.id } })).version).toBe(1);
  });

  it("moves a template to another status, last there", async () => {
    await template("RESOLVED", "Réparé", { sortOrder: 0 });
    const moved = await template("ACKNOWLEDGED", "Terminé");
    await expectRedirect(
      callAction(updateResponseTemplateAction, { templateId: moved.id, version: "0", status: "RESOLVED", title: "Terminé", body: "Bonjour, terminé.", active: "on" }),
      `/gestion/modeles-de-reponse?fait=modifie&id=${moved.id}`,
    );
    expect((await listTemplatesForStaff()).map((t) => [t.status, t.title])).toEqual([
      ["RESOLVED", "Réparé"],
      ["RESOLVED", "Terminé"],
    ]);
  });

  it("writes nothing when nothing changed", async () => {
    const ack = await template("ACKNOWLEDGED", "Pris en compte");
    const before = await databaseSnapshot();
    await expectRedirect(
      callAction(updateResponseTemplateAction, { templateId: ack.id, version: "0", status: "ACKNOWLEDGED", title: "Pris en compte", body: "Bonjour, pris en compte.", active: "on" }),
      `/gestion/modeles-de-reponse?fait=inchange&id=${ack.id}`,
    );
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a stale version, a duplicate title and an unknown template", async () => {
    const ack = await template("ACKNOWLEDGED", "Pris en compte");
    await template("ACKNOWLEDGED", "Bien reçu");
    const fields = { templateId: ack.id, version: "0", status: "ACKNOWLEDGED", title: "BIEN REÇU", body: "Bonjour, bien reçu.", active: "on" };
    await expectRefusedUnchanged(updateResponseTemplateAction, fields, duplicateTemplateTitle("ACKNOWLEDGED", "Bien reçu"));
    await expectRefusedUnchanged(updateResponseTemplateAction, { ...fields, title: "Autre", version: "4" }, TEMPLATE_CONFLICT);
    await expectRefusedUnchanged(updateResponseTemplateAction, { ...fields, title: "Autre", templateId: "inconnu" }, "Modèle de réponse introuvable : il a peut-être été supprimé entre-temps.");
  });
});

describe("setResponseTemplateActive", () => {
  it("deactivates: no longer offered, and a comment citing it is refused; reactivates", async () => {
    const ack = await template("ACKNOWLEDGED", "Pris en compte");
    await expectRedirect(callAction(setResponseTemplateActiveAction, { templateId: ack.id, version: "0", active: "false" }), `/gestion/modeles-de-reponse?fait=desactive&id=${ack.id}`);
    expect(await listResponseTemplates()).toEqual([]);
    expect((await auditRows({ action: "response-template.deactivate", entityId: ack.id }))[0]).toMatchObject({ before: { active: true }, after: { active: false } });

    const tags = await category("Tags");
    const { site } = await createTerritory();
    const report = await createReportRow({ authorId: staff.id, categoryId: tags.id, siteId: site.id });
    await expectRefusedUnchanged(addReportCommentAction, { reportId: report.id, version: "0", comment: "Bonjour.", visibility: "PUBLIC", templateId: ack.id }, UNKNOWN_TEMPLATE);

    await expectRedirect(callAction(setResponseTemplateActiveAction, { templateId: ack.id, version: "1", active: "true" }), `/gestion/modeles-de-reponse?fait=active&id=${ack.id}`);
    expect((await listResponseTemplates()).map((t) => t.id)).toEqual([ack.id]);
  });

  it("refuses a stale version", async () => {
    const ack = await template("ACKNOWLEDGED", "Pris en compte");
    await expectRefusedUnchanged(setResponseTemplateActiveAction, { templateId: ack.id, version: "1", active: "false" }, TEMPLATE_CONFLICT);
  });
});

describe("moveResponseTemplate", () => {
  it("reorders within its status only", async () => {
    const first = await template("RESOLVED", "Réparé", { sortOrder: 0 });
    const second = await template("RESOLVED", "Nettoyé", { sortOrder: 10 });
    await template("ACKNOWLEDGED", "Pris en compte", { sortOrder: 0 });

    await expectRedirect(callAction(moveResponseTemplateAction, { templateId: second.id, direction: "up", position: "1" }), `/gestion/modeles-de-reponse?fait=deplace&id=${second.id}`);
    expect((await listResponseTemplates()).map((t) => t.title)).toEqual(["Pris en compte", "Nettoyé", "Réparé"]);
    expect((await auditRows({ action: "response-template.move", entityId: second.id }))[0]).toMatchObject({ before: { status: "RESOLVED", position: 2 }, after: { status: "RESOLVED", position: 1 } });

    await expectRefusedUnchanged(moveResponseTemplateAction, { templateId: first.id, direction: "down", position: "1" }, ALREADY_LAST);
    await expectRefusedUnchanged(moveResponseTemplateAction, { templateId: first.id, direction: "up", position: "0" }, ORDER_CONFLICT);
  });
});

describe("deleteResponseTemplate", () => {
  it("deletes with the confirmation box, and audits the text it held", async () => {
    const ack = await template("ACKNOWLEDGED", "Pris en compte");
    const refused = await expectRefusedUnchanged(deleteResponseTemplateAction, { templateId: ack.id, version: "0" });
    expect(refused.fieldErrors?.confirm).toEqual(["Cochez la case pour confirmer la suppression."]);
    await expectRefusedUnchanged(deleteResponseTemplateAction, { templateId: ack.id, version: "1", confirm: "on" }, TEMPLATE_CONFLICT);

    await expectRedirect(callAction(deleteResponseTemplateAction, { templateId: ack.id, version: "0", confirm: "on" }), "/gestion/modeles-de-reponse?fait=supprime");
    expect(await listTemplatesForStaff()).toEqual([]);
    expect((await auditRows({ action: "response-template.delete", entityId: ack.id }))[0]).toMatchObject({ before: { title: "Pris en compte", body: "Bonjour, pris en compte." } });
  });
});

// ─── Who may ───────────────────────────────────────────────────────────────────────────────────

type Case = { action: ServerAction<unknown>; fields: (ids: { categoryId: string; templateId: string }) => Fields };
/** The tables below hold actions of several result types; only the refusal matters here. */
const erased = <T,>(action: ServerAction<T>) => action as unknown as ServerAction<unknown>;

const CATEGORY_ACTIONS: Record<string, Case> = {
  createReportCategory: { action: erased(createReportCategoryAction), fields: () => ({ name: "Tags", guidance: "Aide.", active: "on" }) },
  updateReportCategory: { action: erased(updateReportCategoryAction), fields: ({ categoryId }) => ({ categoryId, version: "0", name: "Tags", guidance: "Aide.", active: "on" }) },
  setReportCategoryActive: { action: erased(setReportCategoryActiveAction), fields: ({ categoryId }) => ({ categoryId, version: "0", active: "false" }) },
  moveReportCategory: { action: erased(moveReportCategoryAction), fields: ({ categoryId }) => ({ categoryId, direction: "down", position: "0" }) },
  deleteReportCategory: { action: erased(deleteReportCategoryAction), fields: ({ categoryId }) => ({ categoryId, version: "0", confirm: "on" }) },
};
const TEMPLATE_ACTIONS: Record<string, Case> = {
  createResponseTemplate: { action: erased(createResponseTemplateAction), fields: () => ({ status: "RESOLVED", title: "Réparé", body: "Bonjour, c'est réparé.", active: "on" }) },
  updateResponseTemplate: { action: erased(updateResponseTemplateAction), fields: ({ templateId }) => ({ templateId, version: "0", status: "RESOLVED", title: "Réparé", body: "Bonjour, c'est réparé.", active: "on" }) },
  setResponseTemplateActive: { action: erased(setResponseTemplateActiveAction), fields: ({ templateId }) => ({ templateId, version: "0", active: "false" }) },
  moveResponseTemplate: { action: erased(moveResponseTemplateAction), fields: ({ templateId }) => ({ templateId, direction: "down", position: "0" }) },
  deleteResponseTemplate: { action: erased(deleteResponseTemplateAction), fields: ({ templateId }) => ({ templateId, version: "0", confirm: "on" }) },
};

async function catalogFixture() {
  const first = await category("Ascenseur", { sortOrder: 0 });
  await category("Bruit", { sortOrder: 10 });
  const ack = await template("ACKNOWLEDGED", "Pris en compte", { sortOrder: 0 });
  await template("ACKNOWLEDGED", "Bien reçu", { sortOrder: 10 });
  return { categoryId: first.id, templateId: ack.id };
}

const callers: [string, Role[] | null][] = [
  ["an anonymous visitor", null],
  ["a resident", ["RESIDENT"]],
  ["a partner", ["PARTNER"]],
];

describe.each([...Object.entries(CATEGORY_ACTIONS), ...Object.entries(TEMPLATE_ACTIONS)])("%s: who may", (name, { action, fields }) => {
  it.each(callers)("refuses %s, changing nothing", async (_, roles) => {
    const ids = await catalogFixture();
    if (roles) await signInAs(await createUser({ roles }));
    else signOut();
    await expectRefusedUnchanged(action, fields(ids), roles ? "Accès refusé." : "Veuillez vous connecter.");
  });

  const adminMay = name in CATEGORY_ACTIONS;
  it(`${adminMay ? "accepts" : "refuses"} the portal administrator`, async () => {
    const ids = await catalogFixture();
    await signInAs(await createUser({ roles: ["ADMIN"] }));
    if (adminMay) {
      const before = await databaseSnapshot();
      await redirectPathOf(callAction(action, fields(ids)));
      expect(await databaseSnapshot()).not.toEqual(before);
    } else {
      await expectRefusedUnchanged(action, fields(ids), "Accès refusé.");
    }
  });
});

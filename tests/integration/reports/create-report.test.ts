import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReportAction } from "@/lib/reports/report-submissions";
import { createReportOnBehalfAction } from "@/lib/reports/report-submissions";
import { findSimilarOpenReports } from "@/lib/reports/queries/author";
import { PLACE_REQUIRED } from "@/lib/reports/schemas";
import { listTriageQueue } from "@/lib/reports/queries/staff";
import { triageQueueParamsSchema } from "@/lib/reports/filter-params";
import { RESUBMISSION_WINDOW_MS } from "@/lib/reports/commands/author";
import { PLACE_OUTSIDE_TERRITORY, POINT_OUTSIDE_TERRITORY, UNKNOWN_CATEGORY } from "@/lib/reports/commands/references";
import { callAction, expectRedirect, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow, newIdempotencyKey, redirectPathOf, useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let resident: TestUser;
let territory: Awaited<ReturnType<typeof createTerritory>>;
let category: { id: string };

beforeEach(async () => {
  await resetDatabase();
  resident = await createUser({ name: "Amina Benali" });
  territory = await createTerritory();
  category = await createCategory();
  await signInAs(resident);
});

function reportFields(overrides: Fields = {}): Fields {
  return {
    categoryId: category.id,
    place: `entrance:${territory.entrance.id}`,
    description: "L'ascenseur du bâtiment est en panne depuis lundi matin.",
    visibility: "PUBLIC",
    idempotencyKey: newIdempotencyKey(),
    ...overrides,
  };
}

describe("createReportAction", () => {
  it("creates the report in the caller's name, fills in the place above the entrance, and audits it", async () => {
    const id = await submitNew(reportFields({ address: "Devant le local vélos" }));

    const report = await db.report.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(report).toMatchObject({
      authorId: resident.id,
      enteredById: resident.id,
      categoryId: category.id,
      entranceId: territory.entrance.id,
      buildingId: territory.building.id,
      siteId: territory.site.id,
      areaId: territory.area.id,
      address: "Devant le local vélos",
      status: "NEW",
      visibility: "PUBLIC",
      moderationStatus: "PENDING",
      reporterName: null,
      version: 0,
      photoCount: 0,
    });
    expect(report.events).toMatchObject([{ kind: "CREATED", toStatus: "NEW", visibility: "PUBLIC", actorId: resident.id }]);
    expect(report.contactConsent).toBe(false);
    expect(await auditRows({ action: "report.create" })).toMatchObject([{ actorId: resident.id, entityType: "Report", entityId: report.id }]);
  });

  it("creates one report when the same form is sent twice, and sends the second submission to it", async () => {
    const fields = reportFields();
    const id = await submitNew(fields);

    await expectRedirect(callAction(createReportAction, fields), `/espace/signalements/${id}?deja-envoye=1`);

    expect(await db.report.count()).toBe(1);
    expect(await db.reportEvent.count()).toBe(1);
    expect(await auditRows({ action: "report.create" })).toHaveLength(1);
  });

  it("creates one report when the same form is sent twice at the same moment (double click)", async () => {
    const fields = reportFields();
    const paths = await Promise.all([redirectPathOf(callAction(createReportAction, fields)), redirectPathOf(callAction(createReportAction, fields))]);

    expect(await db.report.count()).toBe(1);
    expect(await db.reportEvent.count()).toBe(1);
    const { id } = await db.report.findFirstOrThrow();
    expect(paths.sort()).toEqual([`/espace/signalements/${id}?deja-envoye=1`, `/espace/signalements/${id}?nouveau=1`]);
  });

  it("creates one report when the same report comes back from a reloaded form (Back, then Send again)", async () => {
    const id = await submitNew(reportFields());

    // The browser fetched the form again: a new form key, the same category, place and words.
    await expectRedirect(callAction(createReportAction, reportFields()), `/espace/signalements/${id}?deja-envoye=1`);

    expect(await db.report.count()).toBe(1);
    expect(await auditRows({ action: "report.create" })).toHaveLength(1);
  });

  it("creates a second report with the same words once the first is a quarter of an hour old", async () => {
    const first = await submitNew(reportFields());
    await db.report.update({ where: { id: first }, data: { createdAt: new Date(Date.now() - RESUBMISSION_WINDOW_MS - 1000) } });

    const second = await submitNew(reportFields());

    expect(second).not.toBe(first);
    expect(await db.report.count()).toBe(2);
  });

  it("creates two reports from two different forms", async () => {
    const first = await submitNew(reportFields());
    const second = await submitNew(reportFields({ description: "La porte du hall ne ferme plus depuis hier soir." }));
    const third = await submitNew(reportFields({ place: `building:${territory.building.id}` }));
    expect(new Set([first, second, third]).size).toBe(3);
    expect(await db.report.count()).toBe(3);
  });

  it("keeps the person's agreement to be contacted by the partner handling it", async () => {
    const id = await submitNew(reportFields({ contactConsent: "on" }));
    expect((await db.report.findUniqueOrThrow({ where: { id } })).contactConsent).toBe(true);
    const refused = await expectRefused(callAction(createReportAction, reportFields({ contactConsent: "oui" })));
    expect(refused.fieldErrors?.contactConsent).toEqual(["Case à cocher invalide."]);
  });

  it("stores a description containing HTML verbatim (React escapes it when shown)", async () => {
    const description = `<script>alert("x")</script> <img src=x onerror=alert(1)> & "guillemets"`;
    await submitNew(reportFields({ description }));
    expect((await db.report.findFirstOrThrow()).description).toBe(description);
  });

  it("keeps a map point inside the territory with the place it refines", async () => {
    await db.site.update({ where: { id: territory.site.id }, data: { latitude: 47.3941, longitude: 0.6842 } });
    await submitNew(reportFields({ latitude: "47.3950", longitude: "0.6850" }));
    expect(await db.report.findFirstOrThrow()).toMatchObject({ latitude: 47.395, longitude: 0.685, siteId: territory.site.id, entranceId: territory.entrance.id });
  });

  it("accepts a point up to the margin around the territory's places, and not beyond", async () => {
    await db.site.update({ where: { id: territory.site.id }, data: { latitude: 47.3941, longitude: 0.6842 } });
    await db.building.update({ where: { id: territory.building.id }, data: { latitude: 47.3975, longitude: 0.6795 } });
    await submitNew(reportFields({ latitude: String(47.3975 + 0.0099), longitude: String(0.6795 - 0.0099) }));
    const result = await expectRefused(callAction(createReportAction, reportFields({ latitude: String(47.3941 - 0.0101), longitude: "0.6842" })));
    expect(result).toMatchObject({ formError: POINT_OUTSIDE_TERRITORY, fieldErrors: { latitude: [POINT_OUTSIDE_TERRITORY] } });
    expect(await db.report.count()).toBe(1);
  });

  it("takes a map point alone for a place not in the list: no site until staff give it one", async () => {
    await db.site.update({ where: { id: territory.site.id }, data: { latitude: 47.3941, longitude: 0.6842 } });
    const id = await submitNew(reportFields({ place: "", latitude: "47.3950", longitude: "0.6850", address: "Rue des Lilas, devant le n° 4" }));

    const report = await db.report.findUniqueOrThrow({ where: { id } });
    expect(report).toMatchObject({ latitude: 47.395, longitude: 0.685, siteId: null, buildingId: null, entranceId: null, areaId: null, partnerId: null, status: "NEW" });
    const [queued] = (await listTriageQueue(actorOf(await createUser({ roles: ["STAFF"] })), triageQueueParamsSchema.parse({}))).items;
    expect(queued).toMatchObject({ id, place: "Rue des Lilas, devant le n° 4" });
  });

  it("refuses a report with neither a place nor a point, and creates nothing", async () => {
    const result = await expectRefused(callAction(createReportAction, reportFields({ place: "", latitude: "", longitude: "" })));
    expect(result.fieldErrors?.place).toEqual([PLACE_REQUIRED]);
    expect(await db.report.count()).toBe(0);
  });

  it("refuses any map point while no place of the territory has coordinates", async () => {
    const result = await expectRefused(callAction(createReportAction, reportFields({ latitude: "47.3950", longitude: "0.6850" })));
    expect(result.fieldErrors?.latitude).toEqual([POINT_OUTSIDE_TERRITORY]);
    expect(await db.report.count()).toBe(0);
  });

  it.each([
    ["an entrance that does not exist", { place: "entrance:cm0000000000000000000000" }, "place", PLACE_OUTSIDE_TERRITORY],
    ["a building that does not exist", { place: "building:cm0000000000000000000000" }, "place", PLACE_OUTSIDE_TERRITORY],
    ["a site that does not exist", { place: "site:cm0000000000000000000000" }, "place", PLACE_OUTSIDE_TERRITORY],
    ["a map point far from the territory", { latitude: "48.8566", longitude: "2.3522" }, "latitude", POINT_OUTSIDE_TERRITORY],
    ["an unknown category", { categoryId: "cm0000000000000000000000" }, "categoryId", UNKNOWN_CATEGORY],
  ])("refuses %s and changes nothing", async (_, overrides, field, message) => {
    await db.site.update({ where: { id: territory.site.id }, data: { latitude: 47.3941, longitude: 0.6842 } });
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(createReportAction, reportFields(overrides)));

    expect(result.fieldErrors?.[field]).toEqual([message]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a category staff have deactivated", async () => {
    const retired = await createCategory({ active: false });
    const result = await expectRefused(callAction(createReportAction, reportFields({ categoryId: retired.id })));
    expect(result.fieldErrors?.categoryId).toEqual([UNKNOWN_CATEGORY]);
    expect(await db.report.count()).toBe(0);
  });

  it.each([
    ["a status", { status: "RESOLVED" }],
    ["an author", { authorId: "someone-else" }],
    ["a partner", { partnerId: "p1" }],
    ["a reporter name (staff only)", { reporterName: "Quelqu'un" }],
  ])("refuses a form carrying %s and creates nothing", async (_, extra) => {
    const result = await expectRefused(callAction(createReportAction, reportFields(extra)));
    expect(result.formError).toBe("Le formulaire contient des champs inattendus. Rechargez la page et réessayez.");
    expect(await db.report.count()).toBe(0);
  });

  it.each([
    ["a description that is too short", { description: "Panne" }, "description"],
    ["no place at all", { place: "" }, "place"],
    ["no visibility", { visibility: undefined }, "visibility"],
    ["a missing form key", { idempotencyKey: undefined }, "idempotencyKey"],
  ])("refuses %s with a message next to the field", async (_, overrides, field) => {
    const result = await expectRefused(callAction(createReportAction, reportFields(overrides)));
    expect(result.fieldErrors?.[field]?.[0]).toMatch(/\S/);
    expect(await db.report.count()).toBe(0);
  });
});

describe("createReportOnBehalfAction", () => {
  it("records the report for a person at the counter: no author account, their name and contact kept", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    await signInAs(staff);

    await expectRedirect(
      callAction(createReportOnBehalfAction, reportFields({ reporterName: "Mme Rolland", reporterContact: "06 12 34 56 78", visibility: "PRIVATE" })),
      "/gestion/signalements/nouveau?enregistre=1",
    );

    const report = await db.report.findFirstOrThrow({ include: { events: true } });
    expect(report).toMatchObject({ authorId: null, enteredById: staff.id, reporterName: "Mme Rolland", reporterContact: "06 12 34 56 78", visibility: "PRIVATE" });
    expect(report.events[0].comment).toBe("Signalement enregistré par l'équipe de la Régie.");
    expect(await auditRows({ action: "report.create-on-behalf" })).toHaveLength(1);
  });

  it("records two people at the counter reporting the same thing in the same words, but one report per person sent twice", async () => {
    await signInAs(await createUser({ roles: ["STAFF"] }));
    const sent = (reporterName: string) => callAction(createReportOnBehalfAction, reportFields({ reporterName }));

    const saved = async (reporterName: string) => Number(new URL(await redirectPathOf(sent(reporterName)), "http://x").searchParams.get("enregistre"));

    const first = await saved("Mme Rolland");
    const second = await saved("M. Petit");
    expect(await saved("M. Petit")).toBe(second);

    expect(second).not.toBe(first);
    expect((await db.report.findMany({ select: { reporterName: true }, orderBy: { number: "asc" } })).map((r) => r.reporterName)).toEqual(["Mme Rolland", "M. Petit"]);
  });

  it("keeps the map point staff set, and refuses one outside the territory with the French message", async () => {
    await db.site.update({ where: { id: territory.site.id }, data: { latitude: 47.3941, longitude: 0.6842 } });
    await signInAs(await createUser({ roles: ["STAFF"] }));
    const before = await databaseSnapshot();
    const refused = await expectRefused(callAction(createReportOnBehalfAction, reportFields({ reporterName: "M. Petit", latitude: "43.2965", longitude: "5.3698" })));
    expect(refused).toMatchObject({ formError: "Ce point est en dehors du territoire de la Régie.", fieldErrors: { latitude: ["Ce point est en dehors du territoire de la Régie."] } });
    expect(await databaseSnapshot()).toEqual(before);

    await expectRedirect(
      callAction(createReportOnBehalfAction, reportFields({ reporterName: "M. Petit", latitude: "47.39455", longitude: "0.68401" })),
      "/gestion/signalements/nouveau?enregistre=1",
    );
    expect(await db.report.findFirstOrThrow()).toMatchObject({ latitude: 47.39455, longitude: 0.68401, siteId: territory.site.id });
  });

  it("requires the reporter's name", async () => {
    await signInAs(await createUser({ roles: ["STAFF"] }));
    const result = await expectRefused(callAction(createReportOnBehalfAction, reportFields()));
    expect(result.fieldErrors?.reporterName).toEqual(["Indiquez le nom de la personne."]);
    expect(await db.report.count()).toBe(0);
  });
});

describe("findSimilarOpenReports", () => {
  it("lists open reports of the category at the same building that the caller may see, text only once moderated", async () => {
    const neighbour = await createUser();
    const base = { categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id };
    const publicOpen = await createReportRow({ ...base, authorId: neighbour.id, status: "ACKNOWLEDGED", visibility: "PUBLIC" });
    await createReportRow({ ...base, authorId: neighbour.id, visibility: "PRIVATE" });
    await createReportRow({ ...base, authorId: neighbour.id, status: "CLOSED" });
    await createReportRow({ ...base, authorId: neighbour.id, categoryId: (await createCategory()).id });
    const mine = await createReportRow({ ...base, authorId: resident.id, visibility: "PRIVATE", description: "Mon propre signalement privé." });
    const elsewhere = await createTerritory();
    await createReportRow({ ...base, authorId: neighbour.id, siteId: elsewhere.site.id, buildingId: elsewhere.building.id });

    const similar = await findSimilarOpenReports(actorOf(resident), category.id, { level: "entrance", id: territory.entrance.id });

    expect(similar.map((r) => r.id).sort()).toEqual([publicOpen.id, mine.id].sort());
    expect(similar.find((r) => r.id === publicOpen.id)).toMatchObject({ text: null, mine: false, supported: false });
    expect(similar.find((r) => r.id === mine.id)).toMatchObject({ text: "Mon propre signalement privé.", mine: true });
  });
});

describe("findSimilarOpenReports: a stranger's report shows what its public page shows", () => {
  it("never carries a stranger's free-text address, entrance or unmoderated words, nor a report the public pages hide", async () => {
    const neighbour = await createUser({ name: "Voisin Discret" });
    const base = { categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id };
    const open = await createReportRow({ ...base, authorId: neighbour.id, status: "ACKNOWLEDGED", description: "Mot de passe du digicode : 4521B" });
    await db.report.update({
      where: { id: open.id },
      data: { address: "Chez Mme Durand, 3e gauche", entranceId: territory.entrance.id, publicDescription: "Texte en attente", moderationStatus: "PENDING" },
    });
    // Refused by staff: public pages do not show it, nor does this hint.
    const rejected = await createReportRow({ ...base, authorId: neighbour.id, status: "NEW" });
    await db.report.update({ where: { id: rejected.id }, data: { status: "REJECTED" } });

    const similar = await findSimilarOpenReports(actorOf(resident), category.id, { level: "entrance", id: territory.entrance.id });

    expect(similar.map((r) => r.id)).toEqual([open.id]);
    const text = JSON.stringify(similar);
    for (const secret of ["Durand", "3e gauche", territory.entrance.name, "4521B", "Texte en attente", neighbour.id, "Voisin Discret"]) {
      expect(text).not.toContain(secret);
    }
    expect(similar[0]).toMatchObject({ text: null, mine: false, place: expect.stringContaining(territory.building.name) });

    await db.report.update({ where: { id: open.id }, data: { publicDescription: "Ascenseur en panne.", moderationStatus: "APPROVED" } });
    expect((await findSimilarOpenReports(actorOf(resident), category.id, { level: "building", id: territory.building.id }))[0].text).toBe("Ascenseur en panne.");
  });

  it("still shows the caller's own report with their words and their address", async () => {
    const mine = await createReportRow({ categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id, authorId: resident.id, description: "Mon texte." });
    await db.report.update({ where: { id: mine.id }, data: { address: "Devant ma porte" } });
    const [row] = await findSimilarOpenReports(actorOf(resident), category.id, { level: "site", id: territory.site.id });
    expect(row).toMatchObject({ id: mine.id, mine: true, text: "Mon texte.", place: expect.stringContaining("Devant ma porte") });
  });
});

/** Submits the resident form, expects the redirect to the new report's page, returns its id. */
async function submitNew(fields: Fields): Promise<string> {
  const path = await redirectPathOf(callAction(createReportAction, fields));
  const match = /^\/espace\/signalements\/([a-z0-9]+)\?nouveau=1$/.exec(path);
  expect(match, path).not.toBeNull();
  return match![1];
}

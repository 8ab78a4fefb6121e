import { beforeEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import {
  addReportCommentAction,
  bulkTriageAction,
  markReportDuplicateAction,
  moderateReportAction,
  routeReportAction,
  setPhotoPublicAction,
  setReportPriorityAction,
  setReportStatusAction,
  updateReportDetailsAction,
} from "@/app/gestion/signalements/actions";
import { NO_CONTACT_CONSENT, REPORT_CONFLICT, UNKNOWN_TEMPLATE, privateOriginal, setReportStatus, statusNotAllowed } from "@/lib/reports/triage-service";
import { ConflictError } from "@/lib/core/errors";
import { exportQueuePage, listTriageQueue, getReportFigures } from "@/lib/reports/triage-queries";
import { triageQueueSchema } from "@/lib/reports/triage-schemas";
import { getMyReport } from "@/lib/reports/queries";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { lastMailTo, mailsTo } from "../../helpers/mail";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let staff: TestUser;
let author: TestUser;
let base: { categoryId: string; siteId: string; buildingId: string; areaId: string };
let territory: Awaited<ReturnType<typeof createTerritory>>;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  author = await createUser({ name: "Amina Benali", email: "amina@exemple.test" });
  territory = await createTerritory();
  const category = await createCategory();
  base = { categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id, areaId: territory.area.id };
  await signInAs(staff);
});

const page = (id: string, notice: string) => `/gestion/signalements/${id}?fait=${notice}`;
const load = (id: string) => db.report.findUniqueOrThrow({ where: { id } });
const eventsOf = (reportId: string) => db.reportEvent.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } });

describe("setReportStatus", () => {
  it("acknowledges: status, version, event, audit row, notification and email to the author", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });

    await expectRedirect(
      callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED", comment: "Nous passons jeudi." }),
      page(report.id, "statut"),
    );

    const after = await load(report.id);
    expect(after).toMatchObject({ status: "ACKNOWLEDGED", version: 1 });
    expect(after.acknowledgedAt).toBeInstanceOf(Date);
    const events = await eventsOf(report.id);
    expect(events.at(-1)).toMatchObject({ kind: "STATUS_CHANGED", fromStatus: "NEW", toStatus: "ACKNOWLEDGED", visibility: "PUBLIC", comment: "Nous passons jeudi.", actorId: staff.id });
    expect(await auditRows({ action: "report.status.acknowledged", entityId: report.id })).toHaveLength(1);
    const notes = await db.notification.findMany({ where: { reportId: report.id }, include: { mail: true } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ userId: author.id, kind: "REPORT_STATUS", mail: { to: author.email, attempts: 1, failedAt: null } });
    expect(notes[0].mail?.sentAt).toBeInstanceOf(Date);
    const mail = lastMailTo(author.email);
    expect(mail?.subject).toBe(`Votre signalement n° ${report.number}`);
    expect(mail?.text).toContain("Pris en compte");
  });

  it("rejects with the reason, and refuses a rejection without one", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const before = await databaseSnapshot();
    const refused = await expectRefused(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "REJECTED" }));
    expect(refused.fieldErrors?.comment?.[0]).toContain("raison du refus");
    expect(await databaseSnapshot()).toEqual(before);

    await expectRedirect(
      callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "REJECTED", comment: "Relève de la mairie." }),
      page(report.id, "statut"),
    );
    expect(await load(report.id)).toMatchObject({ status: "REJECTED", rejectionReason: "Relève de la mairie." });
  });

  it("resolves: resolvedAt set", async () => {
    const report = await createReportRow({ ...base, authorId: author.id, status: "ACKNOWLEDGED" });
    await expectRedirect(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "RESOLVED" }), page(report.id, "statut"));
    const after = await load(report.id);
    expect(after.status).toBe("RESOLVED");
    expect(after.resolvedAt).toBeInstanceOf(Date);
    expect(await auditRows({ action: "report.status.resolved" })).toHaveLength(1);
  });

  it("changes nothing for an unknown status or one not allowed from the current status", async () => {
    const report = await createReportRow({ ...base, authorId: author.id, status: "CLOSED" });
    const before = await databaseSnapshot();

    const unknown = await expectRefused(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ARCHIVED" }));
    expect(unknown.fieldErrors?.status).toEqual(["Statut inconnu."]);
    const notAllowed = await expectRefused(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "RESOLVED" }));
    expect(notAllowed.formError).toBe(statusNotAllowed("CLOSED", "RESOLVED"));
    const extra = await expectRefused(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED", authorId: staff.id }));
    expect(extra.formError).toContain("champs inattendus");

    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("optimistic concurrency", () => {
  it("lets the first of two staff members win; the second gets the conflict and nothing is overwritten", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const colleague = await createUser({ roles: ["STAFF"] });
    // Both loaded the page at version 0.
    await expectRedirect(callAction(setReportPriorityAction, { reportId: report.id, version: "0", priority: "URGENT" }), page(report.id, "priorite"));
    await signInAs(colleague);
    const before = await databaseSnapshot();

    const second = await expectRefused(callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "REJECTED", comment: "Hors périmètre." }));

    expect(second.formError).toBe(REPORT_CONFLICT);
    expect(await databaseSnapshot()).toEqual(before);
    expect(await load(report.id)).toMatchObject({ status: "NEW", priority: "URGENT", version: 1 });
  });
});

describe("optimistic concurrency, at the same moment", () => {
  it("lets exactly one of two simultaneous changes at the same version through", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const colleague = await createUser({ roles: ["STAFF"] });
    const asActor = (u: TestUser) => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, partnerIds: [] });

    const outcomes = await Promise.allSettled([
      setReportStatus(asActor(staff), { reportId: report.id, version: 0, status: "RESOLVED", comment: null }),
      setReportStatus(asActor(colleague), { reportId: report.id, version: 0, status: "REJECTED", comment: "Hors périmètre." }),
    ]);

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toBeInstanceOf(ConflictError);
    const after = await load(report.id);
    expect(after.version).toBe(1);
    expect(await db.reportEvent.count({ where: { reportId: report.id, kind: "STATUS_CHANGED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: report.id } })).toBe(1);
  });
});

describe("priority, details, comments, moderation, photos", () => {
  it("sets the priority with an internal event and an audit row", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    await expectRedirect(callAction(setReportPriorityAction, { reportId: report.id, version: "0", priority: "HIGH" }), page(report.id, "priorite"));
    expect((await load(report.id)).priority).toBe("HIGH");
    expect((await eventsOf(report.id)).at(-1)).toMatchObject({ kind: "PRIORITY_CHANGED", visibility: "INTERNAL" });
    expect(await auditRows({ action: "report.priority" })).toHaveLength(1);
    expect(await db.notification.count()).toBe(0);
  });

  it("changes category and place, the place denormalized down from the entrance", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const other = await createCategory();
    const elsewhere = await createTerritory();
    await expectRedirect(
      callAction(updateReportDetailsAction, { reportId: report.id, version: "0", categoryId: other.id, place: `entrance:${elsewhere.entrance.id}` }),
      page(report.id, "details"),
    );
    expect(await load(report.id)).toMatchObject({
      categoryId: other.id,
      areaId: elsewhere.area.id,
      siteId: elsewhere.site.id,
      buildingId: elsewhere.building.id,
      entranceId: elsewhere.entrance.id,
      version: 1,
    });
    expect(await auditRows({ action: "report.details" })).toHaveLength(1);
  });

  it("adds a public comment (followers told) and an internal one (nobody told)", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    await expectRedirect(callAction(addReportCommentAction, { reportId: report.id, version: "0", comment: "Note interne.", visibility: "INTERNAL" }), page(report.id, "commentaire"));
    expect(await db.notification.count()).toBe(0);
    await expectRedirect(callAction(addReportCommentAction, { reportId: report.id, version: "1", comment: "Nous passons demain.", visibility: "PUBLIC" }), page(report.id, "commentaire"));
    expect(await db.notification.count()).toBe(1);
    expect(lastMailTo(author.email)?.text).toContain("Nous passons demain.");
    expect((await eventsOf(report.id)).map((e) => [e.kind, e.visibility])).toEqual([
      ["CREATED", "PUBLIC"],
      ["COMMENT", "INTERNAL"],
      ["COMMENT", "PUBLIC"],
    ]);
    expect(await auditRows({ action: "report.comment" })).toHaveLength(2);
    // The resident's own page shows the public comment, never the internal note.
    const mine = await getMyReport(author.id, report.id);
    expect(mine?.events.map((e) => e.comment)).toEqual([null, "Nous passons demain."]);
  });

  it("refuses a template id from nowhere and changes nothing", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const before = await databaseSnapshot();
    const refused = await expectRefused(
      callAction(addReportCommentAction, { reportId: report.id, version: "0", comment: "Bonjour.", visibility: "PUBLIC", templateId: "inconnu123" }),
    );
    expect(refused.formError).toBe(UNKNOWN_TEMPLATE);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("moderates the public text, and approves then withdraws a photo", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const photo = await db.reportPhoto.create({ data: { reportId: report.id, storageKey: "t/p.jpg", mime: "image/jpeg", width: 1, height: 1, bytes: 1 } });
    await expectRedirect(
      callAction(moderateReportAction, { reportId: report.id, version: "0", publicDescription: "Local poubelles encombré.", moderationStatus: "APPROVED" }),
      page(report.id, "moderation"),
    );
    expect(await load(report.id)).toMatchObject({ publicDescription: "Local poubelles encombré.", moderationStatus: "APPROVED", moderatedById: staff.id });
    await expectRedirect(callAction(setPhotoPublicAction, { reportId: report.id, version: "1", photoId: photo.id, approved: "true" }), page(report.id, "photo"));
    expect((await db.reportPhoto.findUniqueOrThrow({ where: { id: photo.id } })).approvedForPublic).toBe(true);
    await expectRedirect(callAction(setPhotoPublicAction, { reportId: report.id, version: "2", photoId: photo.id, approved: "false" }), page(report.id, "photo"));
    expect((await db.reportPhoto.findUniqueOrThrow({ where: { id: photo.id } })).approvedForPublic).toBe(false);
    expect(await auditRows({ action: "report.photo-moderate" })).toHaveLength(2);
  });

  it("refuses a photo of another report", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const other = await createReportRow({ ...base, authorId: author.id });
    const photo = await db.reportPhoto.create({ data: { reportId: other.id, storageKey: "t/o.jpg", mime: "image/jpeg", width: 1, height: 1, bytes: 1 } });
    const before = await databaseSnapshot();
    await expectRefused(callAction(setPhotoPublicAction, { reportId: report.id, version: "0", photoId: photo.id, approved: "true" }));
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("markReportDuplicate", () => {
  it("moves the author and supporters to the original, once each, and marks it DUPLICATE", async () => {
    const originalAuthor = await createUser();
    const both = await createUser();
    const onlyDuplicate = await createUser();
    const original = await createReportRow({ ...base, authorId: originalAuthor.id });
    const duplicate = await createReportRow({ ...base, authorId: author.id });
    await db.reportSupporter.createMany({
      data: [
        { reportId: original.id, userId: both.id },
        { reportId: duplicate.id, userId: both.id },
        { reportId: duplicate.id, userId: onlyDuplicate.id },
        { reportId: duplicate.id, userId: originalAuthor.id },
      ],
    });
    await db.report.update({ where: { id: duplicate.id }, data: { supporterCount: 3 } });
    await db.report.update({ where: { id: original.id }, data: { supporterCount: 1 } });

    await expectRedirect(
      callAction(markReportDuplicateAction, { reportId: duplicate.id, version: "0", duplicateOfNumber: String(original.number) }),
      page(duplicate.id, "doublon"),
    );

    expect(await load(duplicate.id)).toMatchObject({ status: "DUPLICATE", duplicateOfId: original.id, supporterCount: 0 });
    const supporters = await db.reportSupporter.findMany({ where: { reportId: original.id }, select: { userId: true } });
    expect(supporters.map((s) => s.userId).sort()).toEqual([author.id, both.id, onlyDuplicate.id].sort());
    expect((await load(original.id)).supporterCount).toBe(3);
    expect(await db.reportSupporter.count({ where: { reportId: duplicate.id } })).toBe(0);
    expect((await eventsOf(original.id)).at(-1)).toMatchObject({ kind: "MERGED", visibility: "INTERNAL" });
    expect(await auditRows({ action: "report.duplicate", entityId: duplicate.id })).toHaveLength(1);
  });

  it("refuses an unknown number or the report itself, changing nothing", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const before = await databaseSnapshot();
    await expectRefused(callAction(markReportDuplicateAction, { reportId: report.id, version: "0", duplicateOfNumber: "99999" }));
    await expectRefused(callAction(markReportDuplicateAction, { reportId: report.id, version: "0", duplicateOfNumber: String(report.number) }));
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("markReportDuplicate onto a private original", () => {
  it("is refused with a French message for staff, and changes nothing: strangers are never subscribed to someone's private report", async () => {
    const originalAuthor = await createUser();
    const supporter = await createUser();
    const original = await createReportRow({ ...base, authorId: originalAuthor.id, visibility: "PRIVATE" });
    const duplicate = await createReportRow({ ...base, authorId: author.id });
    await db.reportSupporter.create({ data: { reportId: duplicate.id, userId: supporter.id } });
    await db.report.update({ where: { id: duplicate.id }, data: { supporterCount: 1 } });
    const before = await databaseSnapshot();

    const result = await expectRefused(
      callAction(markReportDuplicateAction, { reportId: duplicate.id, version: "0", duplicateOfNumber: String(original.number) }),
    );

    expect(result.fieldErrors?.duplicateOfNumber).toEqual([privateOriginal(original.number)]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("is allowed when only the private report's own author would move (they reported it twice)", async () => {
    const original = await createReportRow({ ...base, authorId: author.id, visibility: "PRIVATE" });
    const duplicate = await createReportRow({ ...base, authorId: author.id, visibility: "PRIVATE" });

    await expectRedirect(
      callAction(markReportDuplicateAction, { reportId: duplicate.id, version: "0", duplicateOfNumber: String(original.number) }),
      page(duplicate.id, "doublon"),
    );

    expect(await load(duplicate.id)).toMatchObject({ status: "DUPLICATE", duplicateOfId: original.id });
    expect(await db.reportSupporter.count({ where: { reportId: original.id } })).toBe(0);
  });

  it("still moves the followers onto a public original", async () => {
    const supporter = await createUser();
    const original = await createReportRow({ ...base, authorId: (await createUser()).id, visibility: "PUBLIC" });
    const duplicate = await createReportRow({ ...base, authorId: author.id, visibility: "PRIVATE" });
    await db.reportSupporter.create({ data: { reportId: duplicate.id, userId: supporter.id } });

    await expectRedirect(
      callAction(markReportDuplicateAction, { reportId: duplicate.id, version: "0", duplicateOfNumber: String(original.number) }),
      page(duplicate.id, "doublon"),
    );

    const moved = await db.reportSupporter.findMany({ where: { reportId: original.id }, select: { userId: true } });
    expect(moved.map((s) => s.userId).sort()).toEqual([author.id, supporter.id].sort());
  });
});

describe("routeReport", () => {
  it("routes to the partner and emails its current contacts only", async () => {
    const partner = await createPartner({ name: "Habitat Bellerive" });
    const contact = await createUser({ roles: ["PARTNER"], partnerId: partner.id, email: "contact@habitat.test" });
    const revoked = await createUser({ roles: ["PARTNER"], partnerId: partner.id, email: "ancien@habitat.test" });
    await db.roleGrant.updateMany({ where: { userId: revoked.id }, data: { revokedAt: new Date() } });
    const otherPartner = await createUser({ roles: ["PARTNER"], email: "autre@bailleur.test" });
    const report = await createReportRow({ ...base, authorId: author.id, status: "ACKNOWLEDGED" });

    await expectRedirect(callAction(routeReportAction, { reportId: report.id, version: "0", partnerId: partner.id }), page(report.id, "transmis"));

    expect(await load(report.id)).toMatchObject({ status: "ROUTED", partnerId: partner.id, version: 1 });
    expect((await eventsOf(report.id)).at(-1)).toMatchObject({ kind: "ROUTED", toStatus: "ROUTED", visibility: "PUBLIC" });
    expect(await auditRows({ action: "report.route" })).toHaveLength(1);
    expect(lastMailTo(contact.email)?.subject).toBe(`Signalement n° ${report.number} transmis par la Régie de quartier`);
    expect(mailsTo(revoked.email)).toHaveLength(0);
    expect(mailsTo(otherPartner.email)).toHaveLength(0);
    expect(lastMailTo(author.email)?.text).toContain("Habitat Bellerive");
  });

  it("gives the partner the person's contact only when asked and agreed to, and takes it back when routed elsewhere", async () => {
    const partner = await createPartner({ name: "Habitat Bellerive" });
    const contact = await createUser({ roles: ["PARTNER"], partnerId: partner.id, email: "contact@habitat.test" });
    const other = await createPartner({ name: "Ville de Bellerive" });
    const report = await createReportRow({ ...base, authorId: author.id, status: "ACKNOWLEDGED" });
    await db.report.update({ where: { id: report.id }, data: { contactConsent: true } });

    await expectRedirect(callAction(routeReportAction, { reportId: report.id, version: "0", partnerId: partner.id, shareContact: "on" }), page(report.id, "transmis"));

    expect(await load(report.id)).toMatchObject({ partnerId: partner.id, contactSharedWithPartnerId: partner.id });
    expect((await auditRows({ action: "report.route" }))[0].after).toMatchObject({ partnerId: partner.id, contactSharedWithPartnerId: partner.id });
    expect(lastMailTo(contact.email)?.text).toContain("accepte d'être contactée : ses coordonnées sont sur la page du signalement");
    expect(lastMailTo(contact.email)?.text).not.toContain(author.email);

    // Back to « pris en compte », then routed to another partner, without the contact.
    await db.report.update({ where: { id: report.id }, data: { status: "ACKNOWLEDGED" } });
    await expectRedirect(callAction(routeReportAction, { reportId: report.id, version: "1", partnerId: other.id }), page(report.id, "transmis"));
    expect(await load(report.id)).toMatchObject({ partnerId: other.id, contactSharedWithPartnerId: null });
  });

  it("refuses to give the contact of a person who did not agree, and changes nothing", async () => {
    const partner = await createPartner();
    const report = await createReportRow({ ...base, authorId: author.id, status: "ACKNOWLEDGED" });
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(routeReportAction, { reportId: report.id, version: "0", partnerId: partner.id, shareContact: "on" }));

    expect(refused).toMatchObject({ formError: NO_CONTACT_CONSENT, fieldErrors: { shareContact: [NO_CONTACT_CONSENT] } });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a partner from nowhere and changes nothing", async () => {
    const report = await createReportRow({ ...base, authorId: author.id });
    const before = await databaseSnapshot();
    await expectRefused(callAction(routeReportAction, { reportId: report.id, version: "0", partnerId: "nulpart" }));
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("bulkTriage", () => {
  it("resolves the checked reports, each with its own version, and names the ones that conflicted or were refused", async () => {
    const a = await createReportRow({ ...base, authorId: author.id });
    const b = await createReportRow({ ...base, authorId: author.id });
    const c = await createReportRow({ ...base, authorId: author.id, status: "CLOSED" });
    await db.report.update({ where: { id: b.id }, data: { version: 5 } });

    const result = await expectSuccess(callAction(bulkTriageAction, { operation: "resolve", selected: [`${a.id}:0`, `${b.id}:0`, `${c.id}:0`] }));

    expect(result.data).toEqual({ done: [a.number], conflicts: [b.number], refused: [{ number: c.number, reason: statusNotAllowed("CLOSED", "RESOLVED") }], publicChanged: true });
    expect((await load(a.id)).status).toBe("RESOLVED");
    expect(await load(b.id)).toMatchObject({ status: "NEW", version: 5 });
    expect((await load(c.id)).status).toBe("CLOSED");
  });

  it("acknowledges the checked reports, each dated and its author told", async () => {
    const a = await createReportRow({ ...base, authorId: author.id });
    const b = await createReportRow({ ...base, authorId: author.id, visibility: "PRIVATE" });

    const result = await expectSuccess(callAction(bulkTriageAction, { operation: "acknowledge", selected: [`${a.id}:0`, `${b.id}:0`] }));

    expect(result.data).toEqual({ done: [a.number, b.number], conflicts: [], refused: [], publicChanged: true });
    for (const id of [a.id, b.id]) {
      const report = await load(id);
      expect(report).toMatchObject({ status: "ACKNOWLEDGED", version: 1 });
      expect(report.acknowledgedAt).toBeInstanceOf(Date);
    }
    expect(mailsTo(author.email).map((m) => m.subject).sort()).toEqual([`Votre signalement n° ${a.number}`, `Votre signalement n° ${b.number}`].sort());
    expect(await auditRows({ action: "report.status.acknowledged" })).toHaveLength(2);
  });

  it("says no public page changed when only private reports moved", async () => {
    const a = await createReportRow({ ...base, authorId: author.id, visibility: "PRIVATE" });
    const result = await expectSuccess(callAction(bulkTriageAction, { operation: "acknowledge", selected: [`${a.id}:0`] }));
    expect(result.data).toEqual({ done: [a.number], conflicts: [], refused: [], publicChanged: false });
  });

  it("routes the checked reports to a partner", async () => {
    const partner = await createPartner();
    const a = await createReportRow({ ...base, authorId: author.id });
    const result = await expectSuccess(callAction(bulkTriageAction, { operation: "route", partnerId: partner.id, selected: [`${a.id}:0`] }));
    expect(result.data.done).toEqual([a.number]);
    expect(await load(a.id)).toMatchObject({ status: "ROUTED", partnerId: partner.id });
  });
});

describe("listTriageQueue", () => {
  const filters = (params: Record<string, string>) => triageQueueSchema.parse(params);

  it("filters by status, category, area, site, partner, priority, photos, age and search", async () => {
    const other = await createTerritory();
    const otherCategory = await createCategory();
    const partner = await createPartner();
    const plain = await createReportRow({ ...base, authorId: author.id, description: "Ampoule grillée dans le hall." });
    const elsewhere = await createReportRow({ ...base, siteId: other.site.id, buildingId: other.building.id, areaId: other.area.id, authorId: author.id });
    const categorised = await createReportRow({ ...base, categoryId: otherCategory.id, authorId: author.id, status: "ACKNOWLEDGED" });
    await db.report.update({ where: { id: categorised.id }, data: { partnerId: partner.id, priority: "URGENT", photoCount: 2, createdAt: new Date(Date.now() - 10 * 86400000) } });

    const ids = async (params: Record<string, string>) => (await listTriageQueue(filters(params))).items.map((i) => i.id).sort();

    expect(await ids({})).toEqual([plain.id, elsewhere.id, categorised.id].sort());
    expect(await ids({ statut: "ACKNOWLEDGED" })).toEqual([categorised.id]);
    expect(await ids({ categorie: otherCategory.id })).toEqual([categorised.id]);
    expect(await ids({ secteur: other.area.id })).toEqual([elsewhere.id]);
    expect(await ids({ site: other.site.id })).toEqual([elsewhere.id]);
    expect(await ids({ partenaire: partner.id })).toEqual([categorised.id]);
    expect(await ids({ priorite: "URGENT" })).toEqual([categorised.id]);
    expect(await ids({ photos: "oui" })).toEqual([categorised.id]);
    expect(await ids({ photos: "non" })).toEqual([plain.id, elsewhere.id].sort());
    expect(await ids({ age: "7j" })).toEqual([categorised.id]);
    expect(await ids({ q: "ampoule" })).toEqual([plain.id]);
    expect(await ids({ q: `n° ${elsewhere.number}` })).toEqual([elsewhere.id]);
    expect(await ids({ statut: "PAS-UN-STATUT" })).toHaveLength(3);
    // An empty page still comes with its count.
    expect(await listTriageQueue(filters({ q: "introuvable" }))).toMatchObject({ total: 0, capped: false, items: [] });

    // The CSV export filters with Prisma's queueWhere: both read the same reports for each filter.
    const sets: Record<string, string>[] = [{}, { statut: "ACKNOWLEDGED" }, { secteur: other.area.id }, { partenaire: partner.id }, { priorite: "URGENT" }, { photos: "non" }, { age: "7j" }, { q: "AMPOULE" }, { q: `#${plain.number}` }];
    for (const params of sets) {
      const exported = (await exportQueuePage(filters(params), null, 100)).map((r) => r.id).sort();
      expect(await ids(params), JSON.stringify(params)).toEqual(exported);
    }

    const byPriority = await listTriageQueue(filters({ tri: "priorite" }));
    expect(byPriority.items[0].id).toBe(categorised.id);
    const oldest = await listTriageQueue(filters({ tri: "ancien" }));
    expect(oldest.items[0].id).toBe(categorised.id);
  });

  it("reads a page and its count in one SQL statement with the joined names, whatever the size", async () => {
    const partner = await createPartner();
    for (let i = 0; i < 30; i++) {
      const r = await createReportRow({ ...base, authorId: author.id });
      await db.report.update({ where: { id: r.id }, data: { partnerId: partner.id } });
    }
    const original = pg.Client.prototype.query;
    const statements: string[] = [];
    const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const first = args[0] as string | { text?: string };
      statements.push(typeof first === "string" ? first : (first?.text ?? ""));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);
    try {
      const result = await listTriageQueue(filters({ partenaire: partner.id, tri: "priorite" }));
      expect(result.items).toHaveLength(25);
      expect(result.items[0].partner?.name).toBe(partner.name);
    } finally {
      spy.mockRestore();
    }
    expect(statements.filter((s) => /^\s*(SELECT|WITH)/i.test(s))).toHaveLength(1);
  });

  it("searches the typed text literally: % and _ are not wildcards", async () => {
    const percent = await createReportRow({ ...base, authorId: author.id, description: "Remise de 50% sur la facture d'eau ?" });
    await createReportRow({ ...base, authorId: author.id, description: "Cinquante pour cent, 50 euros." });
    const underscore = await createReportRow({ ...base, authorId: author.id, description: "Tag_mur sur la façade." });
    await createReportRow({ ...base, authorId: author.id, description: "Chewing-gum collé sur le banc." });
    const search = async (q: string) => (await listTriageQueue(filters({ q }))).items.map((i) => i.id);
    expect(await search("50%")).toEqual([percent.id]);
    expect(await search("%")).toEqual([percent.id]);
    expect(await search("g_m")).toEqual([underscore.id]);
  });

  it("keeps the chosen order across pages", async () => {
    const made = [];
    for (let i = 0; i < 30; i++) made.push(await createReportRow({ ...base, authorId: author.id }));
    for (const [i, r] of made.entries()) await db.report.update({ where: { id: r.id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    const first = await listTriageQueue(filters({ tri: "ancien" }));
    const second = await listTriageQueue(filters({ tri: "ancien", page: "2" }));
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(made.map((r) => r.id));
  });

  it("pages by 25 with the total", async () => {
    for (let i = 0; i < 27; i++) await createReportRow({ ...base, authorId: author.id });
    const second = await listTriageQueue(filters({ page: "2" }));
    expect(second.total).toBe(27);
    expect(second.items).toHaveLength(2);
  });

  it("searches descriptions through the trigram index, not by reading every report", async () => {
    // On a tiny table the planner prefers a sequential scan; forbidding it shows the index applies.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "Report" WHERE description ILIKE '%ampoule%'`);
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Report_description_trgm_idx");
  });

  it("stops counting past the last counted page and says there are more", async () => {
    for (let i = 0; i < 27; i++) await createReportRow({ ...base, authorId: author.id });
    const capped = await listTriageQueue(filters({}), 1);
    expect(capped).toMatchObject({ total: 25, capped: true, page: 1 });
    expect(capped.items).toHaveLength(25);
    const beyond = await listTriageQueue(filters({ page: "3" }), 1);
    expect(beyond.page).toBe(1);
    expect((await listTriageQueue(filters({}), 2)).capped).toBe(false);
  });
});

describe("getReportFigures", () => {
  it("counts by status, category and area, and gives the median delays", async () => {
    const a = await createReportRow({ ...base, authorId: author.id });
    await createReportRow({ ...base, authorId: author.id });
    const created = new Date("2026-01-01T00:00:00Z");
    await db.report.update({ where: { id: a.id }, data: { createdAt: created, acknowledgedAt: new Date(created.getTime() + 2 * 3600000), status: "ACKNOWLEDGED" } });

    const figures = await getReportFigures();

    expect(figures.byStatus).toEqual([
      { status: "NEW", count: 1 },
      { status: "ACKNOWLEDGED", count: 1 },
    ]);
    expect(figures.byCategory).toEqual([{ key: base.categoryId, label: expect.any(String), count: 2 }]);
    expect(figures.byArea).toEqual([{ key: territory.area.id, label: territory.area.name, count: 2 }]);
    expect(figures.medians.acknowledgeHours).toBeCloseTo(2);
    expect(figures.medians.resolveHours).toBeNull();
  });

  it("counts by month over the last year and gives the median of each delay", async () => {
    const HOUR = 3600000;
    // Mid-month at noon: the same month in Paris as in UTC.
    const monthsAgo = (n: number) => {
      const now = new Date();
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 15, 12));
    };
    const dated = async (createdAt: Date, acknowledgeHours: number | null, resolveHours: number | null) => {
      const report = await createReportRow({ ...base, authorId: author.id });
      await db.report.update({
        where: { id: report.id },
        data: {
          createdAt,
          acknowledgedAt: acknowledgeHours === null ? null : new Date(createdAt.getTime() + acknowledgeHours * HOUR),
          resolvedAt: resolveHours === null ? null : new Date(createdAt.getTime() + resolveHours * HOUR),
          status: resolveHours === null ? (acknowledgeHours === null ? "NEW" : "ACKNOWLEDGED") : "RESOLVED",
        },
      });
    };
    await dated(monthsAgo(3), 2, 10);
    await dated(monthsAgo(1), 4, 5);
    await dated(monthsAgo(1), 30, null);
    await dated(monthsAgo(13), null, null);

    const figures = await getReportFigures();

    expect(figures.byMonth).toEqual([
      { month: monthsAgo(3).toISOString().slice(0, 7), count: 1 },
      { month: monthsAgo(1).toISOString().slice(0, 7), count: 2 },
    ]);
    expect(figures.byStatus).toEqual([
      { status: "NEW", count: 1 },
      { status: "ACKNOWLEDGED", count: 1 },
      { status: "RESOLVED", count: 2 },
    ]);
    expect(figures.medians.acknowledgeHours).toBeCloseTo(4);
    expect(figures.medians.resolveHours).toBeCloseTo(7.5);
  });
});

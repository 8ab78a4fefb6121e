import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteAccountAction } from "@/app/espace/actions";
import { eraseAccount } from "@/lib/people/delete-account";
import { exportMyData } from "@/lib/people/export-data";
import { getPartnerReport } from "@/lib/reports/queries/partner";
import { newStorageKey, putObject } from "@/lib/storage/file-storage";
import { callAction, expectRedirect } from "../../helpers/actions";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createPartner, createTerritory, createUser, TEST_PASSWORD, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow, useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});

let amina: TestUser;
let neighbour: TestUser;
let staff: TestUser;
let base: { categoryId: string; siteId: string; buildingId: string };
let partnerId: string;

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  amina = await createUser({ name: "Amina Benali", email: "amina@exemple.test", phone: "06 12 34 56 78" });
  neighbour = await createUser({ name: "Voisin" });
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  const { site, building } = await createTerritory();
  base = { categoryId: (await createCategory()).id, siteId: site.id, buildingId: building.id };
  partnerId = (await createPartner()).id;
});

async function photo(reportId: string, approvedForPublic = false) {
  const storageKey = newStorageKey("webp");
  await putObject(storageKey, Buffer.from("une photo"));
  await db.reportPhoto.create({ data: { reportId, storageKey, mime: "image/webp", width: 1, height: 1, bytes: 9, approvedForPublic, uploadedById: amina.id } });
  return storageKey;
}

/** Amina's data across the portal: a private report, an approved public one, a pending public one, a "moi aussi", mails… */
async function aminasData() {
  const privateReport = await createReportRow({ ...base, authorId: amina.id, visibility: "PRIVATE", description: "Fuite chez moi, 3e étage porte gauche." });
  await db.report.update({
    where: { id: privateReport.id },
    data: { latitude: 48.1, longitude: 2.1, address: "devant ma porte", contactConsent: true, contactSharedWithPartnerId: partnerId, partnerId },
  });
  const privateKeys = [await photo(privateReport.id), await photo(privateReport.id)];

  const publicReport = await createReportRow({ ...base, authorId: amina.id, visibility: "PUBLIC", description: "Mon voisin du 2e laisse ses poubelles, moi Amina." });
  await db.report.update({
    where: { id: publicReport.id },
    data: {
      moderationStatus: "APPROVED",
      publicDescription: "Des sacs poubelles sont laissés dans le hall.",
      address: "hall B, à côté de chez moi",
      latitude: 48.2,
      longitude: 2.2,
      contactConsent: true,
      contactSharedWithPartnerId: partnerId,
      partnerId,
      status: "ROUTED",
    },
  });
  const approvedKey = await photo(publicReport.id, true);
  const unapprovedKey = await photo(publicReport.id, false);
  await db.report.update({ where: { id: publicReport.id }, data: { photoCount: 2 } });
  await db.reportEvent.create({ data: { reportId: publicReport.id, kind: "STATUS_CHANGED", fromStatus: "RESOLVED", toStatus: "ACKNOWLEDGED", comment: "Toujours là, je suis Amina du 2e.", actorId: amina.id } });
  await db.reportEvent.create({ data: { reportId: publicReport.id, kind: "COMMENT", comment: "Nous passons jeudi.", actorId: staff.id } });

  const pendingPublic = await createReportRow({ ...base, authorId: amina.id, visibility: "PUBLIC", description: "Pas encore relu." });

  const neighbours = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
  await db.reportSupporter.create({ data: { reportId: neighbours.id, userId: amina.id } });
  await db.report.update({ where: { id: neighbours.id }, data: { supporterCount: 1 } });
  const notification = await db.notification.create({ data: { userId: amina.id, reportId: neighbours.id, kind: "REPORT_STATUS", text: "Le signalement avance." } });
  await db.outboundMail.create({ data: { to: amina.email, userId: amina.id, subject: "envoyé", text: "Bonjour Amina", sentAt: new Date(), notificationId: notification.id } });
  await db.outboundMail.create({ data: { to: amina.email, userId: amina.id, subject: "en attente", text: "Bonjour Amina" } });
  await db.emailVerificationToken.create({ data: { userId: amina.id, email: "nouvelle@exemple.test", tokenHash: "e".repeat(64), expiresAt: new Date(Date.now() + 60_000) } });
  await db.passwordResetToken.create({ data: { userId: amina.id, tokenHash: "f".repeat(64), expiresAt: new Date(Date.now() + 60_000) } });
  await db.session.create({ data: { userId: amina.id, sessionVersion: 0, tokenHash: "a".repeat(64), userAgent: "Firefox", expiresAt: new Date(Date.now() + 60_000) } });
  return { privateReport, privateKeys, publicReport, approvedKey, unapprovedKey, pendingPublic, neighbours };
}

describe("deleting an account erases what the privacy page promises", () => {
  it("deletes private and unmoderated reports with their photos on disk, and strips the approved public ones", async () => {
    const d = await aminasData();
    const neighboursMail = await db.outboundMail.create({ data: { to: neighbour.email, userId: neighbour.id, subject: "à garder", text: "Bonjour" } });
    expect(await uploads.files()).toHaveLength(4);
    await signInAs(amina);

    await expectRedirect(callAction(deleteAccountAction, { confirmation: "SUPPRIMER", password: TEST_PASSWORD }), "/compte-supprime");

    // Private and never-approved reports: gone, with their timeline, photos and files.
    expect(await db.report.findMany({ where: { id: { in: [d.privateReport.id, d.pendingPublic.id] } } })).toEqual([]);
    expect(await db.reportEvent.count({ where: { reportId: { in: [d.privateReport.id, d.pendingPublic.id] } } })).toBe(0);
    expect(await uploads.files()).toEqual([d.approvedKey]);
    expect(await db.reportPhoto.findMany({ select: { storageKey: true } })).toEqual([{ storageKey: d.approvedKey }]);

    // The approved public report: the moderated text and place stay, nothing of the person.
    const kept = await db.report.findUniqueOrThrow({ where: { id: d.publicReport.id } });
    expect(kept).toMatchObject({
      authorId: null,
      description: "Des sacs poubelles sont laissés dans le hall.",
      publicDescription: "Des sacs poubelles sont laissés dans le hall.",
      address: null,
      reporterName: null,
      reporterContact: null,
      contactConsent: false,
      contactSharedWithPartnerId: null,
      photoCount: 1,
    });
    const events = await db.reportEvent.findMany({ where: { reportId: d.publicReport.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.actorId)).not.toContain(amina.id);
    expect(events.find((e) => e.kind === "STATUS_CHANGED")?.comment).toBeNull();
    // A staff member's answer stays: it is the Régie's, and names nobody.
    expect(events.find((e) => e.comment === "Nous passons jeudi.")?.actorId).toBe(staff.id);
    expect(await db.reportEvent.count({ where: { actorId: amina.id } })).toBe(0);
    expect(await db.reportPhoto.count({ where: { uploadedById: amina.id } })).toBe(0);

    // The partner no longer sees any contact on it.
    const partnerView = await getPartnerReport(actorOf({ id: "partenaire", partnerId }), d.publicReport.id);
    expect(partnerView?.contact).toBeNull();
    expect(partnerView?.description).toBe("Des sacs poubelles sont laissés dans le hall.");

    // "Moi aussi", notifications, mails, links and sessions: gone; other people's mails stay.
    expect(await db.reportSupporter.count({ where: { userId: amina.id } })).toBe(0);
    expect((await db.report.findUniqueOrThrow({ where: { id: d.neighbours.id } })).supporterCount).toBe(0);
    expect(await db.notification.count({ where: { userId: amina.id } })).toBe(0);
    expect(await db.outboundMail.findMany({ select: { id: true } })).toEqual([{ id: neighboursMail.id }]);
    expect(await db.emailVerificationToken.count()).toBe(0);
    expect(await db.passwordResetToken.count()).toBe(0);
    expect(await db.session.count({ where: { userId: amina.id } })).toBe(0);

    // Nothing left that says Amina anywhere in the reports.
    const text = JSON.stringify(await db.report.findMany({ include: { events: true } }));
    expect(text).not.toMatch(/Amina|06 12 34|amina@|ma porte|chez moi/);
  });

  it("leaves other people's reports, photos and mails alone", async () => {
    const other = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PRIVATE" });
    const storageKey = newStorageKey("webp");
    await putObject(storageKey, Buffer.from("photo du voisin"));
    await db.reportPhoto.create({ data: { reportId: other.id, storageKey, mime: "image/webp", width: 1, height: 1, bytes: 15 } });

    await eraseAccount({}, { userId: amina.id, reason: "request" });

    expect(await db.report.count({ where: { id: other.id, authorId: neighbour.id } })).toBe(1);
    expect(await uploads.files()).toEqual([storageKey]);
  });
});

describe("the export lists what is kept about the person", () => {
  it("includes their timeline entries, the mails written to them, their consents and the partner given their contact", async () => {
    const d = await aminasData();
    const partner = await db.partner.findUniqueOrThrow({ where: { id: partnerId } });
    await db.outboundMail.create({ data: { to: amina.email, userId: amina.id, subject: "lien", text: "", bodyPurgedAt: new Date(), sentAt: new Date() } });

    const { account } = await exportMyData(amina.id);

    expect(account.privacyConsentAt).toBeInstanceOf(Date);
    expect(account.emailVerifiedAt).toBeInstanceOf(Date);
    const privateOne = account.reportsAuthored.find((r) => r.number === d.privateReport.number);
    expect(privateOne).toMatchObject({ contactConsent: true, contactSharedWithPartner: partner.name });
    expect(account.timelineEntries).toEqual(
      expect.arrayContaining([expect.objectContaining({ reportNumber: d.publicReport.number, comment: "Toujours là, je suis Amina du 2e." })]),
    );
    expect(account.timelineEntries.some((e) => e.comment === "Nous passons jeudi.")).toBe(false);
    expect(account.mails.map((m) => m.subject).sort()).toEqual(["en attente", "envoyé", "lien"]);
    expect(account.mails.find((m) => m.subject === "lien")).toMatchObject({ text: null });
    expect(account.mails.find((m) => m.subject === "envoyé")).toMatchObject({ text: "Bonjour Amina" });
    expect(JSON.stringify(account)).not.toContain("passwordHash");
  });
});

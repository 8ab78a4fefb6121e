import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { sendQueuedMails } from "@/lib/mail/outbox";
import { notifyReportFollowers } from "@/lib/notifications/report-followers";
import { deleteObjects } from "@/lib/storage/file-storage";
import { assertWithinDailyLimit } from "@/lib/reports/daily-limits";
import { preparePhotos, storePhotos, type StoredPhoto } from "@/lib/reports/photos";
import type { CreateReportInput, CreateReportOnBehalfInput, PlaceRef, RespondToResolutionInput } from "@/lib/reports/schemas";
import { COMMENT_REQUIRED, isOpen, residentTransition } from "@/lib/reports/status";
import { isInBounds, type LatLng } from "@/lib/territory/bounds";
import { readTerritoryBounds } from "@/lib/territory/queries";

export const PLACE_OUTSIDE_TERRITORY = "Ce lieu ne fait pas partie du territoire de la Régie.";
export const POINT_OUTSIDE_TERRITORY = "Ce point est en dehors du territoire de la Régie.";
export const UNKNOWN_CATEGORY = "Catégorie inconnue : choisissez-la dans la liste.";

type ResolvedPlace = { areaId: string | null; siteId: string | null; buildingId: string | null; entranceId: string | null };

/** Loads the chosen place from the database and fills in the levels above it. */
export async function resolvePlace(place: PlaceRef | null): Promise<ResolvedPlace> {
  const outside = () => new ValidationError(PLACE_OUTSIDE_TERRITORY, { place: [PLACE_OUTSIDE_TERRITORY] });
  if (!place) return { areaId: null, siteId: null, buildingId: null, entranceId: null };
  if (place.level === "entrance") {
    const e = await db.entrance.findUnique({
      where: { id: place.id },
      select: { id: true, building: { select: { id: true, site: { select: { id: true, areaId: true } } } } },
    });
    if (!e) throw outside();
    return { areaId: e.building.site.areaId, siteId: e.building.site.id, buildingId: e.building.id, entranceId: e.id };
  }
  if (place.level === "building") {
    const b = await db.building.findUnique({ where: { id: place.id }, select: { id: true, site: { select: { id: true, areaId: true } } } });
    if (!b) throw outside();
    return { areaId: b.site.areaId, siteId: b.site.id, buildingId: b.id, entranceId: null };
  }
  const s = await db.site.findUnique({ where: { id: place.id }, select: { id: true, areaId: true } });
  if (!s) throw outside();
  return { areaId: s.areaId, siteId: s.id, buildingId: null, entranceId: null };
}

/** A map point must fall near the territory: within the box of its sites and buildings, plus a margin. */
async function assertPointInTerritory(point: LatLng) {
  if (!isInBounds(await readTerritoryBounds(), point)) throw new ValidationError(POINT_OUTSIDE_TERRITORY, { latitude: [POINT_OUTSIDE_TERRITORY] });
}

async function findByIdempotencyKey(enteredById: string, idempotencyKey: string) {
  return db.report.findUnique({
    where: { enteredById_idempotencyKey: { enteredById, idempotencyKey } },
    select: { id: true, number: true },
  });
}

/**
 * The same report sent again by the same person within minutes, under a new form key: Back to a
 * form the browser loads again (a new key) and Send once more. The first report stands.
 */
export const RESUBMISSION_WINDOW_MS = 15 * 60 * 1000;

async function findResubmission(
  enteredById: string,
  report: Pick<Prisma.ReportUncheckedCreateInput, "categoryId" | "areaId" | "siteId" | "buildingId" | "entranceId" | "latitude" | "longitude" | "description" | "reporterName">,
) {
  return db.report.findFirst({
    // At the counter, two people may well report the same thing in the same words: reporterName tells them apart.
    where: { enteredById, createdAt: { gte: new Date(Date.now() - RESUBMISSION_WINDOW_MS) }, ...report },
    orderBy: { createdAt: "desc" },
    select: { id: true, number: true },
  });
}

export type CreatedReport = { id: string; number: number; existing: boolean };

/**
 * Creates a report in the caller's name, or, `onBehalf`, for a person seen at the counter (staff).
 * Idempotent: a second submission with the same form key, or of the same report under a new key
 * within minutes (`findResubmission`), returns the first report.
 * Photos are checked and re-encoded first; files are written, then the rows in one transaction;
 * if the transaction fails the files are removed. A refusal stores nothing.
 */
export async function createReport(
  actor: Actor,
  input: CreateReportInput | CreateReportOnBehalfInput,
  options: { onBehalf?: boolean } = {},
): Promise<CreatedReport> {
  const already = await findByIdempotencyKey(actor.id, input.idempotencyKey);
  if (already) return { ...already, existing: true };

  const category = await db.reportCategory.findFirst({ where: { id: input.categoryId, active: true }, select: { id: true } });
  if (!category) throw new ValidationError(UNKNOWN_CATEGORY, { categoryId: [UNKNOWN_CATEGORY] });
  const place = await resolvePlace(input.place);
  const latitude = input.latitude ?? null;
  const longitude = input.longitude ?? null;
  if (latitude != null && longitude != null) await assertPointInTerritory({ lat: latitude, lng: longitude });
  const onBehalf = options.onBehalf === true && "reporterName" in input;
  const resubmitted = await findResubmission(actor.id, {
    categoryId: category.id,
    ...place,
    latitude,
    longitude,
    description: input.description,
    reporterName: onBehalf ? input.reporterName : null,
  });
  if (resubmitted) return { ...resubmitted, existing: true };

  const prepared = await preparePhotos(input.photos);
  const stored: StoredPhoto[] = await storePhotos(prepared);

  try {
    return await db.$transaction(async (tx) => {
      await assertWithinDailyLimit(tx, actor, "reports");
      await assertWithinDailyLimit(tx, actor, "photos", stored.length);
      const report = await tx.report.create({
        data: {
          categoryId: category.id,
          description: input.description,
          ...place,
          latitude,
          longitude,
          address: input.address ?? null,
          authorId: onBehalf ? null : actor.id,
          enteredById: actor.id,
          reporterName: onBehalf ? input.reporterName : null,
          reporterContact: onBehalf ? (input.reporterContact ?? null) : null,
          visibility: input.visibility,
          contactConsent: input.contactConsent,
          photoCount: stored.length,
          idempotencyKey: input.idempotencyKey,
          photos: { create: stored.map((p) => ({ ...p, uploadedById: actor.id })) },
          events: {
            create: {
              kind: "CREATED",
              toStatus: "NEW",
              visibility: "PUBLIC",
              actorId: actor.id,
              comment: onBehalf ? "Signalement enregistré par l'équipe de la Régie." : null,
            },
          },
        },
        select: { id: true, number: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: onBehalf ? "report.create-on-behalf" : "report.create",
        entityType: "Report",
        entityId: report.id,
        after: { number: report.number, categoryId: category.id, ...place, visibility: input.visibility, photos: stored.length },
      });
      return { ...report, existing: false };
    });
  } catch (error) {
    await deleteObjects(stored.map((p) => p.storageKey));
    // The same form sent twice at once: the other submission won the unique key; return its report.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByIdempotencyKey(actor.id, input.idempotencyKey);
      if (winner) return { ...winner, existing: true };
    }
    throw error;
  }
}

export const CANNOT_SUPPORT = "Vous ne pouvez pas soutenir ce signalement.";

/**
 * "Moi aussi": the caller joins an open report they may see (public, not their own) instead of
 * creating a duplicate. Saying it twice changes nothing.
 */
export async function supportReport(actor: Actor, reportId: string): Promise<{ number: number; added: boolean }> {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      // authorId is null for a report entered at the counter: `<>` alone would leave those out.
      where: { id: reportId, visibility: "PUBLIC", OR: [{ authorId: null }, { authorId: { not: actor.id } }] },
      select: { id: true, number: true, status: true },
    });
    if (!report) throw new NotFoundError(CANNOT_SUPPORT);
    if (!isOpen(report.status)) throw new ValidationError("Ce signalement est déjà traité : faites un nouveau signalement si le problème persiste.");
    const created = await tx.reportSupporter.createMany({ data: [{ reportId, userId: actor.id }], skipDuplicates: true });
    if (created.count === 0) return { number: report.number, added: false };
    await tx.report.update({ where: { id: reportId }, data: { supporterCount: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "report.support", entityType: "Report", entityId: reportId });
    return { number: report.number, added: true };
  });
}

/**
 * The author's answer to a resolution: fixed (→ closed) or, within 30 days, not fixed with a
 * comment (→ acknowledged again). Scoped to the author in the `where`; `version` guards against
 * a change made meanwhile.
 */
export async function respondToResolution(actor: Actor, input: RespondToResolutionInput) {
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: input.reportId, authorId: actor.id },
      select: { id: true, number: true, status: true, resolvedAt: true, version: true },
    });
    if (!report) throw new NotFoundError("Signalement introuvable.");
    if (report.version !== input.version) throw new ConflictError();
    const now = new Date();
    const transition = residentTransition(report, input.decision, input.comment, now);
    if (!transition.ok) {
      const fieldErrors: Record<string, string[]> = transition.reason === COMMENT_REQUIRED ? { comment: [transition.reason] } : {};
      throw new ValidationError(transition.reason, fieldErrors);
    }
    const reopened = transition.to === "ACKNOWLEDGED";
    const updated = await tx.report.updateMany({
      where: { id: report.id, authorId: actor.id, version: report.version, status: "RESOLVED" },
      data: reopened
        ? { status: "ACKNOWLEDGED", reopenedAt: now, resolvedAt: null, version: { increment: 1 } }
        : { status: "CLOSED", closedAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        kind: "STATUS_CHANGED",
        fromStatus: "RESOLVED",
        toStatus: transition.to,
        comment: reopened ? input.comment : "L'habitant confirme que c'est réparé.",
        visibility: "PUBLIC",
        actorId: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: reopened ? "report.reopen" : "report.confirm-fixed",
      entityType: "Report",
      entityId: report.id,
      before: { status: "RESOLVED", version: report.version },
      after: { status: transition.to, version: report.version + 1 },
    });
    // The resident's own words stay on their report: followers are told what happened, not who said what.
    const { mailIds } = await notifyReportFollowers(
      tx,
      report.id,
      reopened
        ? `Le signalement n° ${report.number} a été rouvert : le problème n'est pas réglé.`
        : `Le signalement n° ${report.number} est clos : la réparation est confirmée.`,
      { kind: reopened ? "REPORT_REOPENED" : "REPORT_CONFIRMED", exceptUserId: actor.id },
    );
    return { result: { reportId: report.id, number: report.number, status: transition.to }, mailIds };
  });
  await sendQueuedMails(mailIds);
  return result;
}

import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { applyMove } from "@/lib/core/lifecycle";
import type { OperationContext } from "@/lib/core/operation";
import { Prisma } from "@/lib/generated/prisma/client";
import { deleteObjects } from "@/lib/storage/file-storage";
import { reportCacheTags } from "@/lib/reports/cache-tags";
import { assertWithinDailyLimit } from "@/lib/reports/daily-limits";
import { REPORT_NOT_FOUND, reportChangeResult, reportLifecycle, type ReportChange, type ReportChangeResult } from "@/lib/reports/lifecycle";
import { COMMENT_REQUIRED, isOpen, residentTransition, type ReportMove } from "@/lib/reports/model";
import { preparePhotos, storePhotos, type StoredPhoto } from "@/lib/reports/photos";
import { assertPointInTerritory, resolvePlace, UNKNOWN_CATEGORY } from "@/lib/reports/commands/references";
import type { CreateReportInput, CreateReportOnBehalfInput, RespondToResolutionInput, SetContactConsentInput, SupportReportInput } from "@/lib/reports/schemas";

/**
 * What residents do with reports: report a problem (or staff, at the counter, for a person),
 * say "moi aussi", answer a resolution of their own report, agree to be contacted by its partner.
 */

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

/** `cacheTags`: a public report shows on public pages once its text is approved; the figures count it now. */
export type CreatedReport = { id: string; number: number; existing: boolean; cacheTags: string[] };

/**
 * Creates a report in the caller's name, or, `onBehalf`, for a person seen at the counter (staff).
 * Idempotent: a second submission with the same form key, or of the same report under a new key
 * within minutes (`findResubmission`), returns the first report.
 * Photos are checked and re-encoded first; files are written, then the rows in one transaction;
 * if the transaction fails the files are removed. A refusal stores nothing.
 */
export async function createReport(
  ctx: OperationContext,
  input: CreateReportInput | CreateReportOnBehalfInput,
  options: { onBehalf?: boolean } = {},
): Promise<CreatedReport> {
  const { actor } = ctx;
  const cacheTags = reportCacheTags(input);
  const already = await findByIdempotencyKey(actor.id, input.idempotencyKey);
  if (already) return { ...already, existing: true, cacheTags };

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
  if (resubmitted) return { ...resubmitted, existing: true, cacheTags };

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
      return { ...report, existing: false, cacheTags };
    });
  } catch (error) {
    await deleteObjects(stored.map((p) => p.storageKey));
    // The same form sent twice at once: the other submission won the unique key; return its report.
    if (isUniqueViolation(error)) {
      const winner = await findByIdempotencyKey(actor.id, input.idempotencyKey);
      if (winner) return { ...winner, existing: true, cacheTags };
    }
    throw error;
  }
}

export const CANNOT_SUPPORT = "Vous ne pouvez pas soutenir ce signalement.";

/**
 * "Moi aussi": the caller joins an open report they may see (public, not their own) instead of
 * creating a duplicate. Saying it twice changes nothing. The supporter count shows on public pages.
 */
export async function supportReport(ctx: OperationContext, input: SupportReportInput): Promise<{ number: number; added: boolean; cacheTags: string[] }> {
  const { actor } = ctx;
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      // authorId is null for a report entered at the counter: `<>` alone would leave those out.
      where: { id: input.reportId, visibility: "PUBLIC", OR: [{ authorId: null }, { authorId: { not: actor.id } }] },
      select: { id: true, number: true, status: true, visibility: true },
    });
    if (!report) throw new NotFoundError(CANNOT_SUPPORT);
    if (!isOpen(report.status)) throw new ValidationError("Ce signalement est déjà traité : faites un nouveau signalement si le problème persiste.");
    const created = await tx.reportSupporter.createMany({ data: [{ reportId: report.id, userId: actor.id }], skipDuplicates: true });
    if (created.count === 0) return { number: report.number, added: false, cacheTags: [] };
    await tx.report.update({ where: { id: report.id }, data: { supporterCount: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "report.support", entityType: "Report", entityId: report.id });
    return { number: report.number, added: true, cacheTags: reportCacheTags(report) };
  });
}

/** The author's moves, as the table names them; only a resolved report can be answered. */
const ANSWERS = { fixed: "close", "not-fixed": "reportNotFixed" } as const satisfies Record<RespondToResolutionInput["decision"], ReportMove>;

/**
 * The author's answer to a resolution: fixed (→ closed) or, within 30 days, not fixed with a
 * comment (→ acknowledged again, `reopenedAt` set). Loaded and updated within the author's scope;
 * `version` guards against a change made meanwhile.
 */
export async function respondToResolution(ctx: OperationContext, input: RespondToResolutionInput): Promise<ReportChangeResult> {
  const move = ANSWERS[input.decision];
  const result = await applyMove(ctx, reportLifecycle, "author", { id: input.reportId, version: input.version }, move, async (report, _tx, rule): Promise<ReportChange> => {
    const transition = residentTransition(report, input.decision, input.comment);
    if (!transition.ok) {
      const fieldErrors: Record<string, string[]> = transition.reason === COMMENT_REQUIRED ? { comment: [transition.reason] } : {};
      throw new ValidationError(transition.reason, fieldErrors);
    }
    const reopened = rule.to === "ACKNOWLEDGED";
    return {
      event: {
        kind: "STATUS_CHANGED",
        fromStatus: report.status,
        toStatus: rule.to,
        comment: reopened ? input.comment : "L'habitant confirme que c'est réparé.",
        visibility: "PUBLIC",
      },
      audit: {
        action: reopened ? "report.reopen" : "report.confirm-fixed",
        before: { status: report.status, version: report.version },
        after: { status: rule.to, version: report.version + 1 },
      },
      // The resident's own words stay on their report: followers are told what happened, not who said what.
      notify: reopened
        ? { text: `Le signalement n° ${report.number} a été rouvert : le problème n'est pas réglé.`, kind: "REPORT_REOPENED" }
        : { text: `Le signalement n° ${report.number} est clos : la réparation est confirmée.`, kind: "REPORT_CONFIRMED" },
    };
  });
  return reportChangeResult(result);
}

/**
 * The person agrees, or no longer agrees, that the partner handling their report may contact
 * them. Withdrawing takes the contact back from the partner at once (the partner's page reads
 * `contactSharedWithPartnerId`); giving it again does not give it back by itself: staff decide
 * when routing. Within the author's scope; the form carries no version (a choice, not an edit of
 * what others changed), so no conflict either. The timeline entry is internal (staff see why the
 * contact disappeared), and the audit row records the change.
 */
export async function setContactConsent(ctx: OperationContext, input: SetContactConsentInput): Promise<void> {
  const { actor } = ctx;
  await db.$transaction(async (tx) => {
    const report = await reportLifecycle.load(tx, actor, "author", input.reportId);
    if (!report) throw new NotFoundError(REPORT_NOT_FOUND);
    if (report.contactConsent === input.consent) return;
    await tx.report.update({
      where: { id: report.id },
      data: { contactConsent: input.consent, ...(input.consent ? {} : { contactSharedWithPartnerId: null }), version: { increment: 1 } },
    });
    await tx.reportEvent.create({
      data: {
        reportId: report.id,
        actorId: actor.id,
        kind: "COMMENT",
        visibility: "INTERNAL",
        comment: input.consent
          ? "La personne accepte d'être contactée par le partenaire."
          : "La personne a retiré son accord pour être contactée par le partenaire : son contact ne lui est plus transmis.",
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.contact-consent",
      entityType: "Report",
      entityId: report.id,
      before: { contactConsent: report.contactConsent, contactSharedWithPartnerId: report.contactSharedWithPartnerId },
      after: { contactConsent: input.consent, contactSharedWithPartnerId: input.consent ? report.contactSharedWithPartnerId : null },
    });
  });
}

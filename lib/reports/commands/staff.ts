import "server-only";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { applyChange, applyMove, moveTo } from "@/lib/core/lifecycle";
import type { OperationContext } from "@/lib/core/operation";
import type { MoveRule } from "@/lib/core/moves";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { appUrl } from "@/lib/env";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import { assertWithinDailyLimit } from "@/lib/reports/daily-limits";
import {
  reportChangeResult,
  reportLifecycle,
  type LoadedReport,
  type ReportChange,
  type ReportChangeResult,
} from "@/lib/reports/lifecycle";
import { REPORT_STATUS_LABELS, type ReportActorKind } from "@/lib/reports/model";
import { resolvePlace, UNKNOWN_CATEGORY } from "@/lib/reports/commands/references";
import type {
  AddReportCommentInput,
  BulkTriageInput,
  MarkDuplicateInput,
  ModerateReportInput,
  RouteReportInput,
  SetPhotoPublicInput,
  SetReportPriorityInput,
  SetReportStatusInput,
  UpdateReportDetailsInput,
} from "@/lib/reports/schemas";
import { routes } from "@/lib/routes";

/**
 * Staff triage of reports, on the lifecycle kernel (lib/core/lifecycle.ts): every change reloads
 * the report, checks its `version`, and in one transaction writes the guarded update, a timeline
 * event and an audit row; on the changes followers see (public status changes and comments,
 * duplicates), each gets a notification, and an email once the transaction has committed.
 * Status moves are those of the table (lib/reports/model.ts `reportMoves`, kind "staff").
 */

export const UNKNOWN_PARTNER = "Partenaire inconnu : choisissez-le dans la liste.";
export const UNKNOWN_TEMPLATE = "Modèle de réponse inconnu.";
export const UNKNOWN_PHOTO = "Photo introuvable pour ce signalement.";
export const UNKNOWN_ORIGINAL = "Aucun signalement ouvert ne porte ce numéro.";
export const SAME_REPORT = "Un signalement ne peut pas être le doublon de lui-même.";
export const UNVERIFIED_CONTACT = "La personne n'a pas encore confirmé son adresse e-mail : son contact ne peut pas être transmis.";
export const NO_CONTACT_CONSENT = "La personne n'a pas accepté d'être contactée par le partenaire : son contact ne peut pas lui être transmis.";

type Target = { reportId: string; version: number };

const STAFF: ReportActorKind = "staff";

const at = (target: Target) => ({ id: target.reportId, version: target.version });

/** A change that keeps the status. */
async function change(ctx: OperationContext, target: Target, plan: (report: LoadedReport, tx: Tx) => Promise<ReportChange>): Promise<ReportChangeResult> {
  return reportChangeResult(await applyChange(ctx, reportLifecycle, STAFF, at(target), plan));
}

/**
 * A status move chosen by its target: the table names the move from the report's current status
 * (acknowledging a report already dealt with is `reopen`), or the move is refused. The status is
 * read in the same transaction; a stale version is a conflict before anything else.
 */
async function moveToStatus(
  ctx: OperationContext,
  target: Target,
  to: ReportStatus,
  plan: (report: LoadedReport, tx: Tx, move: string, rule: MoveRule<ReportStatus, ReportActorKind>) => Promise<ReportChange>,
): Promise<ReportChangeResult> {
  const pick = (report: LoadedReport) => moveTo(reportLifecycle, STAFF, report.status, to);
  return reportChangeResult(await applyMove(ctx, reportLifecycle, STAFF, at(target), pick, (report, tx, rule, move) => plan(report, tx, move, rule)));
}

/** Nothing a cached page shows changed (a priority, a comment): no cache tag to expire. */
function uncached(result: ReportChangeResult): ReportChangeResult {
  return { ...result, cacheTags: [] };
}

function statusText(number: number, to: ReportStatus, comment: string | null) {
  return `Le signalement n° ${number} est maintenant « ${REPORT_STATUS_LABELS[to]} ».${comment ? `\n\n${comment}` : ""}`;
}

/** The status moves that need no target: acknowledge (or reopen), work planned, resolve, close, reject. */
export async function setReportStatus(ctx: OperationContext, input: SetReportStatusInput): Promise<ReportChangeResult> {
  const to: ReportStatus = input.status;
  return moveToStatus(ctx, input, to, async (report, _tx, move) => ({
    data: to === "REJECTED" ? { rejectionReason: input.comment } : {},
    event: { kind: "STATUS_CHANGED", fromStatus: report.status, toStatus: to, comment: input.comment, visibility: "PUBLIC" },
    audit: { action: `report.status.${to.toLowerCase()}`, before: { status: report.status, version: report.version }, after: { status: to, version: report.version + 1 } },
    notify: { text: statusText(report.number, to, input.comment), kind: move === "reopen" ? "REPORT_REOPENED" : "REPORT_STATUS" },
  }));
}

export async function setReportPriority(ctx: OperationContext, input: SetReportPriorityInput): Promise<ReportChangeResult> {
  const result = await change(ctx, input, async (report) => ({
    data: { priority: input.priority },
    event: { kind: "PRIORITY_CHANGED", comment: `Priorité : ${input.priority}`, visibility: "INTERNAL" },
    audit: { action: "report.priority", before: { priority: report.priority }, after: { priority: input.priority } },
  }));
  return uncached(result);
}

export async function updateReportDetails(ctx: OperationContext, input: UpdateReportDetailsInput): Promise<ReportChangeResult> {
  const category = await db.reportCategory.findUnique({ where: { id: input.categoryId }, select: { id: true, name: true } });
  if (!category) throw new ValidationError(UNKNOWN_CATEGORY, { categoryId: [UNKNOWN_CATEGORY] });
  const place = input.place ? await resolvePlace(input.place) : null;
  return change(ctx, input, async (report) => {
    const placeChanged = !!place && (place.siteId !== report.siteId || place.buildingId !== report.buildingId || place.entranceId !== report.entranceId);
    const categoryChanged = category.id !== report.categoryId;
    if (!placeChanged && !categoryChanged) throw new ValidationError("Rien n'a changé.");
    return {
      data: { categoryId: category.id, ...(placeChanged && place ? place : {}) },
      event: {
        kind: categoryChanged ? "CATEGORY_CHANGED" : "PLACE_CHANGED",
        comment: [categoryChanged ? `Catégorie : ${category.name}` : null, placeChanged ? "Lieu corrigé" : null].filter(Boolean).join(" · "),
        visibility: "INTERNAL",
      },
      audit: {
        action: "report.details",
        before: { categoryId: report.categoryId, siteId: report.siteId, buildingId: report.buildingId, entranceId: report.entranceId },
        after: { categoryId: category.id, ...(placeChanged && place ? place : {}) },
      },
    };
  });
}

export function privateOriginal(number: number) {
  return `Le signalement n° ${number} est privé : seul son auteur le suit. Y rattacher ce doublon abonnerait d'autres habitants à un signalement qui n'est pas le leur. Traitez ce signalement à part, ou rattachez-le à un signalement public.`;
}

/**
 * Marks a report as the duplicate of an open one (by its public number). Its author and
 * supporters become supporters of the original (once each, never its own author). A private
 * original is seen and followed by its author only: moving strangers onto it would show them
 * someone's private report, so that merge is refused, unless nobody but that author would move.
 * Refusing (rather than merging without moving the followers) keeps the duplicate's followers
 * informed, which a closed duplicate would no longer do.
 */
export async function markReportDuplicate(ctx: OperationContext, input: MarkDuplicateInput): Promise<ReportChangeResult> {
  const result = await moveToStatus(ctx, input, "DUPLICATE", async (report, tx) => {
    const original = await tx.report.findUnique({
      where: { number: input.duplicateOfNumber },
      select: { id: true, number: true, status: true, authorId: true, visibility: true },
    });
    if (!original || original.status === "DUPLICATE" || original.status === "REJECTED") {
      throw new ValidationError(UNKNOWN_ORIGINAL, { duplicateOfNumber: [UNKNOWN_ORIGINAL] });
    }
    if (original.id === report.id) throw new ValidationError(SAME_REPORT, { duplicateOfNumber: [SAME_REPORT] });
    // Who would move: the duplicate's author and supporters, except the original's author.
    const followersToMove = async (t: Tx) => {
      const supporters = await t.reportSupporter.findMany({ where: { reportId: report.id }, select: { userId: true } });
      const followers = new Set([report.authorId, ...supporters.map((s) => s.userId)].filter((u): u is string => !!u));
      if (original.authorId) followers.delete(original.authorId);
      if (original.visibility === "PRIVATE" && followers.size > 0) {
        const message = privateOriginal(original.number);
        throw new ValidationError(message, { duplicateOfNumber: [message] });
      }
      return followers;
    };
    // Checked before any write, for the message, and again when moving: a "moi aussi" may land in between.
    await followersToMove(tx);
    const comment = `Ce problème était déjà signalé : suivi sous le n° ${original.number}.`;
    return {
      data: { duplicateOfId: original.id },
      event: { kind: "STATUS_CHANGED", fromStatus: report.status, toStatus: "DUPLICATE", comment, visibility: "PUBLIC" },
      audit: { action: "report.duplicate", before: { status: report.status }, after: { status: "DUPLICATE", duplicateOfId: original.id } },
      notify: {
        text: `Le signalement n° ${report.number} est un doublon du n° ${original.number}, qui signale le même problème : vous suivez désormais le n° ${original.number}.`,
      },
      after: async (t) => {
        const followers = await followersToMove(t);
        await t.reportSupporter.createMany({ data: [...followers].map((userId) => ({ reportId: original.id, userId })), skipDuplicates: true });
        await t.reportSupporter.deleteMany({ where: { reportId: report.id } });
        await t.report.update({ where: { id: report.id }, data: { supporterCount: 0 } });
        const count = await t.reportSupporter.count({ where: { reportId: original.id } });
        await t.report.update({ where: { id: original.id }, data: { supporterCount: count } });
        await t.reportEvent.create({
          data: { reportId: original.id, actorId: ctx.actor.id, kind: "MERGED", comment: `Le signalement n° ${report.number} a été rattaché ici.`, visibility: "INTERNAL" },
        });
      },
    };
  });
  // Whatever this one's visibility: the original (often public) gains its followers as supporters.
  return { ...result, cacheTags: [...new Set([...result.cacheTags, PUBLIC_REPORTS_TAG])] };
}

/** People who act for the partner now: an active account with a current PARTNER grant. */
async function partnerContacts(tx: Tx, partnerId: string) {
  const now = new Date();
  return tx.user.findMany({
    where: {
      status: "ACTIVE",
      roleGrants: { some: { role: "PARTNER", partnerId, revokedAt: null, validFrom: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] } },
    },
    select: { email: true },
    orderBy: { email: "asc" },
  });
}

async function findPartner(partnerId: string) {
  const partner = await db.partner.findUnique({ where: { id: partnerId, archivedAt: null }, select: { id: true, name: true } });
  if (!partner) throw new ValidationError(UNKNOWN_PARTNER, { partnerId: [UNKNOWN_PARTNER] });
  return partner;
}

/** Routes a report to the partner responsible; its contacts are emailed once committed. */
export async function routeReport(ctx: OperationContext, input: RouteReportInput): Promise<ReportChangeResult> {
  return routeTo(ctx, input, await findPartner(input.partnerId), input.comment, input.shareContact);
}

/**
 * Routing gives the report to the partner; with `shareContact`, the person's name and contact too,
 * which only this partner will see, and only if the person agreed. Routing to another partner
 * takes the contact back from the previous one.
 */
function routeTo(ctx: OperationContext, target: Target, partner: { id: string; name: string }, comment: string | null, shareContact: boolean) {
  return moveToStatus(ctx, target, "ROUTED", async (report, tx) => {
    if (shareContact && !report.contactConsent) throw new ValidationError(NO_CONTACT_CONSENT, { shareContact: [NO_CONTACT_CONSENT] });
    // An account's address not yet confirmed may be someone else's: it is not passed on (lib/people/email-verification.ts).
    if (shareContact && report.authorId && !(await tx.user.count({ where: { id: report.authorId, emailVerifiedAt: { not: null } } }))) {
      throw new ValidationError(UNVERIFIED_CONTACT, { shareContact: [UNVERIFIED_CONTACT] });
    }
    const contacts = await partnerContacts(tx, partner.id);
    return {
      mails: contacts.map((c) => ({
        to: c.email,
        subject: `Signalement n° ${report.number} transmis par la Régie de quartier`,
        text: `Bonjour,\n\nLa Régie de quartier vous transmet le signalement n° ${report.number}, qui relève de ${partner.name}.${comment ? `\n\n${comment}` : ""}${shareContact ? "\n\nLa personne qui l'a signalé accepte d'être contactée : ses coordonnées sont sur la page du signalement." : ""}\n\nIl apparaît dans votre espace partenaire : ${appUrl()}${routes.partner.home}\n\nLa Régie de quartier`,
      })),
      data: { partnerId: partner.id, contactSharedWithPartnerId: shareContact ? partner.id : null },
      event: { kind: "ROUTED", fromStatus: report.status, toStatus: "ROUTED", comment: comment ?? `Transmis à ${partner.name}.`, visibility: "PUBLIC" },
      audit: {
        action: "report.route",
        before: { status: report.status, partnerId: report.partnerId, contactSharedWithPartnerId: report.contactSharedWithPartnerId },
        after: { status: "ROUTED", partnerId: partner.id, contactSharedWithPartnerId: shareContact ? partner.id : null },
      },
      notify: { text: `Le signalement n° ${report.number} a été transmis à ${partner.name}, responsable des lieux.` },
    };
  });
}

export async function addReportComment(ctx: OperationContext, input: AddReportCommentInput): Promise<ReportChangeResult> {
  if (input.templateId) {
    const template = await db.responseTemplate.findFirst({ where: { id: input.templateId, active: true }, select: { id: true } });
    if (!template) throw new ValidationError(UNKNOWN_TEMPLATE, { templateId: [UNKNOWN_TEMPLATE] });
  }
  const result = await change(ctx, input, async (report, tx) => {
    await assertWithinDailyLimit(tx, ctx.actor, "comments");
    return {
      event: { kind: "COMMENT", comment: input.comment, visibility: input.visibility },
      audit: { action: "report.comment", after: { visibility: input.visibility, templateId: input.templateId ?? null } },
      notify:
        input.visibility === "PUBLIC" ? { text: `Nouveau message de la Régie sur le signalement n° ${report.number} :\n\n${input.comment}`, kind: "REPORT_COMMENT" } : undefined,
    };
  });
  // Public pages show dates and states only, never a comment (it can carry the residents' own words).
  return uncached(result);
}

export async function moderateReport(ctx: OperationContext, input: ModerateReportInput): Promise<ReportChangeResult> {
  return change(ctx, input, async (report) => ({
    data: { publicDescription: input.publicDescription, moderationStatus: input.moderationStatus, moderatedById: ctx.actor.id, moderatedAt: new Date() },
    event: { kind: "COMMENT", comment: `Texte public : ${input.moderationStatus === "APPROVED" ? "approuvé" : input.moderationStatus === "REJECTED" ? "refusé" : "à revoir"}.`, visibility: "INTERNAL" },
    audit: {
      action: "report.moderate",
      before: { moderationStatus: report.moderationStatus, publicDescription: report.publicDescription },
      after: { moderationStatus: input.moderationStatus, publicDescription: input.publicDescription },
    },
  }));
}

export async function setPhotoPublic(ctx: OperationContext, input: SetPhotoPublicInput): Promise<ReportChangeResult> {
  return change(ctx, input, async (report, tx) => {
    const photo = await tx.reportPhoto.findFirst({ where: { id: input.photoId, reportId: report.id }, select: { id: true, approvedForPublic: true } });
    if (!photo) throw new ValidationError(UNKNOWN_PHOTO);
    return {
      event: { kind: "COMMENT", comment: input.approved ? "Photo approuvée pour le public." : "Photo retirée du public.", visibility: "INTERNAL" },
      audit: { action: "report.photo-moderate", before: { photoId: photo.id, approvedForPublic: photo.approvedForPublic }, after: { photoId: photo.id, approvedForPublic: input.approved } },
      after: async (t) => {
        await t.reportPhoto.update({ where: { id: photo.id }, data: { approvedForPublic: input.approved } });
      },
    };
  });
}

/** `publicChanged`: at least one public report changed, so public pages must be refreshed. */
export type BulkOutcome = { done: number[]; conflicts: number[]; refused: { number: number | null; reason: string }[]; publicChanged: boolean };

/**
 * The same move on several checked reports, each in its own transaction and with its own version
 * check: one that changed meanwhile (or may not make this move) is reported, the others go through.
 */
export async function bulkTriage(ctx: OperationContext, input: BulkTriageInput): Promise<BulkOutcome> {
  const partner = input.operation === "route" && input.partnerId ? await findPartner(input.partnerId) : null;
  if (input.operation === "route" && !partner) throw new ValidationError(UNKNOWN_PARTNER, { partnerId: [UNKNOWN_PARTNER] });
  const numbers = new Map(
    (await db.report.findMany({ where: { id: { in: input.selected.map((s) => s.reportId) } }, select: { id: true, number: true } })).map((r) => [r.id, r.number]),
  );
  const outcome: BulkOutcome = { done: [], conflicts: [], refused: [], publicChanged: false };
  for (const target of input.selected) {
    try {
      const result = partner
        ? await routeTo(ctx, target, partner, null, false)
        : await setReportStatus(ctx, { ...target, status: input.operation === "acknowledge" ? "ACKNOWLEDGED" : "RESOLVED", comment: null });
      outcome.done.push(result.number);
      if (result.cacheTags.includes(PUBLIC_REPORTS_TAG)) outcome.publicChanged = true;
    } catch (error) {
      if (error instanceof ConflictError) outcome.conflicts.push(numbers.get(target.reportId) ?? 0);
      else if (error instanceof ValidationError || error instanceof NotFoundError) {
        outcome.refused.push({ number: numbers.get(target.reportId) ?? null, reason: error.message });
      } else throw error;
    }
  }
  return outcome;
}

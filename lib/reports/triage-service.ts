import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/authz/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventVisibility, NotificationKind, ReportEventKind, ReportStatus, ReportVisibility } from "@/lib/generated/prisma/enums";
import { appUrl } from "@/lib/env";
import { queueMails, sendQueuedMails, type QueuedMail } from "@/lib/mail/outbox";
import { notifyReportFollowers } from "@/lib/notifications/report-followers";
import { assertWithinDailyLimit } from "@/lib/reports/daily-limits";
import { resolvePlace, UNKNOWN_CATEGORY } from "@/lib/reports/service";
import { canStaffTransition, isOpen, REPORT_STATUS_LABELS } from "@/lib/reports/status";
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
} from "@/lib/reports/triage-schemas";

/**
 * Staff triage of reports. Every change: reload the report, check its `version` (optimistic
 * concurrency: `updateMany where { id, version }`, incremented), then in one transaction the
 * update, a timeline event and an audit row; on the changes they see (public status changes and
 * comments, duplicates), every follower gets a notification, and an email once the transaction
 * has committed (lib/notifications/report-followers.ts).
 */

export const REPORT_CONFLICT = "Ce signalement a été modifié entre-temps par quelqu'un d'autre. Rechargez la page.";
export const REPORT_NOT_FOUND = "Signalement introuvable.";
export const UNKNOWN_PARTNER = "Partenaire inconnu : choisissez-le dans la liste.";
export const UNKNOWN_TEMPLATE = "Modèle de réponse inconnu.";
export const UNKNOWN_PHOTO = "Photo introuvable pour ce signalement.";
export const UNKNOWN_ORIGINAL = "Aucun signalement ouvert ne porte ce numéro.";
export const SAME_REPORT = "Un signalement ne peut pas être le doublon de lui-même.";

export function statusNotAllowed(from: ReportStatus, to: ReportStatus) {
  return `Impossible de passer de « ${REPORT_STATUS_LABELS[from]} » à « ${REPORT_STATUS_LABELS[to]} ».`;
}

const loadSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  categoryId: true,
  areaId: true,
  siteId: true,
  buildingId: true,
  entranceId: true,
  priority: true,
  partnerId: true,
  contactConsent: true,
  contactSharedWithPartnerId: true,
  acknowledgedAt: true,
  publicDescription: true,
  moderationStatus: true,
  authorId: true,
  visibility: true,
} as const satisfies Prisma.ReportSelect;
type LoadedReport = Prisma.ReportGetPayload<{ select: typeof loadSelect }>;

type Change = {
  data: Prisma.ReportUncheckedUpdateManyInput;
  event: { kind: ReportEventKind; fromStatus?: ReportStatus; toStatus?: ReportStatus; comment?: string | null; visibility: EventVisibility };
  audit: { action: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };
  /** Text of the followers' notification (and email), for changes they see. */
  notify?: string;
  notifyKind?: NotificationKind;
  /** Mails besides the followers' (the partner's contacts), queued in the same transaction. */
  mails?: QueuedMail[];
  /** Extra writes in the same transaction, after the guarded update and the notifications. */
  after?: (tx: Tx) => Promise<void>;
};

/** `visibility` tells the caller whether public pages show this report (and must be revalidated). */
export type TriageResult = { reportId: string; number: number; version: number; status: ReportStatus; visibility: ReportVisibility };

/** The guarded write shared by every triage change, inside the caller's transaction. */
async function applyInTx(
  tx: Tx,
  actor: Actor,
  target: { reportId: string; version: number },
  plan: (report: LoadedReport, tx: Tx) => Promise<Change>,
): Promise<{ result: TriageResult; mailIds: string[] }> {
  const report = await tx.report.findUnique({ where: { id: target.reportId }, select: loadSelect });
  if (!report) throw new NotFoundError(REPORT_NOT_FOUND);
  if (report.version !== target.version) throw new ConflictError(REPORT_CONFLICT);
  const change = await plan(report, tx);
  const updated = await tx.report.updateMany({
    where: { id: report.id, version: report.version },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ConflictError(REPORT_CONFLICT);
  await tx.reportEvent.create({ data: { reportId: report.id, actorId: actor.id, ...change.event } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: change.audit.action,
    entityType: "Report",
    entityId: report.id,
    before: change.audit.before,
    after: change.audit.after,
  });
  // Followers as they were when the change was made: a duplicate's supporters are told before
  // `after` moves them to the original.
  const followerMailIds = change.notify
    ? (await notifyReportFollowers(tx, report.id, change.notify, { kind: change.notifyKind ?? "REPORT_STATUS", exceptUserId: actor.id })).mailIds
    : [];
  const mailIds = [...followerMailIds, ...(await queueMails(tx, change.mails ?? []))];
  if (change.after) await change.after(tx);
  const status = (change.data.status as ReportStatus | undefined) ?? report.status;
  return { result: { reportId: report.id, number: report.number, version: report.version + 1, status, visibility: report.visibility }, mailIds };
}

async function apply(
  actor: Actor,
  target: { reportId: string; version: number },
  plan: (report: LoadedReport, tx: Tx) => Promise<Change>,
): Promise<TriageResult> {
  const { result, mailIds } = await db.$transaction((tx) => applyInTx(tx, actor, target, plan));
  await sendQueuedMails(mailIds);
  return result;
}

function statusText(number: number, to: ReportStatus, comment: string | null) {
  return `Le signalement n° ${number} est maintenant « ${REPORT_STATUS_LABELS[to]} ».${comment ? `\n\n${comment}` : ""}`;
}

function assertTransition(from: ReportStatus, to: ReportStatus) {
  if (!canStaffTransition(from, to)) throw new ValidationError(statusNotAllowed(from, to), { status: [statusNotAllowed(from, to)] });
}

/** The status moves that need no target: acknowledge, work planned, resolve, close, reject. */
function statusPlan(to: ReportStatus, comment: string | null) {
  return async (report: LoadedReport): Promise<Change> => {
    assertTransition(report.status, to);
    const now = new Date();
    const data: Prisma.ReportUncheckedUpdateManyInput = { status: to };
    if (to === "ACKNOWLEDGED") {
      if (!report.acknowledgedAt) data.acknowledgedAt = now;
      data.resolvedAt = null;
      data.closedAt = null;
      data.rejectionReason = null;
    }
    if (to === "RESOLVED") data.resolvedAt = now;
    if (to === "CLOSED") data.closedAt = now;
    if (to === "REJECTED") data.rejectionReason = comment;
    return {
      data,
      event: { kind: "STATUS_CHANGED", fromStatus: report.status, toStatus: to, comment, visibility: "PUBLIC" },
      audit: { action: `report.status.${to.toLowerCase()}`, before: { status: report.status, version: report.version }, after: { status: to, version: report.version + 1 } },
      notify: statusText(report.number, to, comment),
      notifyKind: to === "ACKNOWLEDGED" && !isOpen(report.status) ? "REPORT_REOPENED" : "REPORT_STATUS",
    };
  };
}

export async function setReportStatus(actor: Actor, input: SetReportStatusInput): Promise<TriageResult> {
  return apply(actor, input, statusPlan(input.status, input.comment));
}

export async function setReportPriority(actor: Actor, input: SetReportPriorityInput): Promise<TriageResult> {
  return apply(actor, input, async (report) => ({
    data: { priority: input.priority },
    event: { kind: "PRIORITY_CHANGED", comment: `Priorité : ${input.priority}`, visibility: "INTERNAL" },
    audit: { action: "report.priority", before: { priority: report.priority }, after: { priority: input.priority } },
  }));
}

export async function updateReportDetails(actor: Actor, input: UpdateReportDetailsInput): Promise<TriageResult> {
  const category = await db.reportCategory.findUnique({ where: { id: input.categoryId }, select: { id: true, name: true } });
  if (!category) throw new ValidationError(UNKNOWN_CATEGORY, { categoryId: [UNKNOWN_CATEGORY] });
  const place = input.place ? await resolvePlace(input.place) : null;
  return apply(actor, input, async (report) => {
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
export async function markReportDuplicate(actor: Actor, input: MarkDuplicateInput): Promise<TriageResult> {
  return apply(actor, input, async (report, tx) => {
    assertTransition(report.status, "DUPLICATE");
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
      data: { status: "DUPLICATE", duplicateOfId: original.id },
      event: { kind: "STATUS_CHANGED", fromStatus: report.status, toStatus: "DUPLICATE", comment, visibility: "PUBLIC" },
      audit: { action: "report.duplicate", before: { status: report.status }, after: { status: "DUPLICATE", duplicateOfId: original.id } },
      notify: `Le signalement n° ${report.number} est un doublon du n° ${original.number}, qui signale le même problème : vous suivez désormais le n° ${original.number}.`,
      after: async (t) => {
        const followers = await followersToMove(t);
        await t.reportSupporter.createMany({ data: [...followers].map((userId) => ({ reportId: original.id, userId })), skipDuplicates: true });
        await t.reportSupporter.deleteMany({ where: { reportId: report.id } });
        await t.report.update({ where: { id: report.id }, data: { supporterCount: 0 } });
        const count = await t.reportSupporter.count({ where: { reportId: original.id } });
        await t.report.update({ where: { id: original.id }, data: { supporterCount: count } });
        await t.reportEvent.create({
          data: { reportId: original.id, actorId: actor.id, kind: "MERGED", comment: `Le signalement n° ${report.number} a été rattaché ici.`, visibility: "INTERNAL" },
        });
      },
    };
  });
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

/** Routes a report to the partner responsible; its contacts are emailed once committed. */
export async function routeReport(actor: Actor, input: RouteReportInput): Promise<TriageResult> {
  const partner = await db.partner.findUnique({ where: { id: input.partnerId }, select: { id: true, name: true } });
  if (!partner) throw new ValidationError(UNKNOWN_PARTNER, { partnerId: [UNKNOWN_PARTNER] });
  return apply(actor, input, routePlan(partner, input.comment, input.shareContact));
}

export const UNVERIFIED_CONTACT = "La personne n'a pas encore confirmé son adresse e-mail : son contact ne peut pas être transmis.";
export const NO_CONTACT_CONSENT = "La personne n'a pas accepté d'être contactée par le partenaire : son contact ne peut pas lui être transmis.";

/**
 * Routing gives the report to the partner; with `shareContact`, the person's name and contact too,
 * which only this partner will see, and only if the person agreed. Routing to another partner
 * takes the contact back from the previous one.
 */
function routePlan(partner: { id: string; name: string }, comment: string | null, shareContact: boolean) {
  return async (report: LoadedReport, tx: Tx): Promise<Change> => {
    assertTransition(report.status, "ROUTED");
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
        text: `Bonjour,\n\nLa Régie de quartier vous transmet le signalement n° ${report.number}, qui relève de ${partner.name}.${comment ? `\n\n${comment}` : ""}${shareContact ? "\n\nLa personne qui l'a signalé accepte d'être contactée : ses coordonnées sont sur la page du signalement." : ""}\n\nIl apparaît dans votre espace partenaire : ${appUrl()}/partenaire\n\nLa Régie de quartier`,
      })),
      data: {
        status: "ROUTED",
        partnerId: partner.id,
        contactSharedWithPartnerId: shareContact ? partner.id : null,
        ...(report.acknowledgedAt ? {} : { acknowledgedAt: new Date() }),
      },
      event: { kind: "ROUTED", fromStatus: report.status, toStatus: "ROUTED", comment: comment ?? `Transmis à ${partner.name}.`, visibility: "PUBLIC" },
      audit: {
        action: "report.route",
        before: { status: report.status, partnerId: report.partnerId, contactSharedWithPartnerId: report.contactSharedWithPartnerId },
        after: { status: "ROUTED", partnerId: partner.id, contactSharedWithPartnerId: shareContact ? partner.id : null },
      },
      notify: `Le signalement n° ${report.number} a été transmis à ${partner.name}, responsable des lieux.`,
    };
  };
}

export async function addReportComment(actor: Actor, input: AddReportCommentInput): Promise<TriageResult> {
  if (input.templateId) {
    const template = await db.responseTemplate.findFirst({ where: { id: input.templateId, active: true }, select: { id: true } });
    if (!template) throw new ValidationError(UNKNOWN_TEMPLATE, { templateId: [UNKNOWN_TEMPLATE] });
  }
  return apply(actor, input, async (report, tx) => {
    await assertWithinDailyLimit(tx, actor, "comments");
    return {
      data: {},
      event: { kind: "COMMENT", comment: input.comment, visibility: input.visibility },
      audit: { action: "report.comment", after: { visibility: input.visibility, templateId: input.templateId ?? null } },
      notify: input.visibility === "PUBLIC" ? `Nouveau message de la Régie sur le signalement n° ${report.number} :\n\n${input.comment}` : undefined,
      notifyKind: "REPORT_COMMENT",
    };
  });
}

export async function moderateReport(actor: Actor, input: ModerateReportInput): Promise<TriageResult> {
  return apply(actor, input, async (report) => ({
    data: { publicDescription: input.publicDescription, moderationStatus: input.moderationStatus, moderatedById: actor.id, moderatedAt: new Date() },
    event: { kind: "COMMENT", comment: `Texte public : ${input.moderationStatus === "APPROVED" ? "approuvé" : input.moderationStatus === "REJECTED" ? "refusé" : "à revoir"}.`, visibility: "INTERNAL" },
    audit: {
      action: "report.moderate",
      before: { moderationStatus: report.moderationStatus, publicDescription: report.publicDescription },
      after: { moderationStatus: input.moderationStatus, publicDescription: input.publicDescription },
    },
  }));
}

export async function setPhotoPublic(actor: Actor, input: SetPhotoPublicInput): Promise<TriageResult> {
  return apply(actor, input, async (report, tx) => {
    const photo = await tx.reportPhoto.findFirst({ where: { id: input.photoId, reportId: report.id }, select: { id: true, approvedForPublic: true } });
    if (!photo) throw new ValidationError(UNKNOWN_PHOTO);
    return {
      data: {},
      event: { kind: "COMMENT", comment: input.approved ? "Photo approuvée pour le public." : "Photo retirée du public.", visibility: "INTERNAL" },
      audit: { action: "report.photo-moderate", before: { photoId: photo.id, approvedForPublic: photo.approvedForPublic }, after: { photoId: photo.id, approvedForPublic: input.approved } },
      after: async (t) => {
        await t.reportPhoto.update({ where: { id: photo.id }, data: { approvedForPublic: input.approved } });
      },
    };
  });
}

/** `publicChanged`: at least one public report changed, so public pages must be revalidated. */
export type BulkOutcome = { done: number[]; conflicts: number[]; refused: { number: number | null; reason: string }[]; publicChanged: boolean };

/**
 * The same move on several checked reports, each in its own transaction and with its own version
 * check: one that changed meanwhile (or may not make this move) is reported, the others go through.
 */
export async function bulkTriage(actor: Actor, input: BulkTriageInput): Promise<BulkOutcome> {
  const partner = input.operation === "route" && input.partnerId ? await db.partner.findUnique({ where: { id: input.partnerId }, select: { id: true, name: true } }) : null;
  if (input.operation === "route" && !partner) throw new ValidationError(UNKNOWN_PARTNER, { partnerId: [UNKNOWN_PARTNER] });
  const numbers = new Map(
    (await db.report.findMany({ where: { id: { in: input.selected.map((s) => s.reportId) } }, select: { id: true, number: true } })).map((r) => [r.id, r.number]),
  );
  const outcome: BulkOutcome = { done: [], conflicts: [], refused: [], publicChanged: false };
  for (const target of input.selected) {
    try {
      const result =
        input.operation === "route" && partner
          ? await routeReport(actor, { ...target, partnerId: partner.id, comment: null, shareContact: false })
          : await setReportStatus(actor, { ...target, status: input.operation === "acknowledge" ? "ACKNOWLEDGED" : "RESOLVED", comment: null });
      outcome.done.push(result.number);
      if (result.visibility === "PUBLIC") outcome.publicChanged = true;
    } catch (error) {
      if (error instanceof ConflictError) outcome.conflicts.push(numbers.get(target.reportId) ?? 0);
      else if (error instanceof ValidationError || error instanceof NotFoundError) {
        outcome.refused.push({ number: numbers.get(target.reportId) ?? null, reason: error.message });
      } else throw error;
    }
  }
  return outcome;
}

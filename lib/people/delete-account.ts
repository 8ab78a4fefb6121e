import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import { hashPassword } from "@/lib/auth/passwords";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { confirmPassword } from "@/lib/people/confirm-password";
import type { DeleteAccountInput } from "@/lib/people/schemas";
import { deleteObjects } from "@/lib/storage/file-storage";

/** Why an account is erased: the person asked, or the retention job after 24 months without use. */
export type ErasureReason = "request" | "inactivity";

export type ErasureSummary = { reportsDeleted: number; reportsAnonymised: number; photoFilesDeleted: number };

/** "Supprimer mon compte": the password again, then the erasure. */
export async function deleteAccount(ctx: OperationContext, input: Pick<DeleteAccountInput, "password">): Promise<ErasureSummary> {
  await confirmPassword(ctx.actor.id, input.password);
  return eraseAccount(ctx, { userId: ctx.actor.id, reason: "request" });
}

/**
 * Erases a person, as the privacy page promises:
 * - their private reports, and public ones whose public text was never approved, are deleted with
 *   their timeline, photos (files on disk too, after the commit) and point;
 * - their approved public reports stay as the neighbourhood knows them: the moderated public text,
 *   place and approved photos, without their name, original words, free-text address, contact,
 *   consent or unapproved photos; the comments they wrote there lose their text (never moderated);
 * - every timeline entry they wrote elsewhere loses its author (the text of a staff member's
 *   comment is the Régie's answer to a resident and stays);
 * - their "moi aussi", notifications, mails (pending and sent), links, sessions and roles go;
 * - the account row stays, anonymous and unusable, because the association's records (audit log,
 *   reports staff entered) must keep pointing somewhere.
 * The retention job erases with nobody acting: it takes only the transaction part of a context.
 */
export async function eraseAccount(
  ctx: Pick<OperationContext, "tx" | "afterCommit">,
  { userId, reason }: { userId: string; reason: ErasureReason },
): Promise<ErasureSummary> {
  const unusableHash = await hashPassword(randomBytes(32).toString("base64url"));
  return inTransaction(ctx, async (tx, afterCommit) => {
    const now = new Date();
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const { deleted, anonymised, storageKeys } = await eraseReports(tx, userId);
    await leaveFollowedReports(tx, userId);
    await tx.reportEvent.updateMany({ where: { actorId: userId }, data: { actorId: null } });
    await tx.reportPhoto.updateMany({ where: { uploadedById: userId }, data: { uploadedById: null } });
    // What the person was told, and mails written to them, are theirs and of no use once they are gone.
    await tx.notification.deleteMany({ where: { userId } });
    await tx.outboundMail.deleteMany({ where: { OR: [{ userId }, { to: user.email }] } });
    await tx.passwordResetToken.deleteMany({ where: { userId } });
    await tx.emailVerificationToken.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.roleGrant.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedById: userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `supprime-${userId}@anonyme.invalid`,
        name: "Compte supprimé",
        phone: null,
        entranceId: null,
        passwordHash: unusableHash,
        privacyConsentAt: null,
        notifyByEmail: false,
        emailVerifiedAt: null,
        lastSeenAt: null,
        inactivityWarnedAt: null,
        status: "DELETED",
        sessionVersion: { increment: 1 },
      },
    });
    const summary: ErasureSummary = { reportsDeleted: deleted, reportsAnonymised: anonymised, photoFilesDeleted: storageKeys.length };
    await recordAudit(tx, {
      actorId: userId,
      action: reason === "request" ? "user.delete" : "user.anonymise-inactive",
      entityType: "User",
      entityId: userId,
      after: summary,
    });
    if (reason === "request") await recordSecurityEvent(tx, { kind: "ACCOUNT_DELETED", userId });
    // Files go once the rows are gone: a rollback must not leave rows pointing at missing files.
    afterCommit(() => deleteObjects(storageKeys));
    return summary;
  });
}

async function eraseReports(tx: Tx, userId: string) {
  const reports = await tx.report.findMany({
    where: { authorId: userId },
    select: {
      id: true,
      visibility: true,
      moderationStatus: true,
      publicDescription: true,
      photos: { select: { id: true, storageKey: true, approvedForPublic: true } },
    },
  });
  const storageKeys: string[] = [];
  const toDelete: string[] = [];
  let anonymised = 0;
  for (const report of reports) {
    const keepsPublicText = report.visibility === "PUBLIC" && report.moderationStatus === "APPROVED" && !!report.publicDescription;
    if (!keepsPublicText) {
      toDelete.push(report.id);
      storageKeys.push(...report.photos.map((p) => p.storageKey));
      continue;
    }
    const dropped = report.photos.filter((p) => !p.approvedForPublic);
    storageKeys.push(...dropped.map((p) => p.storageKey));
    await tx.reportPhoto.deleteMany({ where: { id: { in: dropped.map((p) => p.id) } } });
    // Their own words on their report (a reopening reason…) were never moderated: the entry stays, without text.
    await tx.reportEvent.updateMany({ where: { reportId: report.id, actorId: userId }, data: { comment: null } });
    await tx.report.update({
      where: { id: report.id },
      data: {
        description: report.publicDescription!,
        address: null,
        authorId: null,
        reporterName: null,
        reporterContact: null,
        contactConsent: false,
        contactSharedWithPartnerId: null,
        idempotencyKey: null,
        photoCount: report.photos.length - dropped.length,
        version: { increment: 1 },
      },
    });
    anonymised++;
  }
  // Timeline, photos rows, supporters and notifications go with them (cascades).
  if (toDelete.length) await tx.report.deleteMany({ where: { id: { in: toDelete } } });
  return { deleted: toDelete.length, anonymised, storageKeys };
}

/** Their "moi aussi" go, and the counts shown on those reports follow. */
async function leaveFollowedReports(tx: Tx, userId: string) {
  await tx.$executeRaw`
    UPDATE "Report" SET "supporterCount" = greatest("supporterCount" - 1, 0)
    WHERE "id" IN (SELECT "reportId" FROM "ReportSupporter" WHERE "userId" = ${userId})`;
  await tx.reportSupporter.deleteMany({ where: { userId } });
}

import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { applyMove, type MovePlan } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { feeOf } from "@/lib/membership/fees";
import { MEMBERSHIP_TAG, cancelPlan, membershipLifecycle, type LoadedMembership } from "@/lib/membership/lifecycle";
import { grantMemberRole } from "@/lib/membership/member-role";
import { formatReceiptNumber, membershipYear, type MembershipActorKind } from "@/lib/membership/model";
import { nextReceiptNumber } from "@/lib/membership/receipt-number";
import type { CancelMembershipInput, CopyFeesInput, RecordPaperMembershipInput, RecordPaymentInput, SetFeeInput, UpdateMemberInput } from "@/lib/membership/schemas";
import type { MembershipResult } from "@/lib/membership/commands/member";

/**
 * Staff writes on membership: paper forms, payments (with their receipts), cancellations, the
 * members' details and the fee table. Each in one transaction with its audit row.
 */

export const UNKNOWN_PARTNER = "Partenaire inconnu ou archivé : choisissez-le dans la liste.";
export const MEMBER_NOT_FOUND = "Adhérent introuvable.";
export const ALREADY_HAS_YEAR = "Cet adhérent a déjà une adhésion pour cette année : ouvrez sa fiche pour l'encaisser ou l'annuler.";
export const NOTHING_TO_COPY = "Aucune cotisation à recopier : l'année précédente n'a pas de barème, ou cette année a déjà toutes les siennes.";

const STAFF = "staff" as const;
/** A paper form sent twice within this delay gives back what the first submission made. */
const RESUBMIT_WINDOW_MS = 10 * 60 * 1000;

export type PaymentResult = MembershipResult & { memberId: string; receiptNumber: string; paymentId: string };

type Payment = { amountCents: number; method: RecordPaymentInput["method"]; paidOn: Date };

/**
 * The `pay` move's plan: the payment row with the year's next receipt number (its counter locked
 * in this very transaction: lib/membership/receipt-number.ts) and, when the member has an account,
 * the MEMBER role for the membership's year. Receipts are numbered in the year they are issued
 * (the recording's year, Paris time), the order a receipt book follows.
 */
function payPlan(ctx: OperationContext, payment: Payment, done: (result: { paymentId: string; receiptYear: number; receiptNumber: number }) => void): MovePlan<LoadedMembership, MembershipStatus, MembershipActorKind, never, never> {
  return async (membership, tx, rule, move) => {
    const receiptYear = membershipYear();
    const receiptNumber = await nextReceiptNumber(tx, receiptYear);
    return {
      audit: {
        action: `membership.${move}`,
        before: { status: membership.status },
        after: { status: rule.to, amountCents: payment.amountCents, method: payment.method, paidOn: payment.paidOn.toISOString().slice(0, 10), receipt: formatReceiptNumber(receiptYear, receiptNumber) },
      },
      after: async (tx: Tx) => {
        const created = await tx.membershipPayment.create({
          data: { membershipId: membership.id, ...payment, recordedById: ctx.actor.id, receiptYear, receiptNumber },
          select: { id: true },
        });
        await grantMemberRole(tx, { userId: membership.member.userId, year: membership.year, grantedById: ctx.actor.id });
        done({ paymentId: created.id, receiptYear, receiptNumber });
      },
    };
  };
}

/** Records the payment of a pending membership, which becomes active; its receipt is numbered. */
export async function recordPayment(ctx: OperationContext, input: RecordPaymentInput): Promise<PaymentResult> {
  let receipt: { paymentId: string; receiptYear: number; receiptNumber: number } | undefined;
  const payment = { amountCents: input.amount, method: input.method, paidOn: input.paidOn };
  const result = await applyMove(ctx, membershipLifecycle, STAFF, { id: input.membershipId, version: input.version }, "pay", payPlan(ctx, payment, (r) => (receipt = r)));
  if (!receipt) throw new Error("The payment was not written.");
  return { membershipId: result.id, memberId: result.record.member.id, version: result.version, cacheTags: result.cacheTags, paymentId: receipt.paymentId, receiptNumber: formatReceiptNumber(receipt.receiptYear, receipt.receiptNumber) };
}

/** Cancels a membership not yet paid. */
export async function cancelMembership(ctx: OperationContext, input: CancelMembershipInput): Promise<MembershipResult & { memberId: string }> {
  const result = await applyMove(ctx, membershipLifecycle, STAFF, { id: input.membershipId, version: input.version }, "cancel", cancelPlan);
  return { membershipId: result.id, memberId: result.record.member.id, version: result.version, cacheTags: result.cacheTags };
}

async function assertPartner(tx: Tx, partnerId: string | null) {
  if (!partnerId) return;
  const partner = await tx.partner.findFirst({ where: { id: partnerId, archivedAt: null }, select: { id: true } });
  if (!partner) throw new ValidationError(UNKNOWN_PARTNER, { partnerId: [UNKNOWN_PARTNER] });
}

export type PaperResult = MembershipResult & { memberId: string; receiptNumber: string | null };

/**
 * A paper form: the member (new, or chosen), the year's membership in the college at the table's
 * fee, and, when paid on the spot, its payment (the `pay` move, in the same transaction). The
 * same form sent twice (same member details, same year, by the same person, within minutes)
 * gives back what the first made.
 */
export async function recordPaperMembership(ctx: OperationContext, input: RecordPaperMembershipInput): Promise<PaperResult> {
  try {
    return await inTransaction(ctx, async (tx, afterCommit) => {
      const feeCents = await feeOf(tx, input.year, input.college);
      let memberId: string;
      if ("existing" in input.member) {
        const member = await tx.member.findUnique({ where: { id: input.member.existing }, select: { id: true } });
        if (!member) throw new ValidationError(MEMBER_NOT_FOUND, { memberId: [MEMBER_NOT_FOUND] });
        memberId = member.id;
      } else {
        const details = input.member.new;
        await assertPartner(tx, details.partnerId);
        const twin = await tx.membership.findFirst({
          where: {
            year: input.year,
            createdById: ctx.actor.id,
            source: "PAPER",
            createdAt: { gt: new Date(Date.now() - RESUBMIT_WINDOW_MS) },
            member: { kind: details.kind, name: details.name, partnerId: details.partnerId, email: details.email, createdAt: { gt: new Date(Date.now() - RESUBMIT_WINDOW_MS) } },
          },
          select: { id: true, version: true, memberId: true, payment: { select: { receiptYear: true, receiptNumber: true } } },
        });
        if (twin) {
          const receiptNumber = twin.payment ? formatReceiptNumber(twin.payment.receiptYear, twin.payment.receiptNumber) : null;
          return { membershipId: twin.id, memberId: twin.memberId, version: twin.version, receiptNumber, cacheTags: [] };
        }
        const member = await tx.member.create({ data: details, select: { id: true } });
        await recordAudit(tx, { actorId: ctx.actor.id, action: "member.create", entityType: "Member", entityId: member.id, after: details });
        memberId = member.id;
      }
      const taken = await tx.membership.findUnique({ where: { memberId_year: { memberId, year: input.year } }, select: { id: true } });
      if (taken) throw new ValidationError(ALREADY_HAS_YEAR, { year: [ALREADY_HAS_YEAR] });
      const membership = await tx.membership.create({
        data: { memberId, year: input.year, college: input.college, feeCents, source: "PAPER", createdById: ctx.actor.id },
        select: { id: true, version: true },
      });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "membership.create", entityType: "Membership", entityId: membership.id, after: { memberId, year: input.year, college: input.college, feeCents } });
      if (!input.payment) return { membershipId: membership.id, memberId, version: membership.version, receiptNumber: null, cacheTags: [MEMBERSHIP_TAG] };
      const paid = await recordPayment({ ...ctx, tx, afterCommit }, { membershipId: membership.id, version: membership.version, amount: feeCents, ...input.payment });
      return { membershipId: membership.id, memberId, version: paid.version, receiptNumber: paid.receiptNumber, cacheTags: [MEMBERSHIP_TAG] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(ALREADY_HAS_YEAR, { year: [ALREADY_HAS_YEAR] });
    throw error;
  }
}

/** Edits a member's details (no version on Member: the last edit wins, and each is audited). */
export async function updateMember(ctx: OperationContext, input: UpdateMemberInput): Promise<{ memberId: string; cacheTags: string[] }> {
  return inTransaction(ctx, async (tx) => {
    const { memberId, ...details } = input;
    const member = await tx.member.findUnique({ where: { id: memberId }, select: { kind: true, name: true, partnerId: true, representativeName: true, email: true, phone: true, address: true } });
    if (!member) throw new NotFoundError(MEMBER_NOT_FOUND);
    if (details.partnerId !== member.partnerId) await assertPartner(tx, details.partnerId);
    await tx.member.update({ where: { id: memberId }, data: details });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "member.update", entityType: "Member", entityId: memberId, before: member, after: details });
    return { memberId, cacheTags: [MEMBERSHIP_TAG] };
  });
}

/** Sets a year's fee for a college (made or changed); memberships already made keep their fee. */
export async function setFee(ctx: OperationContext, input: SetFeeInput): Promise<{ cacheTags: string[] }> {
  return inTransaction(ctx, async (tx) => {
    const before = await tx.membershipFee.findUnique({ where: { year_college: { year: input.year, college: input.college } }, select: { amountCents: true } });
    const fee = await tx.membershipFee.upsert({
      where: { year_college: { year: input.year, college: input.college } },
      create: { year: input.year, college: input.college, amountCents: input.amount },
      update: { amountCents: input.amount },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "membership.fee.set", entityType: "MembershipFee", entityId: fee.id, before: before ?? undefined, after: { year: input.year, college: input.college, amountCents: input.amount } });
    return { cacheTags: [MEMBERSHIP_TAG] };
  });
}

/** Copies the previous year's fees to `year` for the colleges it has none of yet; the count copied. */
export async function copyFees(ctx: OperationContext, input: CopyFeesInput): Promise<{ copied: number; cacheTags: string[] }> {
  return inTransaction(ctx, async (tx) => {
    const previous = await tx.membershipFee.findMany({ where: { year: input.year - 1 }, select: { college: true, amountCents: true } });
    const existing = new Set((await tx.membershipFee.findMany({ where: { year: input.year }, select: { college: true } })).map((f) => f.college));
    const missing = previous.filter((fee) => !existing.has(fee.college));
    if (missing.length === 0) throw new ValidationError(NOTHING_TO_COPY, { year: [NOTHING_TO_COPY] });
    await tx.membershipFee.createMany({ data: missing.map((fee) => ({ year: input.year, college: fee.college, amountCents: fee.amountCents })), skipDuplicates: true });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "membership.fee.copy", entityType: "MembershipFee", entityId: String(input.year), after: { year: input.year, fees: missing } });
    return { copied: missing.length, cacheTags: [MEMBERSHIP_TAG] };
  });
}

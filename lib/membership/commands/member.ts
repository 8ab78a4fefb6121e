import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { applyMove } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { feeOf } from "@/lib/membership/fees";
import { MEMBERSHIP_TAG, cancelPlan, membershipLifecycle } from "@/lib/membership/lifecycle";
import { membershipYear } from "@/lib/membership/model";
import type { CancelMembershipInput, JoinMembershipInput } from "@/lib/membership/schemas";

/**
 * A person's own writes on their membership: joining online for the current year, and cancelling
 * their membership while it is not paid. The member is always the caller's account (never an id
 * sent by the form).
 */

export const ALREADY_MEMBER = "Vous avez déjà adhéré pour cette année.";

export type MembershipResult = { membershipId: string; version: number; cacheTags: string[] };

/**
 * Joins for the current year in the caller's name, as a PERSON: their Member row is reused (or
 * made, from their account's name and address). The fee is the year's table's for the college.
 * A second submission (double click) gives back the membership the first made; a membership of
 * the year already paid, or asked for earlier, is refused; a cancelled one is asked for again.
 */
export async function joinMembership(ctx: OperationContext, input: JoinMembershipInput, now = new Date()): Promise<MembershipResult> {
  const year = membershipYear(now);
  try {
    return await inTransaction(ctx, async (tx, afterCommit) => {
      const feeCents = await feeOf(tx, year, input.college);
      const existingMember = await tx.member.findFirst({ where: { userId: ctx.actor.id, kind: "PERSON" }, orderBy: { createdAt: "asc" }, select: { id: true } });
      const member =
        existingMember ??
        (await tx.member.create({ data: { kind: "PERSON", userId: ctx.actor.id, name: ctx.actor.name, email: ctx.actor.email }, select: { id: true } }));
      const current = await tx.membership.findUnique({
        where: { memberId_year: { memberId: member.id, year } },
        select: { id: true, version: true, status: true, college: true, createdById: true },
      });
      if (current && current.status !== "CANCELLED") {
        if (current.status === "PENDING" && current.version === 0 && current.createdById === ctx.actor.id && current.college === input.college) {
          return { membershipId: current.id, version: current.version, cacheTags: [] };
        }
        throw new ValidationError(ALREADY_MEMBER, { college: [ALREADY_MEMBER] });
      }
      const data = { college: input.college, feeCents, source: "ONLINE" as const, createdById: ctx.actor.id };
      const audit = { memberId: member.id, year, college: input.college, feeCents };
      if (current) {
        // Cancelled earlier this year: the same row (one per member and year) is asked for again.
        const reopened = await applyMove({ ...ctx, tx, afterCommit }, membershipLifecycle, "member", current, "reopen", async () => ({ data, audit: { action: "membership.reopen", before: { status: "CANCELLED" }, after: audit } }));
        return { membershipId: reopened.id, version: reopened.version, cacheTags: reopened.cacheTags };
      }
      const membership = await tx.membership.create({ data: { ...data, memberId: member.id, year }, select: { id: true, version: true } });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "membership.join", entityType: "Membership", entityId: membership.id, after: audit });
      return { membershipId: membership.id, version: membership.version, cacheTags: [MEMBERSHIP_TAG] };
    });
  } catch (error) {
    // Two submissions at once: the second meets the unique (member, year).
    if (isUniqueViolation(error)) throw new ValidationError(ALREADY_MEMBER, { college: [ALREADY_MEMBER] });
    throw error;
  }
}

/** Cancels one's own membership not yet paid (the scope: the caller's own memberships only). */
export async function cancelOwnMembership(ctx: OperationContext, input: CancelMembershipInput): Promise<MembershipResult> {
  const result = await applyMove(ctx, membershipLifecycle, "member", { id: input.membershipId, version: input.version }, "cancel", cancelPlan);
  return { membershipId: result.id, version: result.version, cacheTags: result.cacheTags };
}

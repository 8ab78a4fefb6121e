import "server-only";
import type { Tx } from "@/lib/db";
import type { MovePlan, Mover, RecordLifecycle } from "@/lib/core/lifecycle";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_STATUS_LABELS, membershipMoves, type MembershipActorKind } from "@/lib/membership/model";
import { membershipScope } from "@/lib/membership/scopes";

/**
 * A membership as the lifecycle kernel (lib/core/lifecycle.ts) changes it, loaded and updated
 * within the mover's scope (lib/membership/scopes.ts). Memberships have no timeline: the audit
 * rows are their history, so there is no event to write and no follower to notify.
 */

export const MEMBERSHIP_NOT_FOUND = "Adhésion introuvable.";
export const MEMBERSHIP_CONFLICT = "Cette adhésion a été modifiée entre-temps. Rechargez la page pour voir son état actuel.";
/** Cache tag of the membership reads (the register, the figures, Mon espace). */
export const MEMBERSHIP_TAG = "membership";

export function membershipStatusNotAllowed(from: MembershipStatus, to: MembershipStatus) {
  return `Impossible de passer de « ${MEMBERSHIP_STATUS_LABELS[from]} » à « ${MEMBERSHIP_STATUS_LABELS[to]} ».`;
}

const membershipSelect = {
  id: true,
  version: true,
  status: true,
  year: true,
  college: true,
  feeCents: true,
  activatedAt: true,
  cancelledAt: true,
  member: { select: { id: true, userId: true, name: true } },
} as const satisfies Prisma.MembershipSelect;
export type LoadedMembership = Prisma.MembershipGetPayload<{ select: typeof membershipSelect }>;

export const membershipLifecycle: RecordLifecycle<LoadedMembership, MembershipStatus, MembershipActorKind, never, never> = {
  entityType: "Membership",
  moves: membershipMoves,
  messages: { notFound: MEMBERSHIP_NOT_FOUND, conflict: MEMBERSHIP_CONFLICT, notAllowed: membershipStatusNotAllowed },
  load: (tx: Tx, actor: Mover, kind: MembershipActorKind, id: string) =>
    tx.membership.findFirst({ where: { AND: [{ id }, membershipScope(actor, kind).where] }, select: membershipSelect }),
  update: async (tx, actor, kind, membership, data) => {
    const updated = await tx.membership.updateMany({
      where: { AND: [{ id: membership.id, version: membership.version, status: membership.status }, membershipScope(actor, kind).where] },
      data: { ...(data as Prisma.MembershipUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    return updated.count === 1;
  },
  writeEvent: async () => {},
  cacheTags: () => [MEMBERSHIP_TAG],
};

/** The cancel move's plan: its audit row. */
export const cancelPlan: MovePlan<LoadedMembership, MembershipStatus, MembershipActorKind, never, never> = async (membership, _tx, rule, move) => ({
  audit: { action: `membership.${move}`, before: { status: membership.status }, after: { status: rule.to } },
});

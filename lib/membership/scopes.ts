/**
 * Which memberships a person reaches (the record scope of lib/authz/scopes.ts, for this domain):
 * staff every one; a member their own only, those of a Member row that is their account
 * (Member.userId). Commands, queries and the receipt route take the condition from here.
 */
import type { Actor } from "@/lib/authz/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipActorKind } from "@/lib/membership/model";

export function membershipScope(actor: Pick<Actor, "id"> | null, kind: MembershipActorKind): { where: Prisma.MembershipWhereInput } {
  if (kind === "staff") return { where: {} };
  if (!actor) return { where: { id: { in: [] } } };
  return { where: { member: { userId: actor.id } } };
}

import "server-only";
import type { Tx } from "@/lib/db";
import { parisToday } from "@/lib/core/calendar";
import type { BodyKind } from "@/lib/generated/prisma/enums";
import { parisYear } from "@/lib/governance/meetings/paris-time";

/**
 * Who sits in a body at a meeting: for the general assembly every member with an active
 * membership of the meeting's year; for the others the holders of the body's mandates covering
 * the meeting's day (Paris). A member holding two mandates of the body sits once.
 */
export type BodyMember = { id: string; name: string; representativeName: string | null; address: string | null };

const memberSelect = { id: true, name: true, representativeName: true, email: true, user: { select: { email: true } } } as const;

export async function bodyMembersAt(tx: Tx, body: { id: string; kind: BodyKind }, startsAt: Date): Promise<BodyMember[]> {
  const day = parisToday(startsAt);
  const where =
    body.kind === "GENERAL_ASSEMBLY"
      ? { memberships: { some: { year: parisYear(startsAt), status: "ACTIVE" as const } } }
      : { mandates: { some: { bodyId: body.id, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] } } };
  const members = await tx.member.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: memberSelect });
  return members.map((m) => ({ id: m.id, name: m.name, representativeName: m.representativeName, address: m.email ?? m.user?.email ?? null }));
}

/** "Bailleur Habitat 93 (représenté par Mme Diallo)", or the person's name. */
export function memberLabel(member: Pick<BodyMember, "name" | "representativeName">): string {
  return member.representativeName ? `${member.name} (représenté par ${member.representativeName})` : member.name;
}

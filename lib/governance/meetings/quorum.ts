/**
 * The quorum, pure (unit-tested): the share of the body's members the statutes ask to be present,
 * or represented when proxies count, rounded up; and the line the meeting page shows.
 */
import type { BodyKind } from "@/lib/generated/prisma/enums";

export type QuorumStatutes = {
  quorumAssemblyPercent: number;
  quorumBoardPercent: number;
  quorumOtherPercent: number;
  proxiesCountForQuorum: boolean;
};

export type Quorum = { members: number; required: number; counted: number; reached: boolean };

/** The statutes' percent for a kind of body. */
export function quorumPercent(kind: BodyKind, statutes: QuorumStatutes): number {
  if (kind === "GENERAL_ASSEMBLY") return statutes.quorumAssemblyPercent;
  if (kind === "BOARD") return statutes.quorumBoardPercent;
  return statutes.quorumOtherPercent;
}

/** required = ⌈percent × members / 100⌉; counted = present (+ represented if proxies count). A body without members never has its quorum. */
export function computeQuorum(input: { kind: BodyKind; statutes: QuorumStatutes; members: number; present: number; represented: number }): Quorum {
  const percent = quorumPercent(input.kind, input.statutes);
  // Integers first: 50 × 10 / 100 is exactly 5, never 5.000000001 rounded up to 6.
  const required = Math.ceil((percent * input.members) / 100);
  const counted = input.present + (input.statutes.proxiesCountForQuorum ? input.represented : 0);
  return { members: input.members, required, counted, reached: input.members > 0 && counted >= required };
}

/** "Quorum atteint : 11 sur 10 requis", or "Quorum non atteint : 4 sur 10 requis". */
export function quorumText(quorum: Pick<Quorum, "required" | "counted" | "reached">): string {
  return `${quorum.reached ? "Quorum atteint" : "Quorum non atteint"} : ${quorum.counted} sur ${quorum.required} requis`;
}

/** The voices that may vote: those present and those they represent (a proxy is a voice whether or not it counts for the quorum). */
export function voices(present: number, represented: number): number {
  return present + represented;
}

import "server-only";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/core/errors";

/**
 * The statutes' settings in force on a day: the latest version that took effect on or before it.
 * (The statutes' own screens live in lib/governance/statutes.ts; this is the one reading the
 * meetings need.)
 */
const statutesSelect = {
  quorumAssemblyPercent: true,
  quorumBoardPercent: true,
  quorumOtherPercent: true,
  proxiesCountForQuorum: true,
  proxiesPerPerson: true,
} as const;

export type MeetingStatutes = { quorumAssemblyPercent: number; quorumBoardPercent: number; quorumOtherPercent: number; proxiesCountForQuorum: boolean; proxiesPerPerson: number };

export function statutesOn(tx: Tx, day: Date): Promise<MeetingStatutes | null> {
  return tx.statutesVersion.findFirst({ where: { effectiveFrom: { lte: day } }, orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }], select: statutesSelect });
}

export const NO_STATUTES = "Les statuts en vigueur à la date de la réunion ne sont pas saisis : un administrateur doit les renseigner (quorum, pouvoirs) avant de compter les présences.";

export async function requireStatutesOn(tx: Tx, day: Date): Promise<MeetingStatutes> {
  const statutes = await statutesOn(tx, day);
  if (!statutes) throw new ValidationError(NO_STATUTES);
  return statutes;
}

import "server-only";
import { db, type Tx } from "@/lib/db";
import { parisToday } from "@/lib/core/calendar";
import { ValidationError } from "@/lib/core/errors";
import type { StatutesSettings } from "@/lib/governance/statutes-rules";

/**
 * The statutes' settings as the rows keep them: one row per version, never edited; the settings in
 * force on a day are the latest version effective that day (ties: the one written last).
 */
export const STATUTES_SELECT = {
  id: true,
  effectiveFrom: true,
  boardSeatsResidents: true,
  boardSeatsLocalAuthorities: true,
  boardSeatsSocialLandlords: true,
  boardSeatsSocioEconomic: true,
  residentsMinSharePercent: true,
  quorumAssemblyPercent: true,
  quorumBoardPercent: true,
  quorumOtherPercent: true,
  proxiesCountForQuorum: true,
  proxiesPerPerson: true,
  flagEmployeeMandates: true,
  note: true,
  createdAt: true,
} as const;

export type StatutesVersionRow = StatutesSettings & { id: string; effectiveFrom: Date; note: string | null; createdAt: Date };

/** The settings in force on `day` (today in Paris by default), or null before the first version. */
export async function statutesInForce(day: Date = parisToday(), client: Tx | typeof db = db): Promise<StatutesVersionRow | null> {
  return client.statutesVersion.findFirst({
    where: { effectiveFrom: { lte: day } },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
    select: STATUTES_SELECT,
  });
}

/** Why a meeting's attendance cannot be counted: no statutes (quorum, proxies) on its day. */
export const NO_STATUTES_FOR_MEETING = "Les statuts en vigueur à la date de la réunion ne sont pas saisis : un administrateur doit les renseigner (quorum, pouvoirs) avant de compter les présences.";

/** The settings in force on a meeting's day, inside the caller's transaction; refused (NO_STATUTES_FOR_MEETING) before the first version. */
export async function requireStatutesOn(tx: Tx, day: Date): Promise<StatutesVersionRow> {
  const statutes = await statutesInForce(day, tx);
  if (!statutes) throw new ValidationError(NO_STATUTES_FOR_MEETING);
  return statutes;
}

/** The history, newest first, with who wrote each version. */
export async function listStatutesVersions() {
  return db.statutesVersion.findMany({
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
    select: { ...STATUTES_SELECT, createdBy: { select: { name: true } } },
    take: 100,
  });
}

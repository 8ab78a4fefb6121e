/**
 * The statutes' settings, pure: their bounds, the seats per college, and the check that the seat
 * table keeps the residents' share (residents' seats ≥ share × total seats).
 */
import type { College } from "@/lib/generated/prisma/enums";

export type StatutesSettings = {
  boardSeatsResidents: number;
  boardSeatsLocalAuthorities: number;
  boardSeatsSocialLandlords: number;
  boardSeatsSocioEconomic: number;
  residentsMinSharePercent: number;
  quorumAssemblyPercent: number;
  quorumBoardPercent: number;
  quorumOtherPercent: number;
  proxiesCountForQuorum: boolean;
  proxiesPerPerson: number;
  flagEmployeeMandates: boolean;
};

/** A board larger than this is not a board (the law allows any; the form guards against typos). */
export const MAX_SEATS_PER_COLLEGE = 60;
export const MAX_PROXIES_PER_PERSON = 10;
export const STATUTES_NOTE_MAX = 1000;

export const SEAT_FIELDS = {
  RESIDENTS: "boardSeatsResidents",
  LOCAL_AUTHORITIES: "boardSeatsLocalAuthorities",
  SOCIAL_LANDLORDS: "boardSeatsSocialLandlords",
  SOCIO_ECONOMIC_PARTNERS: "boardSeatsSocioEconomic",
} as const satisfies Record<College, keyof StatutesSettings>;

export function seatsOf(settings: StatutesSettings): Record<College, number> {
  return {
    RESIDENTS: settings.boardSeatsResidents,
    LOCAL_AUTHORITIES: settings.boardSeatsLocalAuthorities,
    SOCIAL_LANDLORDS: settings.boardSeatsSocialLandlords,
    SOCIO_ECONOMIC_PARTNERS: settings.boardSeatsSocioEconomic,
  };
}

export function totalSeats(settings: StatutesSettings): number {
  const seats = seatsOf(settings);
  return seats.RESIDENTS + seats.LOCAL_AUTHORITIES + seats.SOCIAL_LANDLORDS + seats.SOCIO_ECONOMIC_PARTNERS;
}

/** The seat table keeps the residents' share: residents' seats × 100 ≥ share × total (integers, no rounding). */
export function keepsResidentsShare(settings: StatutesSettings): boolean {
  return settings.boardSeatsResidents * 100 >= settings.residentsMinSharePercent * totalSeats(settings);
}

export const SHARE_NOT_KEPT = "Les sièges des habitants doivent représenter au moins la part minimale des sièges du conseil : augmentez-les ou baissez la part.";
export const NO_SEATS = "Le conseil d'administration doit compter au moins un siège.";

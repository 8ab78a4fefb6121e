/**
 * Membership, pure (no database): the colleges, kinds, statuses and payment methods with their
 * French labels, the table of moves, the receipts' numbering and the membership year. The colleges are governance's too (a mandate sits for a college).
 */
import { defineMoves } from "@/lib/core/moves";
import { parisToday } from "@/lib/core/calendar";
import type { College, MemberKind, MembershipSource, MembershipStatus, PaymentMethod } from "@/lib/generated/prisma/enums";

export const COLLEGES = ["RESIDENTS", "LOCAL_AUTHORITIES", "SOCIAL_LANDLORDS", "SOCIO_ECONOMIC_PARTNERS"] as const satisfies readonly College[];
export const COLLEGE_LABELS: Record<College, string> = {
  RESIDENTS: "Habitants",
  LOCAL_AUTHORITIES: "Collectivités locales",
  SOCIAL_LANDLORDS: "Bailleurs sociaux",
  SOCIO_ECONOMIC_PARTNERS: "Partenaires socio-économiques",
};

export const MEMBER_KINDS = ["PERSON", "ORGANISATION"] as const satisfies readonly MemberKind[];
export const MEMBER_KIND_LABELS: Record<MemberKind, string> = { PERSON: "Personne", ORGANISATION: "Organisation" };

export const MEMBERSHIP_STATUSES = ["PENDING", "ACTIVE", "CANCELLED"] as const satisfies readonly MembershipStatus[];
export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  PENDING: "En attente de paiement",
  ACTIVE: "À jour",
  CANCELLED: "Annulée",
};

export const MEMBERSHIP_SOURCE_LABELS: Record<MembershipSource, string> = { ONLINE: "En ligne", PAPER: "Bulletin papier" };

export const PAYMENT_METHODS = ["CASH", "CHEQUE", "TRANSFER", "CARD"] as const satisfies readonly PaymentMethod[];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  CASH: "Espèces",
  CHEQUE: "Chèque",
  TRANSFER: "Virement",
  CARD: "Carte bancaire (à l'accueil)",
};

/**
 * Who moves a membership: staff (any membership), or the member themself (their own only: the
 * scope in lib/membership/scopes.ts).
 */
export type MembershipActorKind = "staff" | "member";

/**
 * Every move of a membership, once. A membership asked for (online or on paper) becomes active when
 * staff record its payment (`pay`: the plan writes the payment and its receipt number in the same
 * transaction); a membership never paid is cancelled, by staff or by the member who asked for it.
 * An active membership is never cancelled: its receipt was given, and a refund is the
 * treasurer's business, not a state of the register.
 */
export const membershipMoves = defineMoves<MembershipStatus, MembershipActorKind>()({
  pay: { from: ["PENDING"], to: "ACTIVE", by: ["staff"], sets: ["activatedAt"] },
  cancel: { from: ["PENDING"], to: "CANCELLED", by: ["staff", "member"], sets: ["cancelledAt"] },
  // The year's membership asked for again after it was cancelled: one row per member and year.
  reopen: { from: ["CANCELLED"], to: "PENDING", by: ["staff", "member"], clears: ["cancelledAt"] },
});
export type MembershipMove = keyof typeof membershipMoves;

/** "2026-0001": a receipt's number as printed and shown, the year's counter on four digits at least. */
export function formatReceiptNumber(year: number, number: number): string {
  return `${year}-${String(number).padStart(4, "0")}`;
}

/** The membership year of a moment: the calendar year in Paris (a membership runs from January to December). */
export function membershipYear(now = new Date()): number {
  return parisToday(now).getUTCFullYear();
}

/**
 * The end of a membership year, Paris time: the first instant of the next year in Paris (the MEMBER
 * role granted for that year is valid until then). Paris is UTC+1 on 1 January (no summer time).
 */
export function endOfMembershipYear(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 1) - 60 * 60 * 1000);
}

/**
 * The colleges a person may choose when joining online. A person joins as a resident, or as a
 * socio-economic partner in their own name (a shopkeeper, a craftsman, an independent social
 * worker: statutes of Régies usually admit them in that college). Local authorities and social
 * landlords are organisations: they join through staff with their named representative.
 */
export const ONLINE_COLLEGES = ["RESIDENTS", "SOCIO_ECONOMIC_PARTNERS"] as const satisfies readonly College[];

export const MEMBER_NAME_MAX = 200;
export const MEMBER_TEXT_MAX = 300;
/** Years the fee table and the forms accept: the association's life, not a typo's. */
export const MIN_MEMBERSHIP_YEAR = 2000;
export const MAX_MEMBERSHIP_YEAR = 2100;

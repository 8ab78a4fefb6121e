/**
 * Membership, pure (no database): the colleges, kinds, statuses and payment methods with their
 * French labels. The colleges are governance's too (a mandate sits for a college).
 */
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

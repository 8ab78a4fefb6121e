import type { ContractKind, ContractStatus } from "@/lib/generated/prisma/enums";

/** The partner's words for its contracts (drafts are never shown to it). */
export const CONTRACT_KIND_LABELS: Record<ContractKind, string> = {
  PUBLIC_PROCUREMENT: "Marché public",
  AGREEMENT: "Convention",
  WORK_ORDERS: "Bons de travaux",
};

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  DRAFT: "En préparation",
  ACTIVE: "En cours",
  EXPIRED: "Échu",
  CLOSED: "Clos",
};

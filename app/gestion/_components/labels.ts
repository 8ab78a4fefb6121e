import type { SiteKind } from "@/lib/generated/prisma/enums";

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  RESIDENCE: "Résidence",
  PUBLIC_SPACE: "Espace public",
  FACILITY: "Équipement",
};

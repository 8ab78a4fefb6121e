import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_STATUSES } from "@/lib/reports/model";

/**
 * Which reports the public pages show (public, neither rejected nor a duplicate). The photo route
 * serves a photo to visitors under the same condition, so the two cannot disagree. A module of its
 * own, with the public place, and no imports of queries: lib/reports/queries.ts and
 * public-queries.ts both use them, and an import between those two closes a cycle through
 * revalidate.ts that breaks the server bundle.
 */
export const PUBLIC_BASE: Prisma.ReportWhereInput = { visibility: "PUBLIC", status: { in: [...PUBLIC_STATUSES] } };

/** Place shown publicly: site and building only (the free-text address is the reporter's words). */
export const publicPlaceSelect = {
  site: { select: { name: true } },
  building: { select: { name: true, address: true } },
  area: { select: { name: true } },
} as const satisfies Prisma.ReportSelect;

type PublicPlaceRow = { site: { name: string } | null; building: { name: string; address: string } | null; area: { name: string } | null };

export function publicPlace(row: PublicPlaceRow): string {
  const parts = [row.site?.name, row.building ? `${row.building.name} (${row.building.address})` : null].filter(Boolean);
  if (parts.length) return parts.join(", ");
  return row.area ? `Secteur ${row.area.name}` : "Territoire de la Régie";
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_STATUSES } from "@/lib/reports/status";

/**
 * Which reports the public pages show (public, neither rejected nor a duplicate). The photo route
 * serves a photo to visitors under the same condition, so the two cannot disagree. A module of its
 * own, with no imports of queries: lib/reports/queries.ts and public-queries.ts both use it, and
 * an import between those two closes a cycle through revalidate.ts that breaks the server bundle.
 */
export const PUBLIC_BASE: Prisma.ReportWhereInput = { visibility: "PUBLIC", status: { in: [...PUBLIC_STATUSES] } };

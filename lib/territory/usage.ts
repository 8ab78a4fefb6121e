import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlaceLevel, PlaceUsage } from "@/lib/territory/model";

/**
 * What points at a place, per level, written once: the staff pages (queries/staff.ts) offer
 * deletion only when nothing does, and the delete command (commands/place-rows.ts) counts again
 * in its transaction with the same selects, so the two cannot disagree.
 */

const NONE: PlaceUsage = { children: 0, reports: 0, workOrders: 0, contractLines: 0, residents: 0 };

export const USAGE_SELECT = {
  area: { _count: { select: { sites: true, reports: true } } },
  site: { _count: { select: { buildings: true, reports: true, workOrders: true, contractLines: true } } },
  building: { _count: { select: { entrances: true, reports: true, workOrders: true } } },
  entrance: { _count: { select: { reports: true, residents: true } } },
} as const satisfies {
  area: Prisma.AreaSelect;
  site: Prisma.SiteSelect;
  building: Prisma.BuildingSelect;
  entrance: Prisma.EntranceSelect;
} & Record<PlaceLevel, unknown>;

type Counts<L extends PlaceLevel> = Record<keyof (typeof USAGE_SELECT)[L]["_count"]["select"], number>;

/** The counts read with USAGE_SELECT[level], as a PlaceUsage. */
export const usageOf = {
  area: (c: Counts<"area">): PlaceUsage => ({ ...NONE, children: c.sites, reports: c.reports }),
  site: (c: Counts<"site">): PlaceUsage => ({ ...NONE, children: c.buildings, reports: c.reports, workOrders: c.workOrders, contractLines: c.contractLines }),
  building: (c: Counts<"building">): PlaceUsage => ({ ...NONE, children: c.entrances, reports: c.reports, workOrders: c.workOrders }),
  entrance: (c: Counts<"entrance">): PlaceUsage => ({ ...NONE, reports: c.reports, residents: c.residents }),
};

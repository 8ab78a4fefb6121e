import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The places offered for anything new: not archived, and no archived place above them (archiving
 * a site takes its buildings and entrances out of every list without touching them). Records that
 * already point at an archived place keep it and still read its name.
 */
export const liveArea = { archivedAt: null } as const satisfies Prisma.AreaWhereInput;
export const liveSite = { archivedAt: null, area: liveArea } as const satisfies Prisma.SiteWhereInput;
export const liveBuilding = { archivedAt: null, site: liveSite } as const satisfies Prisma.BuildingWhereInput;
export const liveEntrance = { archivedAt: null, building: liveBuilding } as const satisfies Prisma.EntranceWhereInput;

import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlaceLevel, PlaceUsage } from "@/lib/territory/model";
import { USAGE_SELECT, usageOf } from "@/lib/territory/usage";

/**
 * The four levels of the territory as the staff commands read and write them: one place loaded
 * with its parent and the nearest archived place above it, its usage, its guarded write and its
 * delete. One switch per operation, so that the commands (commands/staff.ts) are written once.
 */

export type Ancestor = { level: PlaceLevel; id: string; name: string };

export type PlaceRow = {
  level: PlaceLevel;
  id: string;
  name: string;
  version: number;
  archivedAt: Date | null;
  parent: Ancestor | null;
  /** The nearest archived place above this one, if any: it stays out of every list until that one comes back. */
  archivedAncestor: Ancestor | null;
};

type Chain = { level: PlaceLevel; id: string; name: string; archivedAt: Date | null }[];

function row(level: PlaceLevel, place: { id: string; name: string; version: number; archivedAt: Date | null }, chain: Chain): PlaceRow {
  const strip = ({ level, id, name }: Chain[number]): Ancestor => ({ level, id, name });
  const archived = chain.find((a) => a.archivedAt !== null);
  return { level, ...place, parent: chain[0] ? strip(chain[0]) : null, archivedAncestor: archived ? strip(archived) : null };
}

const base = { id: true, name: true, version: true, archivedAt: true } as const;
const area = { select: { id: true, name: true, archivedAt: true } } as const;
const site = { select: { id: true, name: true, archivedAt: true, area } } as const;
const building = { select: { id: true, name: true, archivedAt: true, site } } as const;

/** One place and the places above it (nearest first). */
export async function loadPlace(tx: Tx, level: PlaceLevel, id: string): Promise<PlaceRow | null> {
  switch (level) {
    case "area": {
      const a = await tx.area.findUnique({ where: { id }, select: base });
      return a && row(level, a, []);
    }
    case "site": {
      const s = await tx.site.findUnique({ where: { id }, select: { ...base, area } });
      return s && row(level, s, [{ level: "area", ...s.area }]);
    }
    case "building": {
      const b = await tx.building.findUnique({ where: { id }, select: { ...base, site } });
      return b && row(level, b, [{ level: "site", ...b.site }, { level: "area", ...b.site.area }]);
    }
    case "entrance": {
      const e = await tx.entrance.findUnique({ where: { id }, select: { ...base, building } });
      return e && row(level, e, [{ level: "building", ...e.building }, { level: "site", ...e.building.site }, { level: "area", ...e.building.site.area }]);
    }
  }
}

const TABLES: Record<PlaceLevel, string> = { area: "Area", site: "Site", building: "Building", entrance: "Entrance" };

/**
 * Locks the place's row until the transaction ends: a report, job or resident being attached to it
 * meanwhile (their foreign key takes a share lock on it) waits, so the usage counted next stays true.
 */
export async function lockPlace(tx: Tx, level: PlaceLevel, id: string) {
  await tx.$executeRaw`SELECT 1 FROM ${Prisma.raw(`"${TABLES[level]}"`)} WHERE id = ${id} FOR UPDATE`;
}

/** What points at a place (lib/territory/usage.ts, the same counts its staff page shows). */
export async function placeUsage(tx: Tx, level: PlaceLevel, id: string): Promise<PlaceUsage> {
  switch (level) {
    case "area":
      return usageOf.area((await tx.area.findUniqueOrThrow({ where: { id }, select: USAGE_SELECT.area }))._count);
    case "site":
      return usageOf.site((await tx.site.findUniqueOrThrow({ where: { id }, select: USAGE_SELECT.site }))._count);
    case "building":
      return usageOf.building((await tx.building.findUniqueOrThrow({ where: { id }, select: USAGE_SELECT.building }))._count);
    case "entrance":
      return usageOf.entrance((await tx.entrance.findUniqueOrThrow({ where: { id }, select: USAGE_SELECT.entrance }))._count);
  }
}

/** The archive date, written only where id and version still match; bumps the version. */
export async function writeArchivedAt(tx: Tx, level: PlaceLevel, id: string, version: number, archivedAt: Date | null) {
  const args = { where: { id, version }, data: { archivedAt, version: { increment: 1 } } };
  switch (level) {
    case "area":
      return tx.area.updateMany(args);
    case "site":
      return tx.site.updateMany(args);
    case "building":
      return tx.building.updateMany(args);
    case "entrance":
      return tx.entrance.updateMany(args);
  }
}

export async function removePlace(tx: Tx, level: PlaceLevel, id: string) {
  switch (level) {
    case "area":
      return tx.area.delete({ where: { id } });
    case "site":
      return tx.site.delete({ where: { id } });
    case "building":
      return tx.building.delete({ where: { id } });
    case "entrance":
      return tx.entrance.delete({ where: { id } });
  }
}

/** The names of a parent's places, for the "unique within its parent" rule (case and spaces aside). */
export async function siblingWithName(tx: Tx, level: PlaceLevel, parentId: string | null, name: string, exceptId?: string) {
  const where = { name: { equals: name, mode: "insensitive" as const }, ...(exceptId ? { NOT: { id: exceptId } } : {}) };
  const select = { id: true, name: true } as const;
  switch (level) {
    case "area":
      return tx.area.findFirst({ where, select });
    case "site":
      return tx.site.findFirst({ where: { ...where, areaId: parentId ?? "" }, select });
    case "building":
      return tx.building.findFirst({ where: { ...where, siteId: parentId ?? "" }, select });
    case "entrance":
      return tx.entrance.findFirst({ where: { ...where, buildingId: parentId ?? "" }, select });
  }
}

export const ENTITY_TYPES: Record<PlaceLevel, string> = TABLES;

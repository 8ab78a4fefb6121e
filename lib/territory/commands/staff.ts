import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { isInBounds, roundPoint, type LatLng } from "@/lib/territory/bounds";
import { territoryCacheTags } from "@/lib/territory/cache-tags";
import {
  ENTITY_TYPES,
  loadPlace,
  lockPlace,
  placeUsage,
  removePlace,
  siblingWithName,
  writeArchivedAt,
  type PlaceRow,
} from "@/lib/territory/commands/place-rows";
import {
  POINT_OUTSIDE_TERRITORY,
  UNKNOWN_OWNER,
  archivedParent,
  duplicateName,
  isUnused,
  placeConflict,
  placeInUse,
  placeNotFound,
  type PlaceLevel,
} from "@/lib/territory/model";
import { readTerritoryBounds } from "@/lib/territory/queries";
import type {
  CreateAreaInput,
  CreateBuildingInput,
  CreateEntranceInput,
  CreateSiteInput,
  DeletePlaceInput,
  SetPlaceArchivedInput,
  UpdateAreaInput,
  UpdateBuildingInput,
  UpdateEntranceInput,
  UpdateSiteInput,
} from "@/lib/territory/schemas";

/**
 * Staff keep the territory: areas, sites, buildings, entrances. Each command is one transaction
 * with its audit row; edits carry the version the form was loaded at; nothing is created under an
 * archived place; a place is deleted only while nothing points at it (counted under a row lock),
 * else archived. Every result carries the cache tags it makes stale (defineAction expires them).
 */

export type PlaceResult = {
  level: PlaceLevel;
  id: string;
  name: string;
  /** The place above (none for an area): where to go once it is deleted. */
  parentId: string | null;
  changed: boolean;
  cacheTags: string[];
};

type Value = string | number | null;
type Fields = Record<string, Value>;

function result(place: { level: PlaceLevel; id: string; name: string; parentId: string | null }, changed: boolean, shownOnReports = false): PlaceResult {
  return { ...place, changed, cacheTags: changed ? territoryCacheTags({ shownOnReports }) : [] };
}

function audit(ctx: OperationContext, tx: Tx, level: PlaceLevel, verb: string, entityId: string, change: { before?: Fields; after?: Fields }) {
  return recordAudit(tx, { actorId: ctx.actor.id, action: `${level}.${verb}`, entityType: ENTITY_TYPES[level], entityId, ...change });
}

/** The parent a new place goes into: it exists, and neither it nor any place above it is archived. */
async function liveParent(tx: Tx, level: PlaceLevel, id: string): Promise<PlaceRow> {
  const parent = await loadPlace(tx, level, id);
  if (!parent) throw new NotFoundError(placeNotFound(level));
  const archived = parent.archivedAt ? parent : parent.archivedAncestor;
  if (archived) throw new ValidationError(archivedParent(archived.level, archived.name));
  return parent;
}

async function loadAtVersion(tx: Tx, level: PlaceLevel, id: string, version: number): Promise<PlaceRow> {
  const place = await loadPlace(tx, level, id);
  if (!place) throw new NotFoundError(placeNotFound(level));
  if (place.version !== version) throw new ConflictError(placeConflict(level));
  return place;
}

/** Names are unique within their parent: checked first for a clear message, and by the unique index for a race. */
async function assertNameFree(tx: Tx, level: PlaceLevel, parent: { id: string; name: string } | null, name: string, exceptId?: string) {
  const existing = await siblingWithName(tx, level, parent?.id ?? null, name, exceptId);
  if (existing) {
    const message = duplicateName(level, existing.name, parent?.name);
    throw new ValidationError(message, { name: [message] });
  }
}

function withUniqueName<T>(level: PlaceLevel, name: string, parentName: string | undefined, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (isUniqueViolation(error)) {
      const message = duplicateName(level, name, parentName);
      throw new ValidationError(message, { name: [message] });
    }
    throw error;
  });
}

/**
 * A map point must fall within the territory: the box of its places plus a margin
 * (lib/territory/bounds.ts). While no place has a point yet, the first one defines it.
 */
async function checkedPoint(point: LatLng | null): Promise<LatLng | null> {
  if (!point) return null;
  const bounds = await readTerritoryBounds();
  if (bounds && !isInBounds(bounds, point)) throw new ValidationError(POINT_OUTSIDE_TERRITORY, { latitude: [POINT_OUTSIDE_TERRITORY] });
  return roundPoint(point);
}

/** An owner partner must exist and not be archived (a site keeps an owner archived since). */
async function assertOwner(tx: Tx, partnerId: string | null) {
  if (!partnerId) return;
  const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { archivedAt: true } });
  if (!partner || partner.archivedAt) throw new ValidationError(UNKNOWN_OWNER, { ownerPartnerId: [UNKNOWN_OWNER] });
}

const coordinates = (point: LatLng | null) => ({ latitude: point?.lat ?? null, longitude: point?.lng ?? null });

/**
 * An edit: loads the place at its version, compares the edited fields, and when some changed runs
 * `check` on them, writes them with the version guard and records before and after.
 */
async function editPlace<F extends Fields>(
  ctx: OperationContext,
  spec: {
    level: PlaceLevel;
    id: string;
    version: number;
    fields: F;
    read: (tx: Tx, id: string) => Promise<F>;
    write: (tx: Tx, id: string, version: number, data: Partial<F>) => Promise<{ count: number }>;
    check?: (tx: Tx, place: PlaceRow, changed: (keyof F)[]) => Promise<void>;
    /** The fields the public report pages show. */
    shownOnReports: (keyof F)[];
  },
): Promise<PlaceResult> {
  return inTransaction(ctx, async (tx) => {
    const place = await loadAtVersion(tx, spec.level, spec.id, spec.version);
    const before = await spec.read(tx, place.id);
    const changed = (Object.keys(spec.fields) as (keyof F)[]).filter((key) => before[key] !== spec.fields[key]);
    const ref = { level: spec.level, id: place.id, parentId: place.parent?.id ?? null };
    if (changed.length === 0) return result({ ...ref, name: place.name }, false);
    await spec.check?.(tx, place, changed);
    if (changed.includes("name")) await assertNameFree(tx, spec.level, place.parent, String(spec.fields.name), place.id);
    const data = Object.fromEntries(changed.map((key) => [key, spec.fields[key]])) as Partial<F>;
    const written = await withUniqueName(spec.level, String(spec.fields.name), place.parent?.name, spec.write(tx, place.id, place.version, data));
    if (written.count !== 1) throw new ConflictError(placeConflict(spec.level));
    await audit(ctx, tx, spec.level, "update", place.id, { before: Object.fromEntries(changed.map((key) => [key, before[key]])), after: data as Fields });
    return result({ ...ref, name: String(spec.fields.name) }, true, changed.some((key) => spec.shownOnReports.includes(key)));
  });
}

const bump = { version: { increment: 1 } } as const;

// ─── Areas ─────────────────────────────────────────────────────────────────────────────────────

export async function createArea(ctx: OperationContext, input: CreateAreaInput): Promise<PlaceResult> {
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, "area", null, input.name);
    const area = await withUniqueName("area", input.name, undefined, tx.area.create({ data: input, select: { id: true, name: true } }));
    await audit(ctx, tx, "area", "create", area.id, { after: input });
    return result({ level: "area", ...area, parentId: null }, true);
  });
}

export async function updateArea(ctx: OperationContext, input: UpdateAreaInput): Promise<PlaceResult> {
  return editPlace(ctx, {
    level: "area",
    id: input.areaId,
    version: input.version,
    fields: { name: input.name, description: input.description },
    read: (tx, id) => tx.area.findUniqueOrThrow({ where: { id }, select: { name: true, description: true } }),
    write: (tx, id, version, data) => tx.area.updateMany({ where: { id, version }, data: { ...data, ...bump } }),
    // "Secteur …" is what the public pages show for a report placed by its area only.
    shownOnReports: ["name"],
  });
}

// ─── Sites ─────────────────────────────────────────────────────────────────────────────────────

export async function createSite(ctx: OperationContext, input: CreateSiteInput): Promise<PlaceResult> {
  const { areaId, point, ...fields } = input;
  return inTransaction(ctx, async (tx) => {
    const area = await liveParent(tx, "area", areaId);
    await assertNameFree(tx, "site", area, fields.name);
    await assertOwner(tx, fields.ownerPartnerId);
    const data = { ...fields, ...coordinates(await checkedPoint(point)) };
    const site = await withUniqueName("site", fields.name, area.name, tx.site.create({ data: { areaId, ...data }, select: { id: true, name: true } }));
    await audit(ctx, tx, "site", "create", site.id, { after: { areaId, ...data } });
    return result({ level: "site", ...site, parentId: areaId }, true);
  });
}

/**
 * Name, kind, address, owner, access notes, point. A new owner is copied onto the site's reports
 * by a database trigger (Report.siteOwnerPartnerId), in this transaction.
 */
export async function updateSite(ctx: OperationContext, input: UpdateSiteInput): Promise<PlaceResult> {
  const { siteId, version, point, ...fields } = input;
  const rounded = point && roundPoint(point);
  return editPlace(ctx, {
    level: "site",
    id: siteId,
    version,
    fields: { ...fields, ...coordinates(rounded) },
    read: (tx, id) =>
      tx.site.findUniqueOrThrow({
        where: { id },
        select: { name: true, kind: true, address: true, ownerPartnerId: true, accessNotes: true, latitude: true, longitude: true },
      }),
    write: (tx, id, version, data) => tx.site.updateMany({ where: { id, version }, data: { ...data, ...bump } }),
    check: async (tx, _place, changed) => {
      if (changed.includes("ownerPartnerId")) await assertOwner(tx, fields.ownerPartnerId);
      if (changed.includes("latitude") || changed.includes("longitude")) await checkedPoint(rounded);
    },
    shownOnReports: ["name"],
  });
}

// ─── Buildings ─────────────────────────────────────────────────────────────────────────────────

export async function createBuilding(ctx: OperationContext, input: CreateBuildingInput): Promise<PlaceResult> {
  const { siteId, point, ...fields } = input;
  return inTransaction(ctx, async (tx) => {
    const site = await liveParent(tx, "site", siteId);
    await assertNameFree(tx, "building", site, fields.name);
    const data = { ...fields, ...coordinates(await checkedPoint(point)) };
    const building = await withUniqueName("building", fields.name, site.name, tx.building.create({ data: { siteId, ...data }, select: { id: true, name: true } }));
    await audit(ctx, tx, "building", "create", building.id, { after: { siteId, ...data } });
    return result({ level: "building", ...building, parentId: siteId }, true);
  });
}

export async function updateBuilding(ctx: OperationContext, input: UpdateBuildingInput): Promise<PlaceResult> {
  const { buildingId, version, point, ...fields } = input;
  const rounded = point && roundPoint(point);
  return editPlace(ctx, {
    level: "building",
    id: buildingId,
    version,
    fields: { ...fields, ...coordinates(rounded) },
    read: (tx, id) => tx.building.findUniqueOrThrow({ where: { id }, select: { name: true, address: true, accessNotes: true, latitude: true, longitude: true } }),
    write: (tx, id, version, data) => tx.building.updateMany({ where: { id, version }, data: { ...data, ...bump } }),
    check: async (_tx, _place, changed) => {
      if (changed.includes("latitude") || changed.includes("longitude")) await checkedPoint(rounded);
    },
    // The public pages show "Bâtiment A (12 rue …)".
    shownOnReports: ["name", "address"],
  });
}

// ─── Entrances ─────────────────────────────────────────────────────────────────────────────────

export async function createEntrance(ctx: OperationContext, input: CreateEntranceInput): Promise<PlaceResult> {
  return inTransaction(ctx, async (tx) => {
    const building = await liveParent(tx, "building", input.buildingId);
    await assertNameFree(tx, "entrance", building, input.name);
    const entrance = await withUniqueName("entrance", input.name, building.name, tx.entrance.create({ data: input, select: { id: true, name: true } }));
    await audit(ctx, tx, "entrance", "create", entrance.id, { after: input });
    return result({ level: "entrance", ...entrance, parentId: input.buildingId }, true);
  });
}

export async function updateEntrance(ctx: OperationContext, input: UpdateEntranceInput): Promise<PlaceResult> {
  return editPlace(ctx, {
    level: "entrance",
    id: input.entranceId,
    version: input.version,
    fields: { name: input.name },
    read: (tx, id) => tx.entrance.findUniqueOrThrow({ where: { id }, select: { name: true } }),
    write: (tx, id, version, data) => tx.entrance.updateMany({ where: { id, version }, data: { ...data, ...bump } }),
    // Entrances are never on the public pages.
    shownOnReports: [],
  });
}

// ─── Any level ─────────────────────────────────────────────────────────────────────────────────

/**
 * Archived, a place is offered nowhere new (nor is anything below it); what points at it keeps
 * it. It comes back only under a live parent. Asking for the state it already has changes nothing.
 */
export async function setPlaceArchived(ctx: OperationContext, input: SetPlaceArchivedInput): Promise<PlaceResult> {
  return inTransaction(ctx, async (tx) => {
    const place = await loadAtVersion(tx, input.level, input.id, input.version);
    const ref = { level: input.level, id: place.id, name: place.name, parentId: place.parent?.id ?? null };
    if ((place.archivedAt !== null) === input.archived) return result(ref, false);
    if (!input.archived && place.archivedAncestor) throw new ValidationError(archivedParent(place.archivedAncestor.level, place.archivedAncestor.name));
    const archivedAt = input.archived ? new Date() : null;
    const written = await writeArchivedAt(tx, input.level, place.id, place.version, archivedAt);
    if (written.count !== 1) throw new ConflictError(placeConflict(input.level));
    await audit(ctx, tx, input.level, input.archived ? "archive" : "unarchive", place.id, {
      before: { archivedAt: place.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
    return result(ref, true);
  });
}

/** Only a place nothing points at (places below, reports, jobs, contract lines, residents); others are archived. */
export async function deletePlace(ctx: OperationContext, input: DeletePlaceInput): Promise<PlaceResult> {
  return inTransaction(ctx, async (tx) => {
    await lockPlace(tx, input.level, input.id);
    const place = await loadAtVersion(tx, input.level, input.id, input.version);
    const usage = await placeUsage(tx, input.level, place.id);
    if (!isUnused(usage)) throw new ValidationError(placeInUse(input.level, usage));
    await removePlace(tx, input.level, place.id);
    await audit(ctx, tx, input.level, "delete", place.id, { before: { name: place.name, parentId: place.parent?.id ?? null } });
    return result({ level: input.level, id: place.id, name: place.name, parentId: place.parent?.id ?? null }, true);
  });
}

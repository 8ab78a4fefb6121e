import { z } from "zod";
import { idSchema, optionalText, versionSchema } from "@/lib/core/schemas";
import type { LatLng } from "@/lib/territory/bounds";
import {
  ACCESS_NOTES_MAX,
  ADDRESS_MAX,
  DESCRIPTION_MAX,
  NAME_MAX,
  PLACE_LEVELS,
  POINT_INCOMPLETE,
  SITE_KINDS,
} from "@/lib/territory/model";

/**
 * Inputs of the staff screens that keep the territory (/gestion/territoire): each level's create
 * and update, then archive, un-archive and delete, shared by the four levels. Strict: a parent is
 * chosen at creation only (moving a place would move its reports' history), never a version or
 * an archive date sent by hand.
 */

/** Spaces at both ends dropped, runs of spaces (and line breaks) made one. */
const oneLine = (value: string) => value.trim().replace(/\s+/g, " ");

function requiredLine(missing: string, max: number, tooLong: string) {
  return z
    .string({ error: missing })
    .transform(oneLine)
    .pipe(z.string().min(1, missing).max(max, tooLong));
}

const name = (missing: string) => requiredLine(missing, NAME_MAX, `Le nom fait au plus ${NAME_MAX} caractères.`);
const address = requiredLine("Indiquez l'adresse.", ADDRESS_MAX, `L'adresse fait au plus ${ADDRESS_MAX} caractères.`);
const accessNotes = optionalText(ACCESS_NOTES_MAX, `Les consignes d'accès font au plus ${ACCESS_NOTES_MAX} caractères.`);

/** A coordinate typed or set by the map: blank is none; a French decimal comma is accepted. */
function coordinate(label: string, limit: number) {
  const invalid = `La ${label} est un nombre entre -${limit} et ${limit} (par exemple 47,39412).`;
  return z
    .string({ error: invalid })
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = Number(value.replace(",", "."));
      if (!Number.isFinite(number) || Math.abs(number) > limit) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return number;
    });
}

/** The map point of a site or a building: both coordinates or neither. */
const pointFields = { latitude: coordinate("latitude", 90), longitude: coordinate("longitude", 180) };

function withPoint<T extends { latitude: number | null; longitude: number | null }>(value: T, ctx: z.RefinementCtx) {
  if ((value.latitude === null) !== (value.longitude === null)) {
    ctx.addIssue({ code: "custom", message: POINT_INCOMPLETE, path: [value.latitude === null ? "latitude" : "longitude"] });
  }
}
function toPoint<T extends { latitude: number | null; longitude: number | null }>({ latitude, longitude, ...rest }: T) {
  const point: LatLng | null = latitude !== null && longitude !== null ? { lat: latitude, lng: longitude } : null;
  return { ...rest, point };
}

// ─── Areas ─────────────────────────────────────────────────────────────────────────────────────

const areaFields = {
  name: name("Indiquez le nom du secteur."),
  description: optionalText(DESCRIPTION_MAX, `La description fait au plus ${DESCRIPTION_MAX} caractères.`),
};
export const createAreaSchema = z.strictObject(areaFields);
export const updateAreaSchema = z.strictObject({ areaId: idSchema, version: versionSchema, ...areaFields });
export type CreateAreaInput = z.output<typeof createAreaSchema>;
export type UpdateAreaInput = z.output<typeof updateAreaSchema>;

// ─── Sites ─────────────────────────────────────────────────────────────────────────────────────

const siteFields = {
  name: name("Indiquez le nom du site."),
  kind: z.enum(SITE_KINDS, { error: "Choisissez le type de site." }),
  address,
  /** Empty: no owner partner (a public space of the city). */
  ownerPartnerId: z
    .union([z.literal(""), idSchema], { error: "Choisissez le propriétaire dans la liste." })
    .optional()
    .transform((value) => value || null),
  accessNotes,
  ...pointFields,
};
export const createSiteSchema = z.strictObject({ areaId: idSchema, ...siteFields }).superRefine(withPoint).transform(toPoint);
export const updateSiteSchema = z.strictObject({ siteId: idSchema, version: versionSchema, ...siteFields }).superRefine(withPoint).transform(toPoint);
export type CreateSiteInput = z.output<typeof createSiteSchema>;
export type UpdateSiteInput = z.output<typeof updateSiteSchema>;

// ─── Buildings ─────────────────────────────────────────────────────────────────────────────────

const buildingFields = { name: name("Indiquez le nom du bâtiment."), address, accessNotes, ...pointFields };
export const createBuildingSchema = z.strictObject({ siteId: idSchema, ...buildingFields }).superRefine(withPoint).transform(toPoint);
export const updateBuildingSchema = z
  .strictObject({ buildingId: idSchema, version: versionSchema, ...buildingFields })
  .superRefine(withPoint)
  .transform(toPoint);
export type CreateBuildingInput = z.output<typeof createBuildingSchema>;
export type UpdateBuildingInput = z.output<typeof updateBuildingSchema>;

// ─── Entrances ─────────────────────────────────────────────────────────────────────────────────

const entranceFields = { name: name("Indiquez le nom de l'entrée (par exemple « Entrée A » ou « N° 12 »).") };
export const createEntranceSchema = z.strictObject({ buildingId: idSchema, ...entranceFields });
export const updateEntranceSchema = z.strictObject({ entranceId: idSchema, version: versionSchema, ...entranceFields });
export type CreateEntranceInput = z.output<typeof createEntranceSchema>;
export type UpdateEntranceInput = z.output<typeof updateEntranceSchema>;

// ─── Any level: archive, un-archive, delete ────────────────────────────────────────────────────

const target = {
  level: z.enum(PLACE_LEVELS, { error: "Type de lieu inconnu." }),
  id: idSchema,
  version: versionSchema,
};
export const setPlaceArchivedSchema = z.strictObject({
  ...target,
  archived: z.enum(["true", "false"], { error: "État inconnu." }).transform((value) => value === "true"),
});
export const deletePlaceSchema = z.strictObject({
  ...target,
  confirm: z.literal("on", { error: "Cochez la case pour confirmer la suppression." }),
});
export type SetPlaceArchivedInput = z.output<typeof setPlaceArchivedSchema>;
export type DeletePlaceInput = z.output<typeof deletePlaceSchema>;

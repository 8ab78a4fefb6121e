import { describe, expect, it } from "vitest";
import { describeZodError } from "@/lib/actions/define-action";
import {
  createAreaSchema,
  createBuildingSchema,
  createEntranceSchema,
  createSiteSchema,
  deletePlaceSchema,
  setPlaceArchivedSchema,
  updateSiteSchema,
} from "@/lib/territory/schemas";
import { NAME_MAX, POINT_INCOMPLETE } from "@/lib/territory/model";

const ID = "cm0000000000000000000000";
const site = { areaId: ID, name: "  Résidence   Les Tilleuls ", kind: "RESIDENCE", address: "12 rue des Tilleuls" };

function fieldErrors(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error("expected a refusal");
  return describeZodError(result.error as never).fieldErrors;
}

describe("territory schemas", () => {
  it("tidies names, makes blanks nothing and an empty owner none", () => {
    const parsed = createSiteSchema.parse({ ...site, ownerPartnerId: "", accessNotes: "   ", latitude: "", longitude: "" });
    expect(parsed).toEqual({ areaId: ID, name: "Résidence Les Tilleuls", kind: "RESIDENCE", address: "12 rue des Tilleuls", ownerPartnerId: null, accessNotes: null, point: null });
  });

  it("reads a point, a French decimal comma included", () => {
    expect(createSiteSchema.parse({ ...site, latitude: "47,39412", longitude: "0.6842" }).point).toEqual({ lat: 47.39412, lng: 0.6842 });
  });

  it.each([
    ["a latitude alone", { latitude: "47.39" }, "longitude", POINT_INCOMPLETE],
    ["a longitude alone", { longitude: "0.68" }, "latitude", POINT_INCOMPLETE],
    ["a latitude out of range", { latitude: "95", longitude: "0.68" }, "latitude", "La latitude est un nombre entre -90 et 90 (par exemple 47,39412)."],
    ["a longitude that is no number", { latitude: "47.3", longitude: "est" }, "longitude", "La longitude est un nombre entre -180 et 180 (par exemple 47,39412)."],
  ])("refuses %s", (_, point, field, message) => {
    expect(fieldErrors(createBuildingSchema.safeParse({ siteId: ID, name: "Bâtiment A", address: "1 rue", ...point }))[field]).toEqual([message]);
  });

  it("asks for the name, the kind and the address in French", () => {
    const errors = fieldErrors(createSiteSchema.safeParse({ areaId: ID, name: " ", kind: "CASTLE", address: "" }));
    expect(errors).toEqual({ name: ["Indiquez le nom du site."], kind: ["Choisissez le type de site."], address: ["Indiquez l'adresse."] });
    expect(fieldErrors(createAreaSchema.safeParse({ name: "x".repeat(NAME_MAX + 1) })).name).toEqual([`Le nom fait au plus ${NAME_MAX} caractères.`]);
  });

  it("refuses unknown fields: no archive date, version or parent change sent by hand", () => {
    expect(createEntranceSchema.safeParse({ buildingId: ID, name: "Entrée A", archivedAt: "2026-01-01" }).success).toBe(false);
    expect(updateSiteSchema.safeParse({ ...site, siteId: ID, version: "0" }).success).toBe(false);
    expect(updateSiteSchema.safeParse({ siteId: ID, version: "0", name: "A", kind: "FACILITY", address: "1 rue" }).success).toBe(true);
  });

  it("archives any level, and deletes only when confirmed", () => {
    expect(setPlaceArchivedSchema.parse({ level: "building", id: ID, version: "3", archived: "true" })).toEqual({ level: "building", id: ID, version: 3, archived: true });
    expect(setPlaceArchivedSchema.safeParse({ level: "city", id: ID, version: "3", archived: "true" }).success).toBe(false);
    expect(fieldErrors(deletePlaceSchema.safeParse({ level: "site", id: ID, version: "0" })).confirm).toEqual(["Cochez la case pour confirmer la suppression."]);
  });
});

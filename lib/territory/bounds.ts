/**
 * Where a map point may be: the box of the territory's sites and buildings, widened by a margin.
 * Plain functions (no database), shared by the report service and the map in the browser.
 */
import { formatCoordinate } from "@/lib/format/numbers";

/** A box in degrees (WGS 84), margin included. */
export type TerritoryBounds = { south: number; west: number; north: number; east: number };
export type LatLng = { lat: number; lng: number };

/** Margin around the territory's known points within which a map point is accepted (≈ 1 km). */
export const POINT_MARGIN_DEGREES = 0.01;

/** The box around the extreme coordinates of the territory's places, or null when none has any. */
export function territoryBounds(box: { minLat: number | null; maxLat: number | null; minLng: number | null; maxLng: number | null } | undefined): TerritoryBounds | null {
  if (!box || box.minLat == null || box.maxLat == null || box.minLng == null || box.maxLng == null) return null;
  return {
    south: box.minLat - POINT_MARGIN_DEGREES,
    north: box.maxLat + POINT_MARGIN_DEGREES,
    west: box.minLng - POINT_MARGIN_DEGREES,
    east: box.maxLng + POINT_MARGIN_DEGREES,
  };
}

export function isInBounds(bounds: TerritoryBounds | null, { lat, lng }: LatLng): boolean {
  return !!bounds && lat >= bounds.south && lat <= bounds.north && lng >= bounds.west && lng <= bounds.east;
}

/** Six decimals: about ten centimetres, more than a finger on a phone can tell. */
export function roundPoint({ lat, lng }: LatLng): LatLng {
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

/** "latitude 47,39412, longitude 0,68420" */
export function formatPoint({ lat, lng }: LatLng): string {
  return `latitude ${formatCoordinate(lat)}, longitude ${formatCoordinate(lng)}`;
}

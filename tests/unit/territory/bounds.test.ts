import { describe, expect, it } from "vitest";
import { POINT_MARGIN_DEGREES, isInBounds, roundPoint, territoryBounds } from "@/lib/territory/bounds";

describe("territory bounds", () => {
  const box = { minLat: 47.39, maxLat: 47.4, minLng: 0.67, maxLng: 0.69 };

  it("is the box of the places plus a margin, or none while no place has a point", () => {
    expect(territoryBounds(box)).toEqual({ south: 47.39 - POINT_MARGIN_DEGREES, north: 47.4 + POINT_MARGIN_DEGREES, west: 0.67 - POINT_MARGIN_DEGREES, east: 0.69 + POINT_MARGIN_DEGREES });
    expect(territoryBounds({ minLat: null, maxLat: null, minLng: null, maxLng: null })).toBeNull();
    expect(territoryBounds(undefined)).toBeNull();
  });

  it("keeps a point within the margin and refuses one beyond it, or any without bounds", () => {
    const bounds = territoryBounds(box);
    expect(isInBounds(bounds, { lat: 47.395, lng: 0.68 })).toBe(true);
    expect(isInBounds(bounds, { lat: 47.4 + POINT_MARGIN_DEGREES - 0.0001, lng: 0.68 })).toBe(true);
    expect(isInBounds(bounds, { lat: 47.4 + POINT_MARGIN_DEGREES + 0.0001, lng: 0.68 })).toBe(false);
    expect(isInBounds(bounds, { lat: 48.8566, lng: 2.3522 })).toBe(false);
    expect(isInBounds(null, { lat: 47.395, lng: 0.68 })).toBe(false);
  });

  it("rounds to six decimals", () => {
    expect(roundPoint({ lat: 47.394123456, lng: 0.684209999 })).toEqual({ lat: 47.394123, lng: 0.68421 });
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_MAP_TILE_URL, mapTileCspSource, mapTileUrl } from "@/lib/map-tiles";

describe("mapTileUrl", () => {
  it("is the tile server the Régie configures (NEXT_PUBLIC_MAP_TILE_URL), else the default", () => {
    expect(mapTileUrl("https://tuiles.bellerive.fr/{z}/{x}/{y}.png")).toBe("https://tuiles.bellerive.fr/{z}/{x}/{y}.png");
    expect(mapTileUrl("  https://tuiles.bellerive.fr/{z}/{x}/{y}.png \n")).toBe("https://tuiles.bellerive.fr/{z}/{x}/{y}.png");
    expect(mapTileUrl("")).toBe(DEFAULT_MAP_TILE_URL);
    expect(mapTileUrl(undefined)).toBe(DEFAULT_MAP_TILE_URL);
  });

  it("reads NEXT_PUBLIC_MAP_TILE_URL, and the CSP allows that host", () => {
    const previous = process.env.NEXT_PUBLIC_MAP_TILE_URL;
    process.env.NEXT_PUBLIC_MAP_TILE_URL = "https://tuiles.bellerive.fr/{z}/{x}/{y}.png";
    try {
      expect(mapTileUrl()).toBe("https://tuiles.bellerive.fr/{z}/{x}/{y}.png");
      expect(mapTileCspSource()).toBe("https://tuiles.bellerive.fr");
    } finally {
      if (previous === undefined) delete process.env.NEXT_PUBLIC_MAP_TILE_URL;
      else process.env.NEXT_PUBLIC_MAP_TILE_URL = previous;
    }
  });
});

/** The map's tile URL template (Leaflet syntax), from NEXT_PUBLIC_MAP_TILE_URL, with an OSM-style default. */
export const DEFAULT_MAP_TILE_URL = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";

export function mapTileUrl(value: string | undefined = process.env.NEXT_PUBLIC_MAP_TILE_URL): string {
  return value?.trim() || DEFAULT_MAP_TILE_URL;
}

/** The CSP img-src source for the tiles' host: "{s}." becomes a wildcard subdomain. */
export function mapTileCspSource(template: string = mapTileUrl()): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!match) return null;
  const host = match[2].replace(/^\{s\}\./, "*.");
  if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) return null;
  return `${match[1].toLowerCase()}://${host.toLowerCase()}`;
}

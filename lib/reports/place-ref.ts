/**
 * How the report forms name a place, without zod: the place select and the form's steps run in the
 * browser too, and importing lib/reports/schemas.ts there would bring zod (about 30 kB compressed)
 * to the phone of every resident who opens the form.
 */

/** "site:<id>", "building:<id>" or "entrance:<id>": one select for the three levels of the territory. */
export const PLACE_PATTERN = /^(site|building|entrance):([a-z0-9]{1,40})$/i;
export type PlaceRef = { level: "site" | "building" | "entrance"; id: string };

export function parsePlace(value: string): PlaceRef | null {
  const match = PLACE_PATTERN.exec(value);
  return match ? { level: match[1].toLowerCase() as PlaceRef["level"], id: match[2] } : null;
}

/** Step 1's answer when the place is not in the list: step 2 then asks for the point on the map. */
export const MAP_POINT_PLACE = "carte";

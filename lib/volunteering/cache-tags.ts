/**
 * The cache tags of the volunteering domain, declared once. Its pages are rendered per request
 * today; a cached read of missions (a public list, later) would carry this tag, and every change names it.
 */
export const VOLUNTEERING_TAG = "volunteering";

export function volunteeringCacheTags(): string[] {
  return [VOLUNTEERING_TAG];
}

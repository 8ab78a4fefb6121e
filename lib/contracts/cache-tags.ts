/**
 * The cache tags of the contracts domain, declared once. Staff pages are rendered per request;
 * pages that cache contracts (the partner's space) carry this tag, and every change names it.
 */
export const CONTRACTS_TAG = "contracts";

/** The tags a change to a contract, its lines or its documents makes stale. */
export function contractCacheTags(): string[] {
  return [CONTRACTS_TAG];
}

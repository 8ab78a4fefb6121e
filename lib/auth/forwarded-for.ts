/**
 * The client's address from X-Forwarded-For. Entries on the left are whatever the client sent;
 * only the ones appended by our own reverse proxies can be trusted, so count from the right:
 * with TRUSTED_PROXY_COUNT proxies (default 1: the TLS proxy in front of `next start`; Next
 * itself fills the header with the socket's address when no proxy sent one), the client is the
 * entry that many places from the end.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedProxies = trustedProxyCount()): string {
  const entries = (forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const address = entries[entries.length - Math.max(1, trustedProxies)] ?? entries[0];
  return (address ?? "unknown").slice(0, 64);
}

function trustedProxyCount(): number {
  const value = Number.parseInt(process.env.TRUSTED_PROXY_COUNT ?? "1", 10);
  return Number.isFinite(value) && value >= 1 ? value : 1;
}

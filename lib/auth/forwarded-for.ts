/**
 * The client's address, for throttling and the security log.
 *
 * With TRUSTED_PROXY_COUNT=0 nothing stands in front of `next start`, so every request header is
 * the client's own writing, X-Forwarded-For included: Next 16.4 fills that header with the
 * socket's address only when the client sent none (base-server.js, `??=`). The address then comes
 * from the socket itself (SOCKET_ADDRESS_HEADER, see lib/auth/socket-address.ts).
 *
 * Behind N proxies, the entries on the left of X-Forwarded-For are whatever the client sent; only
 * the ones appended by our own proxies can be trusted, so count from the right: the client is the
 * entry N places from the end (default 1: the TLS proxy in front of `next start`).
 */
export const SOCKET_ADDRESS_HEADER = "x-quartier-socket-address";

const ADDRESS_MAX = 64;

export function clientAddressFrom(
  forwardedFor: string | null | undefined,
  trustedProxies = trustedProxyCount(),
  socketAddress?: string | null,
): string {
  if (trustedProxies === 0) return (socketAddress || "unknown").slice(0, ADDRESS_MAX);
  const entries = (forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const address = entries[entries.length - trustedProxies] ?? entries[0];
  return (address ?? "unknown").slice(0, ADDRESS_MAX);
}

/** TRUSTED_PROXY_COUNT: 0 (no proxy) or more; anything unreadable counts as the default 1. */
export function trustedProxyCount(value = process.env.TRUSTED_PROXY_COUNT): number {
  const count = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(count) && count >= 0 ? count : 1;
}

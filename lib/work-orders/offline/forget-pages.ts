import { PAGES_CACHE_PREFIX } from "@/lib/work-orders/offline/outbox-rules";

/**
 * Signing out deletes the employee's pages kept for offline reading (the service worker's per
 * account caches): the next person on the same phone never reads them, even offline. What waits
 * in the outbox stays, under its account's key, sent only once that person signs in again.
 */
export async function forgetOfflinePages(): Promise<void> {
  if (typeof caches === "undefined") return;
  const names = (await caches.keys()).filter((name) => name.startsWith(PAGES_CACHE_PREFIX));
  await Promise.all(names.map((name) => caches.delete(name)));
}

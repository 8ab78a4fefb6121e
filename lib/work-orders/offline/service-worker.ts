/// <reference lib="webworker" />
/**
 * The service worker of the employee's phone, scoped to /interventions (served as
 * public/interventions/sw.js, bundled by scripts/build-service-worker.mjs when next.config.ts
 * loads). It keeps the day's list and the job pages readable in a basement: those navigations are
 * network-first with a fallback to the last copy, and Next's static files are cache-first (their
 * names carry a hash). Pages are per person: they are kept in a cache named by a key of the
 * account (the page tells the worker whose it is on each load) and another account's cache is
 * deleted as soon as someone else signs in; signing out deletes them: the page's script does it
 * (components/sign-out-button), and the worker does it too, for a sign-out posted without
 * JavaScript (the form goes to routes.employee.signOut, in this scope) and for a page the server answers with
 * the sign-in (a session that ended or expired): the next person on the phone reads none of them,
 * even offline. What waits to be sent is not here: the pages' outbox (outbox.ts) sends it, and
 * nothing here deletes it (nor does the sign-out's Clear-Site-Data, "cache" only).
 */
import { CacheFirst, CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, Serwist, type RouteMatchCallbackOptions } from "serwist";
import { routes } from "@/lib/routes";
import { forgetOfflinePages } from "@/lib/work-orders/offline/forget-pages";
import { answersSignedOut, ASSETS_CACHE, isSignOutRequest, PAGES_CACHE_PREFIX, pagesCacheName } from "@/lib/work-orders/offline/outbox-rules";

declare const self: ServiceWorkerGlobalScope;

let userKey: string | null = null;

/** Whose pages to keep: told by the page; after the worker was stopped, the one pages cache left. */
async function currentUser(): Promise<string | null> {
  if (userKey) return userKey;
  const names = (await caches.keys()).filter((name) => name.startsWith(PAGES_CACHE_PREFIX));
  if (names.length === 1) userKey = names[0].slice(PAGES_CACHE_PREFIX.length);
  return userKey;
}

async function setUser(key: string) {
  userKey = key;
  const others = (await caches.keys()).filter((name) => name.startsWith(PAGES_CACHE_PREFIX) && name !== pagesCacheName(key));
  await Promise.all(others.map((name) => caches.delete(name)));
}

/** Nobody's pages are kept any more: signed out, or the session is over. */
async function forgetUser() {
  userKey = null;
  await forgetOfflinePages();
}

const strategies = new Map<string, NetworkFirst>();
function pagesStrategy(key: string) {
  let strategy = strategies.get(key);
  if (!strategy) {
    // Only a page as its owner saw it: no redirect to sign-in, no error page in place of a good copy.
    strategy = new NetworkFirst({ cacheName: pagesCacheName(key), networkTimeoutSeconds: 6, matchOptions: { ignoreVary: true }, plugins: [new CacheableResponsePlugin({ statuses: [200] })] });
    strategies.set(key, strategy);
  }
  return strategy;
}

/** The HTML of /interventions and its job pages (not Next's RSC fetches, not the worker itself). */
function isInterventionsPage({ url, request, sameOrigin }: RouteMatchCallbackOptions) {
  const scope = routes.employee.scope;
  return (
    sameOrigin &&
    request.method === "GET" &&
    (url.pathname === scope || url.pathname.startsWith(`${scope}/`)) &&
    url.pathname !== routes.employee.serviceWorker &&
    !url.searchParams.has("_rsc") &&
    !request.headers.has("RSC")
  );
}

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: isInterventionsPage,
      handler: {
        handle: async (options) => {
          const key = await currentUser();
          const response = key ? await pagesStrategy(key).handle(options) : await fetch(options.request);
          if (answersSignedOut(response)) await forgetUser();
          return response;
        },
      },
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: ASSETS_CACHE,
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
  ],
});

// Before Serwist's own listener: "CACHE_URLS" that follows must be kept for the right person.
self.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown; key?: unknown } | null;
  if (data?.type === "USER" && typeof data.key === "string" && /^[a-f0-9]{16,64}$/.test(data.key)) event.waitUntil(setUser(data.key));
});
// Before Serwist's own listener (it handles GETs only): the pages go first, whether or not the
// network then carries the sign-out (signing out in a basement still leaves nothing to read).
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !isSignOutRequest(event.request.method, url.pathname)) return;
  event.respondWith(forgetUser().then(() => fetch(event.request)));
});
serwist.addEventListeners();

"use client";

import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { routes } from "@/lib/routes";
import { flushOutbox, listOutbox, onOutboxChange, type OutboxItem } from "@/lib/work-orders/offline/outbox";
import { plural } from "@/lib/format/numbers";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

type Outbox = { userKey: string; items: OutboxItem[]; online: boolean; send: () => void };
const OutboxContext = createContext<Outbox | null>(null);

/** The outbox of the person signed in (null before hydration, or without JavaScript). */
export function useOutbox(): Outbox | null {
  return useContext(OutboxContext);
}

/**
 * Runs on every page of /interventions: registers the service worker and tells it whose pages it
 * keeps (and which to keep: this page, the jobs linked from a `data-offline-keep` part of it, today's
 * on the list, and the scripts it loaded; each visit fetches those again, so they stay few), sends what
 * waits in the outbox on load and when the network returns, and says so at the top of the page.
 */
export function OfflineRunner({ userKey, children }: { userKey: string; children: ReactNode }) {
  const router = useRouter();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);

  const send = useCallback(() => {
    void flushOutbox(userKey).then((sent) => {
      if (sent > 0) router.refresh();
    });
  }, [userKey, router]);

  useEffect(() => {
    const read = () => void listOutbox(userKey).then(setItems, () => setItems([]));
    read();
    send();
    const stop = onOutboxChange(read);
    window.addEventListener("online", send);
    return () => {
      stop();
      window.removeEventListener("online", send);
    };
  }, [userKey, send]);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    void navigator.serviceWorker
      .register(routes.employee.serviceWorker, { scope: routes.employee.scope })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const worker = registration.active;
        if (!worker || !navigator.onLine) return;
        const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-offline-keep] a[href]")]
          .map((a) => new URL(a.href))
          .filter((url) => url.origin === location.origin && url.pathname.startsWith(`${routes.employee.scope}/`))
          .map((url) => url.pathname);
        const assets = performance
          .getEntriesByType("resource")
          .map((entry) => new URL(entry.name))
          .filter((url) => url.origin === location.origin && url.pathname.startsWith("/_next/static/"))
          .map((url) => url.href);
        worker.postMessage({ type: "USER", key: userKey });
        worker.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [...new Set([location.pathname + location.search, ...links, ...assets])] } });
      })
      .catch(() => {});
  }, [userKey]);

  const pending = items.filter((item) => item.state === "pending").length;
  return (
    <OutboxContext.Provider value={{ userKey, items, online, send }}>
      <div role="status" className="mb-4 space-y-2 empty:hidden">
        {!online ? (
          <p className="rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
            Pas de réseau : vous voyez la dernière version chargée. Ce que vous terminez est gardé sur le téléphone et sera envoyé au retour du réseau.
          </p>
        ) : null}
        {pending > 0 ? (
          <p className="rounded-md border border-slate-400 bg-slate-50 px-3 py-2 text-slate-900">{plural(pending, "envoi", "envois")} en attente d&apos;envoi.</p>
        ) : null}
      </div>
      {children}
    </OutboxContext.Provider>
  );
}

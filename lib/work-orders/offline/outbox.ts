"use client";

import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { routes } from "@/lib/routes";
import { refusalMessage, verdictFor } from "@/lib/work-orders/offline/outbox-rules";

/**
 * The phone's outbox (IndexedDB, through idb): a completion or a photo entered with no network is
 * kept here under the key made when its form was submitted, shown as "en attente d'envoi", and
 * sent when the network returns (the `online` event, and each page load: see
 * app/interventions/_components/offline-runner.tsx). The server recognises a key it has already
 * taken (WorkOrder.completionKey, WorkOrderPhoto (job, clientKey)), so an item sent twice (two
 * tabs, an answer lost on the way back) is applied once. Items belong to one account (`userKey`):
 * another person signed in on the same phone neither sees nor sends them.
 */

export type OutboxItem = {
  key: string;
  userKey: string;
  workOrderId: string;
  createdAt: number;
  state: "pending" | "refused";
  error?: string;
} & ({ kind: "complete"; note: string; minutes: number } | { kind: "photo"; photoKind: "BEFORE" | "AFTER"; blob: Blob; fileName: string });

interface OutboxDb extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { byUser: string } };
}

const CHANGED = "quartier-outbox-changed";
let opened: Promise<IDBPDatabase<OutboxDb>> | null = null;

function database() {
  opened ??= openDB<OutboxDb>("quartier-interventions", 1, {
    upgrade(db) {
      db.createObjectStore("outbox", { keyPath: "key" }).createIndex("byUser", "userKey");
    },
  });
  return opened;
}

function changed() {
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` whenever the outbox changes in this page; returns the unsubscribe. */
export function onOutboxChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}

export async function listOutbox(userKey: string): Promise<OutboxItem[]> {
  const items = await (await database()).getAllFromIndex("outbox", "byUser", userKey);
  return items.sort((a, b) => a.createdAt - b.createdAt);
}

export async function addToOutbox(item: OutboxItem): Promise<void> {
  await (await database()).put("outbox", item);
  changed();
}

export async function removeFromOutbox(key: string): Promise<void> {
  await (await database()).delete("outbox", key);
  changed();
}

function request(item: OutboxItem): { url: string; init: RequestInit } {
  const headers = { Accept: "application/json" };
  if (item.kind === "complete") {
    return {
      url: routes.employee.completeApi(item.workOrderId),
      init: { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify({ completionKey: item.key, note: item.note, minutes: item.minutes }) },
    };
  }
  const body = new FormData();
  body.append("kind", item.photoKind);
  body.append("clientKey", item.key);
  body.append("photo", item.blob, item.fileName);
  return { url: routes.employee.photoApi(item.workOrderId), init: { method: "POST", headers, body } };
}

async function sendOne(item: OutboxItem): Promise<boolean> {
  const { url, init } = request(item);
  let status: number | null = null;
  let body: unknown = null;
  try {
    const response = await fetch(url, { ...init, credentials: "same-origin", cache: "no-store" });
    status = response.status;
    body = await response.json().catch(() => null);
  } catch {
    status = null;
  }
  const verdict = verdictFor(status);
  const db = await database();
  if (verdict === "sent") {
    await db.delete("outbox", item.key);
    return true;
  }
  if (verdict === "refused" && status !== null) await db.put("outbox", { ...item, state: "refused", error: refusalMessage(status, body) });
  else if (status === 401) await db.put("outbox", { ...item, error: refusalMessage(status, body) });
  return false;
}

let running: Promise<number> | null = null;

/**
 * Sends the account's pending items, oldest first, one at a time; resolves with how many the
 * server took. One run at a time in this page (and across tabs where Web Locks exist).
 */
export function flushOutbox(userKey: string): Promise<number> {
  running ??= (async () => {
    try {
      const run = async () => {
        let sent = 0;
        for (const item of await listOutbox(userKey)) {
          if (item.state !== "pending") continue;
          if (!navigator.onLine) break;
          if (await sendOne(item)) sent += 1;
        }
        return sent;
      };
      const sent = navigator.locks ? await navigator.locks.request("quartier-outbox", run) : await run();
      changed();
      return sent;
    } finally {
      running = null;
    }
  })();
  return running;
}

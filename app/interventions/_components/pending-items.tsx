"use client";

import { useEffect, useMemo } from "react";
import { removeFromOutbox, type OutboxItem } from "@/lib/work-orders/offline/outbox";
import { PHOTO_KIND_LABELS } from "@/lib/work-orders/employee-schemas";
import { useOutbox } from "./offline-runner";

function describe(item: OutboxItem) {
  return item.kind === "complete" ? `Fin d'intervention (${item.minutes} min)` : `Photo « ${PHOTO_KIND_LABELS[item.photoKind].toLowerCase()} »`;
}

/** What of this job waits on the phone: "en attente d'envoi", or refused with the reason. */
export function PendingItems({ workOrderId }: { workOrderId: string }) {
  const outbox = useOutbox();
  const items = useMemo(() => outbox?.items.filter((item) => item.workOrderId === workOrderId) ?? [], [outbox, workOrderId]);
  if (!items.length) return null;
  return (
    <section aria-labelledby="en-attente" className="space-y-2 rounded-md border border-amber-700 bg-amber-50 p-3">
      <h2 id="en-attente" className="font-semibold">Sur le téléphone</h2>
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.key} className="flex flex-wrap items-center gap-3">
            {item.kind === "photo" ? <Preview blob={item.blob} /> : null}
            <span>
              {describe(item)} : {item.state === "pending" ? <strong>en attente d&apos;envoi</strong> : <strong className="text-red-800">refusé</strong>}
              {item.error ? <span className="block text-sm">{item.error}</span> : null}
            </span>
            {item.state === "refused" ? (
              <button type="button" className="underline" onClick={() => void removeFromOutbox(item.key)}>
                Retirer
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Preview({ blob }: { blob: Blob }) {
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  // eslint-disable-next-line @next/next/no-img-element -- a local blob, not a page asset
  return <img src={url} alt="Photo en attente" className="h-16 w-16 rounded object-cover" />;
}

/** On the list: this job has something waiting on the phone. */
export function PendingBadge({ workOrderId }: { workOrderId: string }) {
  const outbox = useOutbox();
  const count = outbox?.items.filter((item) => item.workOrderId === workOrderId && item.state === "pending").length ?? 0;
  return count ? <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">en attente d&apos;envoi</span> : null;
}

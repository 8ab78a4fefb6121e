"use client";
import Link from "next/link";
import { tableClass, tableWrapperClass } from "@/components/ui/styles";
import { formatShortDay } from "@/lib/format/dates";
import { PRIORITY_LABELS, REPORT_STATUS_LABELS } from "@/lib/reports/status";
import type { QueueItem } from "@/lib/reports/triage-queries";

/**
 * The queue's rows. A client component on purpose: the page then sends 25 rows of data instead of
 * 25 rows of serialized markup, which is most of what a queue request costs the server.
 */
export function QueueTable({ items, page }: { items: QueueItem[]; page: number }) {
  return (
    <div className={tableWrapperClass}>
      <table className={tableClass}>
        <caption className="sr-only">Signalements, page {page}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Sélection</span>
            </th>
            <th scope="col">N°</th>
            <th scope="col">Reçu le</th>
            <th scope="col">Catégorie</th>
            <th scope="col">Lieu</th>
            <th scope="col">Statut</th>
            <th scope="col">Priorité</th>
            <th scope="col">Partenaire</th>
            <th scope="col" className="text-right">Photos</th>
            <th scope="col" className="text-right">Soutiens</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <input type="checkbox" name="selected" value={`${item.id}:${item.version}`} id={`choix-${item.id}`} aria-label={`Sélectionner le signalement n° ${item.number}`} className="h-5 w-5" />
              </td>
              <th scope="row" className="font-medium">
                <Link href={`/gestion/signalements/${item.id}`} className="underline">
                  n° {item.number}
                </Link>
              </th>
              <td className="whitespace-nowrap">
                <time dateTime={item.createdAt.toISOString()}>{formatShortDay(item.createdAt)}</time>
              </td>
              <td>{item.category.name}</td>
              <td>
                {item.place}
                <span className="block text-slate-600">{item.excerpt}</span>
              </td>
              <td className="whitespace-nowrap">{REPORT_STATUS_LABELS[item.status]}</td>
              <td className="whitespace-nowrap">{PRIORITY_LABELS[item.priority]}</td>
              <td>{item.partner?.name ?? "—"}</td>
              <td className="text-right tabular-nums">{item.photoCount}</td>
              <td className="text-right tabular-nums">{item.supporterCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

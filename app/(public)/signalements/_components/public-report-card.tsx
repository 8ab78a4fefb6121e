import Link from "next/link";
import { StoredPhoto } from "@/components/ui/stored-photo";
import { formatDay } from "@/lib/format/dates";
import type { PublicReportItem } from "@/lib/reports/queries/public";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { routes } from "@/lib/routes";

/**
 * One public report in the list: category, place, state and dates, moderated text, approved photos.
 * A server component: as a client one it saved some bytes of the cached page's React payload, but
 * every phone then ran it, and formatting its first date in Paris time loaded the browser's time
 * zone data, the largest piece of the list's main-thread time after React itself (Lighthouse).
 */
export function PublicReportCard({ report }: { report: PublicReportItem }) {
  return (
    <article aria-labelledby={`signalement-${report.number}`} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={`signalement-${report.number}`} className="text-lg font-semibold">
        <Link href={routes.public.report(report.number)} className="underline">
          N° {report.number} — {report.category}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">{report.place}</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>
          État : <strong>{REPORT_STATUS_LABELS[report.status]}</strong>
        </span>
        <span>
          Signalé le <time dateTime={report.createdAt}>{formatDay(report.createdAt)}</time>
        </span>
        {report.resolvedAt ? (
          <span>
            Résolu le <time dateTime={report.resolvedAt}>{formatDay(report.resolvedAt)}</time>
          </span>
        ) : (
          <span>
            Mis à jour le <time dateTime={report.updatedAt}>{formatDay(report.updatedAt)}</time>
          </span>
        )}
        {report.supporterCount ? <span>{report.supporterCount} « moi aussi »</span> : null}
      </p>
      {report.text ? <p className="whitespace-pre-line">{report.text}</p> : null}
      {report.photos.length ? (
        <ul className="flex flex-wrap gap-2">
          {report.photos.map((photo, index) => (
            <li key={photo.id}>
              <StoredPhoto photo={{ ...photo, src: routes.api.photo(photo.id), alt: `Photo ${index + 1} du signalement n° ${report.number}` }} thumbnail />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

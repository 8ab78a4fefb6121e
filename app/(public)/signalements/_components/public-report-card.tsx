"use client";

import { StoredPhoto } from "@/components/ui/stored-photo";

/** A public report as its card shows it, every word and address already made on the server. */
export type PublicReportCardData = {
  number: number;
  href: string;
  category: string;
  place: string;
  status: string;
  text: string | null;
  /** "Signalé le", then "Résolu le" or "Mis à jour le": each with its ISO instant and its French day. */
  dates: { label: string; iso: string; day: string }[];
  supporterCount: number;
  photos: { id: string; src: string; alt: string; width: number; height: number }[];
};

/**
 * The list's cards: one client component for the page's reports rather than one per report. Not in
 * a Suspense boundary of their own to hydrate them apart: React 19.2's server rendering sends any
 * boundary over 500 bytes that comes after the page's first 12.8 kB as a hidden block a script
 * shows, so without JavaScript the list showed no report.
 */
export function PublicReportCards({ reports }: { reports: PublicReportCardData[] }) {
  return (
    <ul className="space-y-3">
      {reports.map((report) => (
        <li key={report.number}>
          <PublicReportCard report={report} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One public report in the list: category, place, state and dates, moderated text, approved photos.
 * A client component for its weight, not for interactivity: the cached page then carries each
 * report once, as these props, instead of a second copy of its markup in the React payload (the
 * list's HTML 66 → 47 kB; the server serves the cached list at 0.85–0.96 of the static page
 * instead of 0.50–0.68, session 12). It imports nothing that runs on the phone beyond the photo:
 * dates come formatted (formatting in Paris time on the phone loaded the browser's time zone
 * data, Lighthouse), addresses made, and its link is a plain one to a cached page.
 */
function PublicReportCard({ report }: { report: PublicReportCardData }) {
  return (
    <article aria-labelledby={`signalement-${report.number}`} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={`signalement-${report.number}`} className="text-lg font-semibold">
        <a href={report.href} className="underline">
          N° {report.number} — {report.category}
        </a>
      </h3>
      <p className="text-sm text-slate-700">{report.place}</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>
          État : <strong>{report.status}</strong>
        </span>
        {report.dates.map((date) => (
          <span key={date.label}>
            {date.label} <time dateTime={date.iso}>{date.day}</time>
          </span>
        ))}
        {report.supporterCount ? <span>{report.supporterCount} « moi aussi »</span> : null}
      </p>
      {report.text ? <p className="whitespace-pre-line">{report.text}</p> : null}
      {report.photos.length ? (
        <ul className="flex flex-wrap gap-2">
          {report.photos.map((photo) => (
            <li key={photo.id}>
              <StoredPhoto photo={photo} thumbnail />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

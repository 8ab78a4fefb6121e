"use client";

import Link from "next/link";
import { PendingBadge } from "./pending-items";

/**
 * A job as the employee's day shows it, every word made on the server (app/interventions/page.tsx
 * `jobCardData`), so that the phone formats nothing. The lists below are client components fed
 * with these: the page carries each job once, as data, instead of its markup twice (the HTML and
 * the React payload), and the list stays readable offline from the page the phone kept.
 */
export type JobCardData = {
  id: string;
  href: string;
  /** "08:00 · n° 1234 · " */
  heading: string;
  status: string;
  task: string;
  /** "Résidence Les Tilleuls, bâtiment B" */
  place: string | null;
  /** The street address and the job's own details, "12 rue des Lilas — porte 3". */
  street: string | null;
  /** The site's and the building's access notes. */
  access: string | null;
};

/** "08:00 · n° 1234 · " then the status, and the badge of what the phone has yet to send. */
function JobHeading({ job }: { job: Pick<JobCardData, "id" | "heading" | "status"> }) {
  return (
    <p className="text-sm text-slate-700">
      {job.heading}
      <span className="font-semibold text-slate-900">{job.status}</span>
      <PendingBadge workOrderId={job.id} />
    </p>
  );
}

/** A day's jobs in full: time, status, task, place, its street and the access notes. */
export function JobCards({ jobs }: { jobs: JobCardData[] }) {
  return (
    <ul className="space-y-3">
      {jobs.map((job) => (
        <li key={job.id} className="space-y-1 rounded-md border border-slate-300 bg-white p-3">
          <JobHeading job={job} />
          <p className="text-lg font-semibold">
            <Link href={job.href} className="text-brand-800 underline">
              {job.task}
            </Link>
          </p>
          {job.place ? <p>{job.place}</p> : null}
          {job.street ? <p className="text-sm">{job.street}</p> : null}
          {job.access ? (
            <p className="text-sm">
              <span className="font-semibold">Accès : </span>
              {job.access}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The week's other days, each by its first jobs in a line each, and the link to the whole day. */
export type WeekDayData = { day: string; title: string; jobs: Pick<JobCardData, "id" | "href" | "heading" | "status" | "task" | "place">[]; link: { href: string; label: string } };

export function WeekDayList({ days }: { days: WeekDayData[] }) {
  return days.map(({ day, title, jobs, link }) => (
    <div key={day} className="space-y-2">
      <h3 className="font-semibold">{title}</h3>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
        {jobs.map((job) => (
          <li key={job.id} className="p-2">
            <JobHeading job={job} />
            <p>
              <Link href={job.href} className="font-semibold text-brand-800 underline">
                {job.task}
              </Link>
              {job.place ? <span className="text-slate-700"> — {job.place}</span> : null}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <Link href={link.href} className="underline">
          {link.label}
        </Link>
      </p>
    </div>
  ));
}

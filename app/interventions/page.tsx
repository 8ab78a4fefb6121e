import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { formatLongDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { WORK_ORDER_STATUS_LABELS } from "@/lib/work-orders/model";
import { findMyEmployee, listMyWeek, type MyWorkOrder } from "@/lib/work-orders/queries/employee";
import { AccessNotes, placeOf } from "./_components/job-summary";
import { formatStartTime } from "@/lib/work-orders/time";
import { PendingBadge } from "./_components/pending-items";
import { pickDay, previewDay } from "@/lib/work-orders/day-preview";
import { isoDay, mondayOf, toDay, weekDays } from "@/lib/core/calendar";

export const metadata: Metadata = { title: "Mes interventions" };

/**
 * The employee's day and week, theirs and their team's, on a phone: today's jobs in full, the
 * week's other days by their first jobs, each day in full at `?jour=2026-12-01`.
 */
export default async function InterventionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("work-orders:work", routes.employee.home);
  if (!actor) return <AccessDenied signedIn />;
  const [employee, week, query] = await Promise.all([findMyEmployee(actor), listMyWeek(actor), searchParams]);
  const otherDays = weekDays(mondayOf(new Date(week.todayIso))).map(isoDay).filter((day) => day !== week.todayIso.slice(0, 10));
  const opened = pickDay(query.jour, otherDays);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Mes interventions"
        intro={employee ? `${employee.name}${employee.team ? `, équipe ${employee.team.name}` : ""}. Aujourd'hui, ${formatLongDay(week.todayIso)}.` : undefined}
      />
      {!employee ? (
        <EmptyState>Aucune fiche salarié en cours n&apos;est liée à votre compte : vous n&apos;avez pas d&apos;intervention à afficher. Si c&apos;est une erreur, parlez-en à votre encadrant.</EmptyState>
      ) : (
        <>
          {opened ? (
            <>
              <p className="mb-4">
                <Link href={routes.employee.home} className="underline">← Aujourd&apos;hui et la semaine</Link>
              </p>
              <JobList title={dayTitle(opened)} id="jour" jobs={week.week.filter((job) => job.scheduledDate.slice(0, 10) === opened)} empty="Aucune intervention ce jour-là." />
            </>
          ) : (
            <>
              {/* Today's job pages are kept on the phone at each visit (OfflineRunner); the week's when opened. */}
              <JobList title="Aujourd'hui" id="aujourdhui" jobs={week.today} empty="Aucune intervention prévue aujourd'hui." keepOffline />
              <WeekDays jobs={week.week} days={otherDays} />
            </>
          )}
        </>
      )}
    </div>
  );
}

const dayTitleFormat = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
/** "Lundi 30 novembre". */
function dayTitle(day: string): string {
  const text = dayTitleFormat.format(toDay(day));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The week's other days, each by its first jobs, in a line each; the whole day behind its link. */
function WeekDays({ jobs, days }: { jobs: MyWorkOrder[]; days: string[] }) {
  const byDay = days
    .map((day) => ({ day, ...previewDay(jobs.filter((job) => job.scheduledDate.slice(0, 10) === day), false) }))
    .filter(({ shown }) => shown.length > 0);
  return (
    <section aria-labelledby="semaine" className="mb-8 space-y-4">
      <h2 id="semaine" className="text-xl font-semibold">
        Cette semaine <span className="text-base font-normal text-slate-700">({plural(jobs.length, "autre intervention", "autres interventions")})</span>
      </h2>
      {byDay.length === 0 ? <EmptyState>Aucune autre intervention cette semaine.</EmptyState> : null}
      {byDay.map(({ day, shown, hidden }) => (
        <div key={day} className="space-y-2">
          <h3 className="font-semibold">{dayTitle(day)}</h3>
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
            {shown.map((job) => (
              <li key={job.id} className="p-2">
                <p className="text-sm text-slate-700">
                  {formatStartTime(job.startMinutes)} · n° {job.number} · <span className="font-semibold text-slate-900">{WORK_ORDER_STATUS_LABELS[job.status]}</span>
                  <PendingBadge workOrderId={job.id} />
                </p>
                <p>
                  <Link href={routes.employee.job(job.id)} className="font-semibold text-brand-800 underline">
                    {job.task}
                  </Link>
                  {placeOf(job).name ? <span className="text-slate-700"> — {placeOf(job).name}</span> : null}
                </p>
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <Link href={routes.employee.day(day)} className="underline">
              {hidden.length > 0 ? `Voir les ${shown.length + hidden.length} interventions du ${dayTitle(day).toLowerCase()}` : `Voir le ${dayTitle(day).toLowerCase()} en détail`}
            </Link>
          </p>
        </div>
      ))}
    </section>
  );
}

/** A day's jobs in full: time, status, task, place, its street and the access notes. */
function JobList({ title, id, jobs, empty, keepOffline = false }: { title: string; id: string; jobs: MyWorkOrder[]; empty: string; keepOffline?: boolean }) {
  return (
    <section aria-labelledby={id} className="mb-8 space-y-3" data-offline-keep={keepOffline ? "" : undefined}>
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="text-base font-normal text-slate-700">({plural(jobs.length, "intervention", "interventions")})</span>
      </h2>
      {jobs.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {jobs.map((job) => {
            const place = placeOf(job);
            return (
              <li key={job.id} className="space-y-1 rounded-md border border-slate-300 bg-white p-3">
                <p className="text-sm text-slate-700">
                  {formatStartTime(job.startMinutes)} · n° {job.number} · <span className="font-semibold text-slate-900">{WORK_ORDER_STATUS_LABELS[job.status]}</span>
                  <PendingBadge workOrderId={job.id} />
                </p>
                <p className="text-lg font-semibold">
                  <Link href={routes.employee.job(job.id)} className="text-brand-800 underline">
                    {job.task}
                  </Link>
                </p>
                {place.name ? <p>{place.name}</p> : null}
                {place.street || place.detail ? <p className="text-sm">{[place.street, place.detail].filter(Boolean).join(" — ")}</p> : null}
                <AccessNotes job={job} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

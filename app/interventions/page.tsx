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
import { accessNotesOf, placeOf } from "./_components/job-summary";
import { formatStartTime } from "@/lib/work-orders/time";
import { JobCards, WeekDayList, type JobCardData, type WeekDayData } from "./_components/job-cards";
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

/** A job's card, its words made here (the phone formats nothing). */
function jobCardData(job: MyWorkOrder): JobCardData {
  const place = placeOf(job);
  const street = [place.street, place.detail].filter(Boolean).join(" — ");
  return {
    id: job.id,
    href: routes.employee.job(job.id),
    heading: `${formatStartTime(job.startMinutes)} · n° ${job.number} · `,
    status: WORK_ORDER_STATUS_LABELS[job.status],
    task: job.task,
    place: place.name,
    street: street || null,
    access: accessNotesOf(job),
  };
}

/** The week's other days, each by its first jobs, in a line each; the whole day behind its link. */
function WeekDays({ jobs, days }: { jobs: MyWorkOrder[]; days: string[] }) {
  const byDay = days
    .map((day) => ({ day, ...previewDay(jobs.filter((job) => job.scheduledDate.slice(0, 10) === day), false) }))
    .filter(({ shown }) => shown.length > 0)
    .map(({ day, shown, hidden }): WeekDayData => {
      const title = dayTitle(day);
      return {
        day,
        title,
        jobs: shown.map((job) => {
          const { id, href, heading, status, task, place } = jobCardData(job);
          return { id, href, heading, status, task, place };
        }),
        link: {
          href: routes.employee.day(day),
          label: hidden.length > 0 ? `Voir les ${shown.length + hidden.length} interventions du ${title.toLowerCase()}` : `Voir le ${title.toLowerCase()} en détail`,
        },
      };
    });
  return (
    <section aria-labelledby="semaine" className="mb-8 space-y-4">
      <h2 id="semaine" className="text-xl font-semibold">
        Cette semaine <span className="text-base font-normal text-slate-700">({plural(jobs.length, "autre intervention", "autres interventions")})</span>
      </h2>
      {byDay.length === 0 ? <EmptyState>Aucune autre intervention cette semaine.</EmptyState> : <WeekDayList days={byDay} />}
    </section>
  );
}

/** A day's jobs in full. */
function JobList({ title, id, jobs, empty, keepOffline = false }: { title: string; id: string; jobs: MyWorkOrder[]; empty: string; keepOffline?: boolean }) {
  return (
    <section aria-labelledby={id} className="mb-8 space-y-3" data-offline-keep={keepOffline ? "" : undefined}>
      <h2 id={id} className="text-xl font-semibold">
        {title} <span className="text-base font-normal text-slate-700">({plural(jobs.length, "intervention", "interventions")})</span>
      </h2>
      {jobs.length === 0 ? <EmptyState>{empty}</EmptyState> : <JobCards jobs={jobs.map(jobCardData)} />}
    </section>
  );
}

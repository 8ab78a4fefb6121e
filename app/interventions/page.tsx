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

export const metadata: Metadata = { title: "Mes interventions" };

/** The employee's day and week, theirs and their team's, on a phone. */
export default async function InterventionsPage() {
  const actor = await pageActor("work-orders:work", routes.employee.home);
  if (!actor) return <AccessDenied signedIn />;
  const [employee, week] = await Promise.all([findMyEmployee(actor), listMyWeek(actor)]);
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
          {/* Today's job pages are kept on the phone at each visit (OfflineRunner); the week's when opened. */}
          <JobList title="Aujourd'hui" id="aujourdhui" jobs={week.today} empty="Aucune intervention prévue aujourd'hui." showDay={false} keepOffline />
          <JobList title="Cette semaine" id="semaine" jobs={week.week} empty="Aucune autre intervention cette semaine." showDay />
        </>
      )}
    </div>
  );
}

function JobList({ title, id, jobs, empty, showDay, keepOffline = false }: { title: string; id: string; jobs: MyWorkOrder[]; empty: string; showDay: boolean; keepOffline?: boolean }) {
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
                  {showDay ? `${formatLongDay(job.scheduledDate)} · ` : ""}
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

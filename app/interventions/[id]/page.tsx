import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { SuccessNotice } from "@/components/ui/success-notice";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { formatDayTime, formatLongDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { JobPhotos } from "@/components/work-orders/job-photos";
import { WORK_ORDER_STATUS_LABELS } from "@/lib/work-orders/model";
import { getMyWorkOrder } from "@/lib/work-orders/queries/employee";
import { completeWorkOrderAction, startWorkOrderAction } from "../actions";
import { AccessNotes, placeOf } from "../_components/job-summary";
import { formatStartTime } from "@/lib/work-orders/time";
import { CompleteForm, PhotoForm, StartForm } from "../_components/job-forms";
import { PendingItems } from "../_components/pending-items";

export const metadata: Metadata = { title: "Intervention" };

const NOTICES: Record<string, (n: string | undefined) => string> = {
  demarree: () => "L'intervention est démarrée.",
  terminee: () => "L'intervention est terminée. Merci !",
  photo: () => "La photo est enregistrée.",
  signale: (n) => (n ? `Le problème est signalé (signalement n° ${n}). L'équipe de la Régie s'en occupe.` : "Le problème est signalé."),
};

/** One job on the phone: where, how to get in, what to do; start, finish, photos, a problem seen. */
export default async function JobPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const actor = await pageActor("work-orders:work", routes.employee.job(id));
  if (!actor) return <AccessDenied signedIn />;
  const parsedId = idSchema.safeParse(id);
  const job = parsedId.success ? await getMyWorkOrder(actor, parsedId.data) : null;
  if (!job) notFound();
  const query = await searchParams;
  const notice = typeof query.fait === "string" ? NOTICES[query.fait]?.(typeof query.n === "string" ? query.n : undefined) : undefined;
  const place = placeOf(job);
  const canFinish = job.status === "ASSIGNED" || job.status === "IN_PROGRESS";
  const canAddPhotos = canFinish || job.status === "DONE";

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href={routes.employee.home} className="underline">
          ← Mes interventions
        </Link>
      </p>
      <header className="space-y-1">
        <p className="text-sm text-slate-700">Intervention n° {job.number}</p>
        <h1 className="text-2xl font-bold">{job.task}</h1>
        <p>
          Statut : <strong>{WORK_ORDER_STATUS_LABELS[job.status]}</strong>
        </p>
      </header>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <PendingItems workOrderId={job.id} />

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-md border border-slate-300 bg-white p-3">
        <dt className="font-semibold">Quand</dt>
        <dd>
          {formatLongDay(job.scheduledDate)}, {formatStartTime(job.startMinutes)} (prévu : {plural(job.durationMinutes, "minute", "minutes")})
        </dd>
        <dt className="font-semibold">Où</dt>
        <dd>{[place.name, place.street, place.detail].filter(Boolean).join(" — ") || "Lieu non précisé"}</dd>
        {job.team ? (
          <>
            <dt className="font-semibold">Équipe</dt>
            <dd>{job.team.name}</dd>
          </>
        ) : null}
      </dl>
      <AccessNotes job={job} />
      {job.description ? <p className="whitespace-pre-line">{job.description}</p> : null}
      {job.internalNote ? (
        <p className="whitespace-pre-line rounded-md border border-slate-300 bg-slate-50 p-3">
          <span className="font-semibold">Note de la Régie : </span>
          {job.internalNote}
        </p>
      ) : null}

      {job.status === "ASSIGNED" ? <StartForm action={startWorkOrderAction} workOrderId={job.id} version={job.version} /> : null}

      {canFinish ? (
        <section aria-labelledby="terminer" className="space-y-3">
          <h2 id="terminer" className="text-xl font-semibold">Terminer</h2>
          <CompleteForm action={completeWorkOrderAction} workOrderId={job.id} serverKey={randomUUID()} />
        </section>
      ) : job.doneAt ? (
        <section aria-labelledby="fin" className="space-y-1">
          <h2 id="fin" className="text-xl font-semibold">Fin d&apos;intervention</h2>
          <p>Terminée le {formatDayTime(job.doneAt)}.</p>
          {job.completionNote ? <p className="whitespace-pre-line">{job.completionNote}</p> : null}
        </section>
      ) : null}
      {job.myTime ? <p>Votre temps sur cette intervention : {plural(job.myTime.minutes, "minute", "minutes")}.</p> : null}

      <section aria-labelledby="photos" className="space-y-3">
        <h2 id="photos" className="text-xl font-semibold">Photos</h2>
        <JobPhotos photos={job.photos} src={routes.employee.photo} />
        {canAddPhotos ? <PhotoForm uploadUrl={routes.employee.photoApi(job.id)} workOrderId={job.id} serverKey={randomUUID()} /> : null}
      </section>

      <p>
        <Link href={routes.employee.problem(job.id)} className="font-semibold text-brand-800 underline">
          Signaler un problème constaté sur place
        </Link>
      </p>
    </div>
  );
}

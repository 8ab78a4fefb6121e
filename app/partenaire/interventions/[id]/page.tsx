import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { loadRecord } from "@/lib/auth/load-record";
import { can } from "@/lib/authz/policy";
import { formatDay, formatDayTime, formatLongDay } from "@/lib/format/dates";
import type { WorkOrderEventKind, WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/routes";
import { JobPhotos } from "@/components/work-orders/job-photos";
import { WORK_ORDER_ORIGIN_LABELS, WORK_ORDER_STATUS_LABELS, workOrderStatusChange } from "@/lib/work-orders/model";
import { getPartnerJob } from "@/lib/work-orders/queries/partner";
import { formatHours } from "@/lib/work-orders/statement";
import { SendBackJobForm, ValidateJobForm } from "./_components/partner-job-forms";

export const metadata: Metadata = { title: "Intervention — Espace partenaire" };

const NOTICES = {
  validee: "L'intervention est validée. Merci !",
  renvoyee: "L'intervention est renvoyée à l'équipe de la Régie avec votre commentaire.",
  commandee: "Votre commande est enregistrée : l'équipe de la Régie va la planifier.",
} as const;

const EVENT_TITLES: Record<Exclude<WorkOrderEventKind, "STATUS_CHANGED">, string> = {
  CREATED: "Intervention créée",
  RESCHEDULED: "Date modifiée",
  ASSIGNED: "Confiée à une équipe",
  COMMENT: "Commentaire de la Régie",
};

function eventTitle(event: { kind: WorkOrderEventKind; fromStatus: WorkOrderStatus | null; toStatus: WorkOrderStatus | null }) {
  if (event.kind === "STATUS_CHANGED" && event.toStatus) return workOrderStatusChange(event.fromStatus, event.toStatus);
  return event.kind === "STATUS_CHANGED" ? "Changement d'état" : EVENT_TITLES[event.kind];
}

/** "à 8 h 30", from minutes after midnight (Paris time). */
function startTime(minutes: number) {
  return `à ${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")}`;
}

export default async function PartnerJobPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Another partner's job is "not found", exactly like a job that does not exist.
  const loaded = await loadRecord("partner-work:view", routes.partner.job, params, getPartnerJob);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: job } = loaded;
  const query = await searchParams;
  const notice = query.fait && typeof query.fait === "string" && query.fait in NOTICES ? NOTICES[query.fait as keyof typeof NOTICES] : null;
  const mayValidate = can(actor, "partner-work:validate") && job.status === "DONE";

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={routes.partner.jobs} className="underline">← Interventions</Link>
      </p>
      <PageHeader title={`Intervention n° ${job.number}`} intro={`${job.task}${job.site ? ` — ${job.site.name}` : ""}`} />
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}

      <section aria-labelledby="titre-etat" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-etat" className="text-xl font-semibold">État : {WORK_ORDER_STATUS_LABELS[job.status]}</h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Prévue le</dt>
          <dd>
            {formatLongDay(job.scheduledDate)}
            {job.startMinutes !== null ? ` ${startTime(job.startMinutes)}` : ""}
          </dd>
          <dt className="font-medium">Lieu</dt>
          <dd>{[job.site ? `${job.site.name}, ${job.site.address}` : null, job.building?.name, job.address].filter(Boolean).join(" · ") || "—"}</dd>
          <dt className="font-medium">Origine</dt>
          <dd>{WORK_ORDER_ORIGIN_LABELS[job.origin]}</dd>
          {job.contract ? (
            <>
              <dt className="font-medium">Contrat</dt>
              <dd>
                <Link href={routes.partner.contract(job.contract.id)} className="underline">{job.contract.reference}</Link>
                {job.contractLine ? ` — ${job.contractLine.task}` : ""}
              </dd>
            </>
          ) : null}
          {job.doneAt ? (
            <>
              <dt className="font-medium">Terminée le</dt>
              <dd>{formatDayTime(job.doneAt)}</dd>
            </>
          ) : null}
          {job.validatedAt ? (
            <>
              <dt className="font-medium">Validée le</dt>
              <dd>{formatDay(job.validatedAt)}</dd>
            </>
          ) : null}
          <dt className="font-medium">Temps passé</dt>
          <dd>{job.minutesSpent > 0 ? `${formatHours(job.minutesSpent)} h au total` : "Aucun temps saisi"}</dd>
        </dl>
        {job.description ? <p className="whitespace-pre-line">{job.description}</p> : null}
      </section>

      {mayValidate ? (
        <section aria-labelledby="titre-validation" className="space-y-4 rounded-lg border border-brand-700 bg-white p-4">
          <h2 id="titre-validation" className="text-xl font-semibold">Valider le travail</h2>
          <p>L&apos;intervention est terminée. Validez-la si le travail est fait, ou renvoyez-la en disant ce qui reste à reprendre.</p>
          <ValidateJobForm workOrderId={job.id} version={job.version} />
          <SendBackJobForm workOrderId={job.id} version={job.version} />
        </section>
      ) : null}

      <section aria-labelledby="titre-photos" className="space-y-3">
        <h2 id="titre-photos" className="text-xl font-semibold">Photos</h2>
        <JobPhotos photos={job.photos} src={(photoId) => routes.partner.jobPhoto(job.id, photoId)} />
      </section>

      <section aria-labelledby="titre-historique" className="space-y-2">
        <h2 id="titre-historique" className="text-xl font-semibold">Historique</h2>
        {job.events.length === 0 ? (
          <EmptyState>Aucun événement.</EmptyState>
        ) : (
          <ol className="space-y-3">
            {job.events.map((event) => (
              <li key={event.id} className="rounded-md border border-slate-300 bg-white p-3">
                <p className="font-medium">{eventTitle(event)}</p>
                <p className="text-sm text-slate-700">{formatDayTime(event.createdAt)}</p>
                {event.comment ? <p className="mt-1 whitespace-pre-line">{event.comment}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

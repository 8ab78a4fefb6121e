import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { pageActor } from "@/lib/auth/guard";
import { formatLongDay, formatShortDay } from "@/lib/format/dates";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { routes } from "@/lib/routes";
import { JobPhotos } from "@/components/work-orders/job-photos";
import { conflictsOf } from "@/lib/work-orders/conflicts";
import { isOpenWorkOrder, staffTargets, WORK_ORDER_ORIGIN_LABELS, workOrderStatusChange } from "@/lib/work-orders/model";
import { getWorkOrderForStaff, listAssignmentOptions } from "@/lib/work-orders/queries/staff";
import { formatTimeOfDay } from "@/lib/work-orders/time";
import { formatMinutes } from "@/lib/format/hours";
import { isoDay, isoWeek as isoWeekOf } from "@/lib/core/calendar";
import { GestionNav } from "../../_components/gestion-nav";
import { ConflictList } from "../_components/conflict-list";
import { WorkOrderStatusBadge } from "../_components/status-badge";
import { AssignForm, CancelForm, MoveForm, RescheduleForm } from "../_components/work-order-forms";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — intervention" };

const NOTICES: Record<string, string> = {
  creee: "Intervention créée.",
  "deja-creee": "Ce formulaire avait déjà été envoyé : voici l'intervention créée la première fois.",
};

const EVENT_TITLES = { CREATED: "Intervention créée", STATUS_CHANGED: "Changement de statut", RESCHEDULED: "Déplacée", ASSIGNED: "Affectation", COMMENT: "Commentaire" } as const;

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function WorkOrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const actor = await pageActor("work-orders:manage", routes.staff.workOrder(id));
  if (!actor) return <AccessDenied signedIn />;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const [job, teams, query] = await Promise.all([getWorkOrderForStaff(actor, id), listAssignmentOptions(actor), searchParams]);
  if (!job) notFound();
  const employeeIds = job.assignees.map((a) => a.employee.id);
  const conflicts = isOpenWorkOrder(job.status) ? ((await conflictsOf([{ ...job, employeeIds }])).get(job.id) ?? []) : [];
  const names = Object.fromEntries(job.assignees.map((a) => [a.employee.id, a.employee.name]));
  const target = { workOrderId: job.id, version: job.version };
  const targets = staffTargets(job.status);
  const notice = query.fait ? NOTICES[query.fait] : undefined;
  const canValidate = targets.includes("VALIDATED") && !job.partnerId;

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={`Intervention n° ${job.number}`} intro={`${job.task} — ${job.site?.name ?? job.address ?? "lieu à préciser"}`} />
      <GestionNav current={routes.staff.workOrders} />
      <p>
        <Link href={routes.staff.workOrders} className="underline">
          ← Retour aux interventions
        </Link>
        {job.team ? (
          <>
            {" · "}
            <Link href={routes.staff.planningWeek(job.team.id, isoWeekOf(job.scheduledDate))} className="underline">
              Voir la semaine de l&apos;équipe
            </Link>
          </>
        ) : null}
      </p>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}

      <Panel id="titre-etat" title="État">
        <WorkOrderStatusBadge status={job.status} />
        <ConflictList conflicts={conflicts} names={names} />
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <Item term="Date">
            {formatLongDay(job.scheduledDate)}
            {job.startMinutes !== null ? ` à ${formatTimeOfDay(job.startMinutes)}` : " (dans la journée)"} — {formatMinutes(job.durationMinutes)}
          </Item>
          {job.occurrenceDate && job.occurrenceDate.getTime() !== job.scheduledDate.getTime() ? (
            <Item term="Prévue au planning du contrat le">{formatLongDay(job.occurrenceDate)}</Item>
          ) : null}
          <Item term="Lieu">{[job.site ? `${job.site.name}, ${job.site.address}` : null, job.building?.name, job.address].filter(Boolean).join(" — ") || "—"}</Item>
          <Item term="Origine">{WORK_ORDER_ORIGIN_LABELS[job.origin]}</Item>
          <Item term="Contrat">
            {job.contract ? `${job.contract.reference}${job.contractLine ? ` — ${job.contractLine.task}` : ""} (${job.partner?.name ?? ""})` : "Hors contrat"}
          </Item>
          <Item term="Équipe">{job.team?.name ?? "Aucune"}</Item>
          <Item term="Personnes">{job.assignees.map((a) => a.employee.name).join(", ") || "Personne"}</Item>
          {job.report ? (
            <Item term="Signalement">
              <Link href={routes.staff.report(job.report.id)} className="underline">
                n° {job.report.number}
              </Link>{" "}
              ({REPORT_STATUS_LABELS[job.report.status]})
            </Item>
          ) : null}
          {job.description ? <Item term="Description">{job.description}</Item> : null}
          {job.internalNote ? <Item term="Note interne">{job.internalNote}</Item> : null}
          {job.completionNote ? <Item term="Note de fin">{job.completionNote}</Item> : null}
          {job.sentBackComment ? <Item term="Renvoyée par le partenaire">{job.sentBackComment}</Item> : null}
          {job.cancelReason ? <Item term="Raison de l'annulation">{job.cancelReason}</Item> : null}
        </dl>
      </Panel>

      {targets.length > 0 ? (
        <Panel id="titre-actions" title="Faire avancer">
          <div className="flex flex-wrap gap-4">
            {targets.includes("IN_PROGRESS") ? <MoveForm target={target} move="start" label="Démarrer (pour l'équipe)" /> : null}
            {targets.includes("DONE") ? <MoveForm target={target} move="complete" label="Marquer terminée (pour l'équipe)" /> : null}
            {canValidate ? <MoveForm target={target} move="validate" label="Valider l'intervention" variant="primary" /> : null}
            {targets.includes("PLANNED") && job.status === "ASSIGNED" ? <MoveForm target={target} move="unassign" label="Retirer l'affectation" /> : null}
            {targets.includes("PLANNED") && job.status === "CANCELLED" ? <MoveForm target={target} move="restore" label="Reprendre l'intervention" /> : null}
          </div>
          {job.status === "DONE" && job.partnerId ? <p className="text-slate-700">Le partenaire valide cette intervention depuis son espace.</p> : null}
          {job.status === "DONE" ? <MoveForm target={target} move="sendBack" label="Renvoyer à l'équipe" withComment="Ce qui reste à faire" /> : null}
        </Panel>
      ) : null}

      {job.status === "PLANNED" || job.status === "ASSIGNED" || job.status === "IN_PROGRESS" ? (
        <Panel id="titre-affecter" title="Affecter">
          <AssignForm target={target} teams={teams} teamId={job.teamId} employeeIds={employeeIds} />
        </Panel>
      ) : null}

      {job.status === "PLANNED" || job.status === "ASSIGNED" ? (
        <Panel id="titre-deplacer" title="Déplacer">
          {job.contract ? (
            <p className="text-slate-700">
              Dans les dates du contrat : du {formatShortDay(job.contract.startsOn)} au {formatShortDay(job.contract.endsOn)}.
            </p>
          ) : null}
          <RescheduleForm target={target} date={isoDay(job.scheduledDate)} startTime={job.startMinutes !== null ? formatTimeOfDay(job.startMinutes) : ""} />
        </Panel>
      ) : null}

      {isOpenWorkOrder(job.status) ? (
        <Panel id="titre-annuler" title="Annuler">
          <CancelForm target={target} />
        </Panel>
      ) : null}

      <Panel id="titre-temps" title="Temps passé">
        {job.timeEntries.length === 0 ? (
          <EmptyState>Aucun temps saisi.</EmptyState>
        ) : (
          <ul className="space-y-1">
            {job.timeEntries.map((entry) => (
              <li key={entry.id}>
                {entry.employee.name} — {formatShortDay(entry.date)} — {formatMinutes(entry.minutes)}
                {entry.note ? ` — ${entry.note}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel id="titre-photos" title="Photos">
        <JobPhotos photos={job.photos} src={routes.employee.photo} />
      </Panel>

      <Panel id="titre-historique" title="Historique">
        <ReportTimeline
          events={job.events}
          title={(event) => (event.toStatus && event.kind !== "CREATED" ? workOrderStatusChange(event.fromStatus, event.toStatus) : EVENT_TITLES[event.kind])}
          detail={(event) => `${event.actor ? ` — ${event.actor.name}` : ""}${event.visibility === "PUBLIC" ? " — visible par le partenaire" : " — interne"}`}
        />
      </Panel>
    </div>
  );
}

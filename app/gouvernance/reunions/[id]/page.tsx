import { DOCUMENT_TITLE_MAX } from "@/lib/uploads/pdf-file";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { DocumentsPanel } from "@/components/documents/documents-panel";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { formatDayTime, formatLongDay } from "@/lib/format/dates";
import { ATTENDANCE_STATUS_LABELS, BODY_KIND_LABELS, MINUTES_STATUS_LABELS } from "@/lib/governance/model";
import { approveLabel } from "@/lib/governance/meetings/commands";
import { memberLabel } from "@/lib/governance/queries/bodies";
import { MEETING_UPLOAD_REFUSALS, type MeetingUploadRefusal } from "@/lib/governance/meetings/document-upload";
import { ATTENDANCE_OPEN, agendaItems } from "@/lib/governance/meetings/moves";
import { getMeeting } from "@/lib/governance/meetings/queries";
import { quorumText } from "@/lib/governance/meetings/quorum";
import { maySecretariat } from "@/lib/governance/positions";
import { NO_STATUTES_FOR_MEETING } from "@/lib/governance/statutes";
import { routes, type MeetingNotice } from "@/lib/routes";
import { GouvernanceFrame } from "../../_components/gouvernance-frame";
import { AttendanceForm } from "../_components/attendance-form";
import { deleteMeetingDocumentAction } from "../actions";
import { MeetingStatusBadge, OutcomeBadge } from "../_components/labels";
import { ApproveForm, CancelForm, DecisionForm, MinutesForm, MoveForm, PublishForm } from "../_components/meeting-forms";

export const metadata: Metadata = { title: "Gouvernance — réunion" };

const NOTICES: Record<MeetingNotice, string> = {
  creee: "Réunion créée. Vérifiez l'ordre du jour, puis convoquez les membres.",
  modifiee: "Réunion modifiée.",
  convoquee: "Convocation envoyée aux membres de l'instance, avec l'invitation pour leur agenda.",
  tenue: "La réunion est tenue : enregistrez les présences, les décisions et le compte rendu.",
  annulee: "Réunion annulée. Les membres convoqués en ont été informés.",
  presences: "Présences enregistrées.",
  decision: "Décision enregistrée.",
  "compte-rendu": "Compte rendu enregistré (en projet).",
  "compte-rendu-approuve": "Compte rendu de la réunion précédente approuvé.",
  "compte-rendu-publie": "Compte rendu publié sur la page publique de l'association.",
  "document-ajoute": "Le document est ajouté.",
  "document-supprime": "Le document est supprimé.",
};


export default async function MeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const actor = await pageActor("governance:view", routes.governance.meeting(id));
  if (!actor) return <AccessDenied signedIn />;
  const parsed = idSchema.safeParse(id);
  const [meeting, keeps] = await Promise.all([parsed.success ? getMeeting(parsed.data) : null, maySecretariat(actor, "governance:manage-meetings")]);
  if (!meeting) notFound();
  const query = await searchParams;
  const notice = typeof query.fait === "string" && Object.hasOwn(NOTICES, query.fait) ? NOTICES[query.fait as MeetingNotice] : undefined;
  const names = new Map(meeting.members.map((m) => [m.id, memberLabel(m)]));
  const saved = new Map(meeting.attendances.map((a) => [a.memberId, a]));
  const title = `${meeting.body.name}, ${formatLongDay(meeting.startsAt)}`;
  const minutesEditable = meeting.status === "HELD" && (meeting.minutesStatus === "NONE" || meeting.minutesStatus === "DRAFT");
  const documentsOpen = meeting.status !== "CANCELLED";
  const refusal = typeof query.refus === "string" && Object.hasOwn(MEETING_UPLOAD_REFUSALS, query.refus) ? MEETING_UPLOAD_REFUSALS[query.refus as MeetingUploadRefusal] : null;

  return (
    <GouvernanceFrame title={title} section={routes.governance.meetings} notice={notice} crumbs={[{ href: routes.governance.meetings, label: "Réunions" }]}>
      <Panel id="titre-reunion" title="La réunion">
        <dl className="grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">Instance</dt>
          <dd>
            {meeting.body.name} ({BODY_KIND_LABELS[meeting.body.kind]})
          </dd>
          <dt className="font-medium">Date</dt>
          <dd>
            {formatDayTime(meeting.startsAt)}
            {meeting.endsAt ? ` — fin ${formatDayTime(meeting.endsAt)}` : ""}
          </dd>
          <dt className="font-medium">Lieu</dt>
          <dd>{meeting.place}</dd>
          <dt className="font-medium">État</dt>
          <dd>
            <MeetingStatusBadge status={meeting.status} />
            {meeting.cancelReason ? ` Motif : ${meeting.cancelReason}` : ""}
          </dd>
        </dl>
        <h3 className="text-lg font-semibold">Ordre du jour</h3>
        <ol className="list-decimal pl-6">
          {agendaItems(meeting.agenda).map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
        {keeps && meeting.status !== "HELD" && meeting.status !== "CANCELLED" ? (
          <div className="flex flex-wrap items-start gap-6 border-t border-slate-200 pt-4">
            {meeting.status === "PLANNED" ? (
              <>
                <Link href={routes.governance.editMeeting(meeting.id)} className={buttonClass("secondary")}>
                  Modifier
                </Link>
                <MoveForm meetingId={meeting.id} version={meeting.version} move="convene" label="Convoquer les membres" />
              </>
            ) : (
              <MoveForm meetingId={meeting.id} version={meeting.version} move="hold" label="Marquer la réunion comme tenue" />
            )}
            <CancelForm meetingId={meeting.id} version={meeting.version} />
          </div>
        ) : null}
      </Panel>

      <DocumentsPanel
        documents={meeting.documents}
        href={(documentId) => routes.governance.meetingDocument(meeting.id, documentId)}
        empty="Aucun document joint."
        editing={
          keeps && documentsOpen
            ? {
                deleteAction: deleteMeetingDocumentAction,
                uploadUrl: routes.governance.meetingDocumentUpload(meeting.id),
                refusal,
                titleMax: DOCUMENT_TITLE_MAX,
                hint: "les comptes, un rapport, une annexe de l'ordre du jour. Les membres de l'instance le lisent dans leur espace.",
              }
            : undefined
        }
      />

      <Panel id="titre-presences" title="Présences et quorum">
        {!meeting.statutes ? (
          <p role="alert">{NO_STATUTES_FOR_MEETING}</p>
        ) : meeting.members.length === 0 ? (
          <EmptyState>Personne ne siège dans cette instance à la date de la réunion.</EmptyState>
        ) : keeps && ATTENDANCE_OPEN.includes(meeting.status) ? (
          <AttendanceForm
            meetingId={meeting.id}
            version={meeting.version}
            kind={meeting.body.kind}
            statutes={meeting.statutes}
            proxiesPerPerson={meeting.statutes.proxiesPerPerson}
            savedQuorum={meeting.quorum ? quorumText(meeting.quorum) : ""}
            rows={meeting.members.map((m) => ({
              memberId: m.id,
              name: memberLabel(m),
              status: saved.get(m.id)?.status ?? "ABSENT",
              proxyHolderId: saved.get(m.id)?.proxyHolderId ?? "",
            }))}
          />
        ) : (
          <>
            {meeting.quorum && meeting.attendances.length > 0 ? <p className="font-semibold">{quorumText(meeting.quorum)}</p> : <EmptyState>Les présences ne sont pas encore saisies.</EmptyState>}
            {meeting.attendances.length > 0 ? (
              <ul className="list-disc pl-6">
                {meeting.members.map((m) => {
                  const row = saved.get(m.id);
                  return (
                    <li key={m.id}>
                      {memberLabel(m)} : {row ? ATTENDANCE_STATUS_LABELS[row.status] : "non renseigné"}
                      {row?.proxyHolderId ? `, pouvoir à ${names.get(row.proxyHolderId) ?? "un membre"}` : ""}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </>
        )}
      </Panel>

      <Panel id="titre-decisions" title="Décisions">
        {meeting.decisions.length === 0 ? (
          <EmptyState>Aucune décision enregistrée.</EmptyState>
        ) : (
          <ol className="space-y-3">
            {meeting.decisions.map((d) => (
              <li key={d.id}>
                <p className="font-semibold">
                  N° {d.number} : {d.title} <OutcomeBadge outcome={d.outcome} />
                </p>
                <p className="whitespace-pre-line">{d.text}</p>
                <p className="text-sm text-slate-700">
                  Pour : {d.votesFor} — Contre : {d.votesAgainst} — Abstentions : {d.votesAbstain}
                </p>
              </li>
            ))}
          </ol>
        )}
        {keeps && meeting.status === "HELD" ? (
          <div className="border-t border-slate-200 pt-4">
            <h3 className="mb-2 text-lg font-semibold">Enregistrer une décision</h3>
            <p className="mb-2 text-sm text-slate-700">
              {meeting.quorum ? quorumText(meeting.quorum) : ""} — voix présentes et représentées : {meeting.voices}.
            </p>
            <DecisionForm meetingId={meeting.id} />
          </div>
        ) : null}
      </Panel>

      <Panel id="titre-compte-rendu" title="Compte rendu">
        <p>
          {MINUTES_STATUS_LABELS[meeting.minutesStatus]}
          {meeting.minutesApprovedAt ? `, approuvé lors de la réunion du ${formatLongDay(meeting.minutesApprovedAt.startsAt)}` : ""}
          {meeting.minutesPublishedAt ? `, publié le ${formatLongDay(meeting.minutesPublishedAt)}` : ""}.
        </p>
        {meeting.minutesStatus !== "NONE" ? (
          <p>
            <a href={routes.governance.meetingMinutesPdf(meeting.id)} className="text-brand-800 underline underline-offset-2">
              Télécharger le compte rendu (PDF)
            </a>
          </p>
        ) : null}
        {keeps && minutesEditable ? (
          <MinutesForm meetingId={meeting.id} version={meeting.version} minutes={meeting.minutes ?? ""} />
        ) : meeting.minutes ? (
          <div className="whitespace-pre-line rounded-md bg-slate-50 p-3">{meeting.minutes}</div>
        ) : null}
        {keeps && meeting.minutesStatus === "APPROVED" ? <PublishForm meetingId={meeting.id} version={meeting.version} /> : null}
        {keeps && meeting.toApprove ? (
          <div className="border-t border-slate-200 pt-4">
            <p className="mb-2">
              Le compte rendu de la réunion précédente de l&apos;instance attend son approbation :{" "}
              <Link href={routes.governance.meeting(meeting.toApprove.id)} className="text-brand-800 underline underline-offset-2">
                le lire
              </Link>
              .
            </p>
            <ApproveForm meetingId={meeting.id} approvedMeetingId={meeting.toApprove.id} version={meeting.toApprove.version} label={approveLabel(meeting.toApprove.startsAt)} />
          </div>
        ) : null}
      </Panel>
    </GouvernanceFrame>
  );
}

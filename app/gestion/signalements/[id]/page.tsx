import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { listPlaceOptions } from "@/lib/reports/queries/place";
import { listResponseTemplates } from "@/lib/report-catalog/active";
import { getReportForTriage, listTriageOptions } from "@/lib/reports/queries/staff";
import { PRIORITY_LABELS, REPORT_STATUS_LABELS, canStaffTransition, statusChangeLabel } from "@/lib/reports/model";
import { formatDayTime } from "@/lib/format/dates";
import { GestionNav } from "../../_components/gestion-nav";
import { CommentForm, DetailsForm, DuplicateForm, ModerationForm, PhotoForm, PriorityForm, RouteForm, StatusForm } from "../_components/triage-forms";
import { ReportPhotoImage } from "@/components/reports/report-photos";
import { ReportPointView } from "@/components/reports/report-point-view";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { mapTileUrl } from "@/lib/map-tiles";
import { formatPoint } from "@/lib/territory/bounds";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";
import { listJobsOfReport } from "@/lib/work-orders/queries/staff";
import { ReportJobs } from "../../interventions/_components/report-jobs";
import { Panel } from "@/components/ui/panel";
import { enumOptions } from "@/lib/format/options";

export const metadata: Metadata = { title: "Traiter un signalement" };

const NOTICES: Record<string, string> = {
  statut: "Statut mis à jour.",
  priorite: "Priorité mise à jour.",
  details: "Catégorie et lieu corrigés.",
  doublon: "Signalement marqué comme doublon.",
  transmis: "Signalement transmis au partenaire, qui a été prévenu par courriel.",
  commentaire: "Commentaire ajouté.",
  moderation: "Modération enregistrée.",
  photo: "Photo mise à jour.",
};

const EVENT_LABELS = {
  CREATED: "Signalement reçu",
  STATUS_CHANGED: "Changement de statut",
  COMMENT: "Commentaire",
  CATEGORY_CHANGED: "Catégorie corrigée",
  PLACE_CHANGED: "Lieu corrigé",
  PRIORITY_CHANGED: "Priorité changée",
  ROUTED: "Transmis au partenaire",
  MERGED: "Doublon rattaché",
} as const;

const STATUS_BUTTONS = [
  { status: "ACKNOWLEDGED", label: "Prendre en compte" },
  { status: "PLANNED", label: "Intervention prévue" },
  { status: "RESOLVED", label: "Marquer résolu" },
  { status: "CLOSED", label: "Clore" },
] as const;

export default async function TriageReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const actor = await pageActor("reports:triage", routes.staff.report(id));
  if (!actor) return <AccessDenied signedIn />;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const [report, options, places, templates, query, jobs] = await Promise.all([getReportForTriage(actor, id), listTriageOptions(), listPlaceOptions(), listResponseTemplates(), searchParams, listJobsOfReport(actor, id)]);
  if (!report) notFound();
  const notice = query.fait ? NOTICES[query.fait] : undefined;
  const target = { reportId: report.id, version: report.version };
  const currentPlace = report.entranceId ? `entrance:${report.entranceId}` : report.buildingId ? `building:${report.buildingId}` : report.siteId ? `site:${report.siteId}` : "";
  const can = (to: Parameters<typeof canStaffTransition>[1]) => canStaffTransition(report.status, to);

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={`Signalement n° ${report.number}`} intro={`${report.category.name} — ${report.place}`} />
      <GestionNav current={routes.staff.queue} />
      <p>
        <Link href={routes.staff.queue} className="underline">
          ← Retour à la file des signalements
        </Link>
      </p>
      {notice ? (
        <SuccessNotice>
          {notice}
        </SuccessNotice>
      ) : null}

      <Panel id="titre-details" title={`État : ${REPORT_STATUS_LABELS[report.status]}`}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700">Reçu le</dt>
            <dd>{formatDayTime(report.createdAt)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Priorité</dt>
            <dd>{PRIORITY_LABELS[report.priority]}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Visibilité</dt>
            <dd>{report.visibility === "PUBLIC" ? "Public" : "Privé"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Voisins concernés aussi</dt>
            <dd>{report.supporterCount}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Partenaire</dt>
            <dd>{report.partner?.name ?? "Aucun"}</dd>
          </div>
          {report.duplicateOf ? (
            <div>
              <dt className="text-sm text-slate-700">Doublon de</dt>
              <dd>
                <Link href={routes.staff.report(report.duplicateOf.id)} className="underline">
                  n° {report.duplicateOf.number}
                </Link>
              </dd>
            </div>
          ) : null}
          {report.latitude != null && report.longitude != null ? (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-700">Point indiqué sur la carte</dt>
              <dd>
                {formatPoint({ lat: report.latitude, lng: report.longitude })}
                {report.visibility === "PUBLIC" ? (
                  <span className="block text-sm text-slate-700">
                    {report.moderationStatus === "APPROVED"
                      ? "Montré sur la carte publique, arrondi à une dizaine de mètres."
                      : "Sera montré sur la carte publique (arrondi à une dizaine de mètres) quand le texte public sera approuvé."}
                  </span>
                ) : null}
                <ReportPointView point={{ lat: report.latitude, lng: report.longitude }} tileUrl={mapTileUrl()} />
              </dd>
            </div>
          ) : null}
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-700">Contact du déclarant</dt>
            <dd>
              {report.author
                ? `${report.author.name} — ${report.author.email}${report.author.phone ? ` — ${report.author.phone}` : ""}`
                : `${report.reporterName ?? "Inconnu"}${report.reporterContact ? ` — ${report.reporterContact}` : ""} (saisi par ${report.enteredBy.name})`}
              <span className="block text-sm text-slate-700">
                {report.contactSharedWithPartner
                  ? `Transmis à ${report.contactSharedWithPartner.name}, avec l'accord de la personne.`
                  : report.contactConsent
                    ? "La personne accepte d'être contactée par l'organisme chargé de la réparation ; pas encore transmis."
                    : "Interne à la Régie : la personne n'a pas accepté d'être contactée par un partenaire."}
              </span>
            </dd>
          </div>
          {report.rejectionReason ? (
            <div className="sm:col-span-2">
              <dt className="text-sm text-slate-700">Raison du refus</dt>
              <dd>{report.rejectionReason}</dd>
            </div>
          ) : null}
        </dl>
        <h3 className="font-semibold">Description de l&apos;habitant</h3>
        <p className="whitespace-pre-line">{report.description}</p>
      </Panel>

      <Panel id="titre-traiter" title="Traiter">
        <div className="flex flex-wrap gap-4">
          {STATUS_BUTTONS.filter((b) => can(b.status)).map((b) => (
            <StatusForm key={b.status} target={target} status={b.status} label={b.label} variant={b.status === "ACKNOWLEDGED" ? "primary" : "secondary"} />
          ))}
        </div>
        <div className="grid gap-6 sm:grid-cols-2">
          {can("ROUTED") ? <RouteForm target={target} partners={options.partners.map((p) => ({ value: p.id, label: p.name }))} current={report.partner?.id ?? null} contactConsent={report.contactConsent} /> : null}
          {can("REJECTED") ? <StatusForm target={target} status="REJECTED" label="Refuser le signalement" variant="danger" withComment /> : null}
          {can("DUPLICATE") ? <DuplicateForm target={target} /> : null}
          <PriorityForm target={target} current={report.priority} options={enumOptions(PRIORITY_LABELS)} />
          <DetailsForm target={target} categoryId={report.categoryId} place={currentPlace} categories={options.categories.map((c) => ({ value: c.id, label: c.name }))} places={places} />
        </div>
      </Panel>

      <Panel id="titre-interventions" title="Interventions">
        <ReportJobs reportId={report.id} jobs={jobs} />
      </Panel>

      <Panel id="titre-commentaire" title="Commenter">
        <CommentForm target={target} templates={templates.map((t) => ({ id: t.id, title: t.title, body: t.body, statusLabel: REPORT_STATUS_LABELS[t.status] }))} />
        <details>
          <summary className="cursor-pointer underline">Voir les modèles de réponse (à copier)</summary>
          <dl className="mt-2 space-y-2">
            {templates.map((t) => (
              <div key={t.id}>
                <dt className="font-medium">
                  {REPORT_STATUS_LABELS[t.status]} — {t.title}
                </dt>
                <dd className="whitespace-pre-line">{t.body}</dd>
              </div>
            ))}
          </dl>
        </details>
      </Panel>

      <Panel id="titre-moderation" title="Texte public">
        <ModerationForm target={target} publicDescription={report.publicDescription ?? ""} moderationStatus={report.moderationStatus} />
      </Panel>

      {report.photos.length ? (
        <Panel id="titre-photos" title="Photos">
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            {report.photos.map((photo, index) => (
              <li key={photo.id} className="space-y-2">
                <a href={routes.api.photo(photo.id)}>
                  <ReportPhotoImage photo={photo} index={index} />
                </a>
                <p className="text-sm">{photo.approvedForPublic ? "Visible sur les pages publiques" : "Non publiée"}</p>
                <PhotoForm target={target} photoId={photo.id} approved={photo.approvedForPublic} label={`photo ${index + 1}`} />
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      <Panel id="titre-historique" title="Historique">
        <ReportTimeline
          events={report.events}
          detail={(event) => `${event.actor ? ` — ${event.actor.name}` : ""}${event.visibility === "INTERNAL" ? " — note interne" : " — visible par l'habitant"}`}
          title={(event) => (event.toStatus && event.kind !== "CREATED" ? statusChangeLabel(event.fromStatus, event.toStatus) : EVENT_LABELS[event.kind])}
        />
      </Panel>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { loadRecord } from "@/lib/auth/load-record";
import { can } from "@/lib/authz/policy";
import { getPartnerReport } from "@/lib/reports/queries/partner";
import { PRIORITY_LABELS, REPORT_STATUS_LABELS, canPartnerApply, statusChangeLabel } from "@/lib/reports/model";
import { formatDayTime } from "@/lib/format/dates";
import { PartnerCommentForm, PartnerStatusForms } from "./_components/partner-report-forms";
import { ReportPhotoGallery } from "@/components/reports/report-photos";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { SuccessNotice } from "@/components/ui/success-notice";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Signalement — Espace partenaire" };

const NOTICES = {
  "pris-en-charge": "Le signalement est noté comme pris en charge. Les habitants concernés en sont informés.",
  resolu: "Le signalement est noté comme résolu. L'habitant pourra confirmer la réparation.",
} as const;

export default async function PartnerReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Another partner's report is "not found", exactly like a report that does not exist.
  const loaded = await loadRecord("reports:partner-view", routes.partner.report, params, getPartnerReport);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: report } = loaded;
  const query = await searchParams;
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => query[key]);
  const mayHandle = can(actor, "reports:partner-handle");

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={routes.partner.reports} className="underline">← Signalements</Link>
      </p>
      <PageHeader title={`Signalement n° ${report.number}`} intro={`${report.category.name} — ${report.place}`} />
      {notice ? (
        <SuccessNotice>
          {NOTICES[notice]}
        </SuccessNotice>
      ) : null}

      <section aria-labelledby="titre-etat" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-etat" className="text-xl font-semibold">État : {REPORT_STATUS_LABELS[report.status]}</h2>
        <p className="text-sm text-slate-700">
          Signalé le {formatDayTime(report.createdAt)} · priorité {PRIORITY_LABELS[report.priority].toLowerCase()}
          {report.routedTo ? ` · transmis à ${report.routedTo}` : ""}
          {report.supporterCount ? ` · ${plural(report.supporterCount, "habitant concerné", "habitants concernés")} aussi` : ""}
        </p>
        <p className="whitespace-pre-line">{report.description}</p>
      </section>

      {report.contact ? (
        <section aria-labelledby="titre-contact" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="titre-contact" className="text-xl font-semibold">Contact de la personne</h2>
          <p className="text-sm text-slate-700">
            Elle accepte d&apos;être contactée pour cette intervention, et la Régie vous a transmis ses coordonnées. Ne les utilisez pas à
            d&apos;autres fins.
          </p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">Nom</dt>
            <dd>{report.contact.name}</dd>
            {report.contact.phone ? (
              <>
                <dt className="font-medium">Téléphone</dt>
                <dd>
                  <a href={`tel:${report.contact.phone.replace(/[^+\d]/g, "")}`} className="underline">{report.contact.phone}</a>
                </dd>
              </>
            ) : null}
            {report.contact.email ? (
              <>
                <dt className="font-medium">E-mail</dt>
                <dd>
                  <a href={`mailto:${report.contact.email}`} className="underline">{report.contact.email}</a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {mayHandle ? (
        <section aria-labelledby="titre-actions" className="space-y-3 rounded-lg border border-brand-700 bg-white p-4">
          <h2 id="titre-actions" className="text-xl font-semibold">Suivi par votre organisation</h2>
          <PartnerStatusForms
            reportId={report.id}
            version={report.version}
            canTakeInHand={canPartnerApply(report.status, "take-in-hand")}
            canResolve={canPartnerApply(report.status, "resolve")}
          />
        </section>
      ) : null}

      <ReportPhotoGallery photos={report.photos} />

      <section aria-labelledby="titre-historique" className="space-y-2">
        <h2 id="titre-historique" className="text-xl font-semibold">Historique</h2>
        <ReportTimeline
          events={report.events}
          title={(event) =>
            event.kind === "CREATED"
              ? "Signalement reçu"
              : event.toStatus
                ? statusChangeLabel(event.fromStatus, event.toStatus)
                : event.visibility === "PARTNER"
                  ? "Commentaire d'un partenaire (non visible des habitants)"
                  : "Commentaire de la Régie"
          }
        />
      </section>

      {mayHandle ? (
        <section aria-labelledby="titre-commentaire" className="space-y-3">
          <h2 id="titre-commentaire" className="text-xl font-semibold">Commenter</h2>
          <PartnerCommentForm reportId={report.id} />
        </section>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { getMyReport } from "@/lib/reports/queries/author";
import { REOPEN_WINDOW_DAYS, REPORT_STATUS_LABELS, canStillReopen, statusChangeLabel } from "@/lib/reports/model";
import { ContactConsentForm } from "./_components/contact-consent-form";
import { ResolutionForms } from "./_components/resolution-forms";
import { ReportPhotoGallery } from "@/components/reports/report-photos";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { SuccessNotice } from "@/components/ui/success-notice";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Suivi du signalement" };

const NOTICES = {
  nouveau: "Merci ! Votre signalement est enregistré. Vous serez informé(e) de son avancement.",
  "deja-envoye": "Ce signalement avait déjà été envoyé : le voici, il n'a pas été créé deux fois.",
  clos: "Merci pour votre confirmation : le signalement est clos.",
  rouvert: "Le signalement est rouvert : l'équipe de la Régie va le reprendre.",
} as const;

export default async function MyReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const actor = await pageActor("reports:view-own", routes.mine.report(id));
  if (!actor) return <AccessDenied signedIn />;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const [report, query] = await Promise.all([getMyReport(actor, id), searchParams]);
  if (!report) notFound();
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => query[key]);

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={routes.mine.reports} className="underline">← Mes signalements</Link>
      </p>
      <PageHeader title={`Signalement n° ${report.number}`} intro={`${report.category.name} — ${report.place}`} />
      {notice ? (
        <SuccessNotice>
          {NOTICES[notice]}
        </SuccessNotice>
      ) : null}

      <section aria-labelledby="titre-etat" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-etat" className="text-xl font-semibold">
          État : {REPORT_STATUS_LABELS[report.status]}
        </h2>
        <p className="text-sm text-slate-700">
          {report.visibility === "PUBLIC" ? "Public (sans votre nom, après relecture)" : "Privé (seule l'équipe de la Régie le voit)"}
          {report.supporterCount ? ` · ${plural(report.supporterCount, "voisin concerné", "voisins concernés")} aussi` : ""}
        </p>
        <p className="whitespace-pre-line">{report.description}</p>
      </section>

      {report.status === "RESOLVED" ? (
        <section aria-labelledby="titre-reponse" className="space-y-3 rounded-lg border border-brand-700 bg-white p-4">
          <h2 id="titre-reponse" className="text-xl font-semibold">Est-ce réparé ?</h2>
          <p>
            La Régie indique que le problème est résolu. Confirmez-le, ou dites-nous si ce n&apos;est pas le cas
            {canStillReopen(report.resolvedAt) ? ` (possible pendant ${REOPEN_WINDOW_DAYS} jours)` : ""}.
          </p>
          <ResolutionForms reportId={report.id} version={report.version} canReopen={canStillReopen(report.resolvedAt)} />
        </section>
      ) : null}

      <section aria-labelledby="titre-contact" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-contact" className="text-xl font-semibold">Être contacté(e) par le partenaire</h2>
        <p>
          {report.contactConsent
            ? "Vous acceptez que le partenaire chargé de ce signalement (bailleur, Ville…) vous contacte, si la Régie lui transmet vos coordonnées."
            : "Vous n'avez pas donné votre accord : vos coordonnées ne sont transmises à aucun partenaire."}
          {report.contactConsent && report.contactSharedWithPartner
            ? ` Elles ont été transmises à ${report.contactSharedWithPartner}. Si vous retirez votre accord, il ne les verra plus.`
            : ""}
        </p>
        <ContactConsentForm reportId={report.id} consent={report.contactConsent} />
      </section>

      <ReportPhotoGallery photos={report.photos} />

      <section aria-labelledby="titre-historique" className="space-y-2">
        <h2 id="titre-historique" className="text-xl font-semibold">Historique</h2>
        <ReportTimeline
          events={report.events}
          title={(event) =>
            event.kind === "CREATED" ? "Signalement envoyé" : event.toStatus ? statusChangeLabel(event.fromStatus, event.toStatus) : "Commentaire de la Régie"
          }
        />
      </section>
    </div>
  );
}

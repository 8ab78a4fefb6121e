import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid } from "@/components/ui/stat-grid";
import { tableClass, tableWrapperClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { formatDayTime, formatDelay, formatMonth } from "@/lib/format/dates";
import { formatNumber, plural } from "@/lib/format/numbers";
import { listUndeliveredMails } from "@/lib/mail/queries";
import { getReportFigures } from "@/lib/reports/queries/staff";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { GestionNav } from "../../_components/gestion-nav";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Signalements — chiffres" };

function duration(hours: number | null): string {
  if (hours === null) return "pas encore de données";
  return formatDelay(hours);
}

function CountTable({ id, caption, head, rows }: { id: string; caption: string; head: string; rows: { label: string; count: number }[] }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {caption}
      </h2>
      {rows.length === 0 ? (
        <EmptyState>Aucun signalement.</EmptyState>
      ) : (
        <div className={tableWrapperClass}>
          <table className={tableClass}>
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{head}</th>
                <th scope="col" className="text-right">Signalements</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="font-medium">{row.label}</th>
                  <td className="text-right tabular-nums">{formatNumber(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Counts by status, category, area and month, and the median delays (computed in SQL). */
export default async function ReportFiguresPage() {
  const actor = await pageActor("reports:triage", routes.staff.figures);
  if (!actor) return <AccessDenied signedIn />;
  const [figures, undelivered] = await Promise.all([getReportFigures(), listUndeliveredMails()]);

  return (
    <div className="space-y-8">
      <PageHeader title="Chiffres des signalements" intro="Tous les signalements reçus ; les mois portent sur les douze derniers mois." />
      <GestionNav current={routes.staff.figures} />
      <section aria-labelledby="delais" className="space-y-2">
        <h2 id="delais" className="text-xl font-semibold">
          Délais médians
        </h2>
        <StatGrid
          className="gap-3 sm:grid-cols-2"
          stats={[
            { label: "Avant la prise en compte", value: duration(figures.medians.acknowledgeHours) },
            { label: "Avant la résolution", value: duration(figures.medians.resolveHours) },
          ]}
        />
      </section>
      <CountTable id="par-statut" caption="Par statut" head="Statut" rows={figures.byStatus.map((r) => ({ label: REPORT_STATUS_LABELS[r.status], count: r.count }))} />
      <CountTable id="par-categorie" caption="Par catégorie" head="Catégorie" rows={figures.byCategory.map((r) => ({ label: r.label ?? "—", count: r.count }))} />
      <CountTable id="par-secteur" caption="Par secteur" head="Secteur" rows={figures.byArea.map((r) => ({ label: r.label ?? "Sans secteur", count: r.count }))} />
      <CountTable
        id="par-mois"
        caption="Par mois de réception"
        head="Mois"
        rows={figures.byMonth.map((r) => ({ label: formatMonth(r.month), count: r.count }))}
      />
      <UndeliveredMails {...undelivered} />
    </div>
  );
}

/** Emails the mail server did not take (30 days): who was not told, so that someone can phone them. */
function UndeliveredMails({ total, mails }: Awaited<ReturnType<typeof listUndeliveredMails>>) {
  return (
    <section aria-labelledby="emails-non-remis" className="space-y-2">
      <h2 id="emails-non-remis" className="text-xl font-semibold">
        E-mails non remis (30 derniers jours)
      </h2>
      {total === 0 ? (
        <EmptyState>Tous les e-mails ont été remis.</EmptyState>
      ) : (
        <>
          <p>
            {total > mails.length ? `Les ${mails.length} plus récents sur ${formatNumber(total)}.` : null} Les personnes concernées n&apos;ont pas reçu ces e-mails :
            prévenez-les autrement si besoin. Une nouvelle tentative a lieu d&apos;elle-même tant que l&apos;envoi n&apos;est pas abandonné.
          </p>
          <div className={tableWrapperClass}>
            <table className={tableClass}>
              <caption className="sr-only">E-mails non remis</caption>
              <thead>
                <tr>
                  <th scope="col">Créé le</th>
                  <th scope="col">Destinataire</th>
                  <th scope="col">Objet</th>
                  <th scope="col">État</th>
                  <th scope="col">Dernière erreur</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {mails.map((mail) => (
                  <tr key={mail.id}>
                    <td className="whitespace-nowrap">{formatDayTime(mail.createdAt)}</td>
                    <td>{mail.to}</td>
                    <td>{mail.subject}</td>
                    <td>
                      {mail.failedAt
                        ? `Abandonné après ${plural(mail.attempts, "essai", "essais")}`
                        : `Nouvel essai le ${formatDayTime(mail.nextAttemptAt)}`}
                    </td>
                    <td className="text-sm text-slate-700">{mail.lastError ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

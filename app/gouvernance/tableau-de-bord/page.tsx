import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { BarChart } from "@/components/ui/bar-chart";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { StatGrid } from "@/components/ui/stat-grid";
import { pageActor } from "@/lib/auth/guard";
import { formatMonth } from "@/lib/format/dates";
import { formatWorkedTime } from "@/lib/format/hours";
import { formatEuros, formatNumber, plural } from "@/lib/format/numbers";
import { DASHBOARD_MONTHS, DASHBOARD_REVALIDATE, DASHBOARD_YEARS, getDashboardFigures, type BodyCoverage, type MonthCount } from "@/lib/governance/dashboard";
import { ENDING_SOON_DAYS } from "@/lib/governance/queries/bodies";
import { COLLEGES, COLLEGE_LABELS } from "@/lib/membership/model";
import { routes } from "@/lib/routes";
import { GouvernanceFrame } from "../_components/gouvernance-frame";

export const metadata: Metadata = { title: "Gouvernance — tableau de bord" };

const linkClass = "text-brand-800 underline underline-offset-2";

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** A month's bars ("janvier 2026": 12), with its own figure formatting. */
const monthBars = (rows: MonthCount[], shown: (value: number) => string = formatNumber) =>
  rows.map((row) => ({ key: row.month, label: formatMonth(row.month), value: row.count, shown: shown(row.count) }));

/** "10 / 12" where the statutes set the seats, else the mandates alone. */
const seatsText = (filled: number, seats: number | null) => (seats === null ? formatNumber(filled) : `${formatNumber(filled)} / ${formatNumber(seats)}`);

function CoverageTable({ bodies }: { bodies: BodyCoverage[] }) {
  return (
    <DataTable
      caption="Mandats en cours par instance et par collège (sièges prévus par les statuts pour le conseil d'administration)"
      withoutLinks
      rows={bodies.map((body) => ({ ...body, id: body.bodyId }))}
      columns={[
        { header: "Instance", rowHeader: true, cell: (body) => body.name },
        ...COLLEGES.map((college) => ({
          header: COLLEGE_LABELS[college],
          numeric: true,
          cell: (body: BodyCoverage) => {
            const row = body.colleges.find((c) => c.college === college);
            return row ? seatsText(row.filled, row.seats) : "—";
          },
        })),
        { header: "Total", numeric: true, cell: (body) => formatNumber(body.filled) },
        { header: `Fin sous ${ENDING_SOON_DAYS} jours`, numeric: true, cell: (body) => formatNumber(body.ending) },
      ]}
    />
  );
}

/**
 * The board's dashboard: the association's figures a board member reads at a glance, each chart
 * with its table for screen readers (BarChart), counts only (no member's name or contact).
 */
export default async function GovernanceDashboardPage() {
  const actor = await pageActor("governance:view", routes.governance.dashboard);
  if (!actor) return <AccessDenied signedIn />;
  const figures = await getDashboardFigures(actor);
  const { year } = figures;
  const years = Array.from({ length: DASHBOARD_YEARS }, (_, i) => year + 1 - DASHBOARD_YEARS + i);
  const membersOf = (y: number) => figures.members.filter((row) => row.year === y);
  const yearTotals = years.map((y) => ({ id: String(y), year: y, members: membersOf(y).reduce((sum, row) => sum + row.members, 0), byCollege: new Map(membersOf(y).map((row) => [row.college, row.members])) }));
  const thisYear = yearTotals.at(-1)!;
  const boards = figures.coverage.filter((body) => body.kind === "BOARD" && body.colleges.some((c) => c.seats !== null));
  const attended = figures.attendance.reduce((sum, row) => sum + row.attended, 0);
  const expected = figures.attendance.reduce((sum, row) => sum + row.expected, 0);
  const period = `les ${DASHBOARD_MONTHS} derniers mois`;
  const activity = figures.activity;
  const noActivity = (rows: MonthCount[]) => rows.every((row) => row.count === 0);

  return (
    <GouvernanceFrame
      title="Tableau de bord"
      intro={`Les chiffres de l'association d'un coup d'œil : adhérents, présence aux instances, mandats, bénévolat, signalements et interventions. Mis à jour toutes les ${DASHBOARD_REVALIDATE / 60} minutes au plus.`}
      section={routes.governance.dashboard}
    >
      <StatGrid
        className="gap-3 sm:grid-cols-2 lg:grid-cols-4"
        stats={[
          { label: `Adhérents à jour en ${year}`, value: thisYear.members },
          { label: `Présence aux réunions sur ${period}`, value: expected > 0 ? `${formatNumber(percent(attended, expected))} %` : "pas encore de données" },
          { label: `Mandats se terminant dans les ${ENDING_SOON_DAYS} jours`, value: figures.endingSoon },
          { label: `Heures de bénévolat validées en ${year}`, value: formatWorkedTime(figures.hoursMinutes) },
        ]}
      />

      <Panel id="titre-adherents" title="Adhérents par collège et par année">
        {figures.members.length === 0 ? (
          <EmptyState>Aucune adhésion à jour sur les {DASHBOARD_YEARS} dernières années.</EmptyState>
        ) : (
          <>
            <BarChart
              id="graphique-adherents-annee"
              title={`Adhérents à jour par année, de ${years[0]} à ${year}`}
              labelHeader="Année"
              valueHeader="Adhérents"
              bars={yearTotals.map((row) => ({ key: row.id, label: String(row.year), value: row.members, shown: formatNumber(row.members) }))}
            />
            <BarChart
              id="graphique-adherents-college"
              title={`Adhérents à jour en ${year}, par collège`}
              labelHeader="Collège"
              valueHeader="Adhérents"
              bars={COLLEGES.map((college) => {
                const count = thisYear.byCollege.get(college) ?? 0;
                return { key: college, label: COLLEGE_LABELS[college], value: count, shown: formatNumber(count) };
              })}
            />
            <DataTable
              caption="Adhérents à jour par année et par collège"
              withoutLinks
              rows={yearTotals}
              columns={[
                { header: "Année", rowHeader: true, cell: (row) => row.year },
                ...COLLEGES.map((college) => ({ header: COLLEGE_LABELS[college], numeric: true, cell: (row: (typeof yearTotals)[number]) => formatNumber(row.byCollege.get(college) ?? 0) })),
                { header: "Total", numeric: true, cell: (row) => formatNumber(row.members) },
              ]}
            />
          </>
        )}
      </Panel>

      <Panel id="titre-presence" title={`Présence aux instances sur ${period}`}>
        {figures.attendance.length === 0 ? (
          <EmptyState>Aucune réunion tenue sur {period}.</EmptyState>
        ) : (
          <>
            <p className="text-sm text-slate-700">Part des membres présents ou représentés (par pouvoir) aux réunions tenues, parmi ceux dont la présence a été relevée.</p>
            <BarChart
              id="graphique-presence"
              title={`Présence aux réunions tenues sur ${period}, par instance`}
              labelHeader="Instance"
              valueHeader="Présents ou représentés"
              tableVisible
              bars={figures.attendance.map((row) => ({
                key: row.bodyId,
                label: row.name,
                value: percent(row.attended, row.expected),
                shown: row.expected > 0 ? `${formatNumber(percent(row.attended, row.expected))} % (${plural(row.meetings, "réunion", "réunions")})` : `présence non relevée (${plural(row.meetings, "réunion", "réunions")})`,
              }))}
            />
          </>
        )}
      </Panel>

      <Panel id="titre-mandats" title="Mandats en cours">
        {figures.coverage.length === 0 ? (
          <EmptyState>Aucune instance n&apos;est encore enregistrée.</EmptyState>
        ) : (
          <>
            {boards.map((body) => (
              <BarChart
                key={body.bodyId}
                id={`graphique-sieges-${body.bodyId}`}
                title={`${body.name} : sièges pourvus par collège, selon les statuts en vigueur`}
                labelHeader="Collège"
                valueHeader="Sièges pourvus / prévus"
                bars={body.colleges.map((c) => ({ key: c.college, label: COLLEGE_LABELS[c.college], value: c.filled, shown: seatsText(c.filled, c.seats) }))}
              />
            ))}
            {figures.hasStatutes ? null : <p className="text-sm text-slate-700">Les statuts n&apos;ont pas encore de version en vigueur : le nombre de sièges prévus n&apos;est pas connu.</p>}
            <CoverageTable bodies={figures.coverage} />
            <p>
              {figures.endingSoon === 0
                ? `Aucun mandat ne se termine dans les ${ENDING_SOON_DAYS} jours.`
                : `${plural(figures.endingSoon, "mandat se termine", "mandats se terminent")} dans les ${ENDING_SOON_DAYS} jours.`}{" "}
              <Link href={routes.governance.bodies} className={linkClass}>
                Voir les instances et les mandats
              </Link>
            </p>
          </>
        )}
      </Panel>

      <Panel id="titre-benevolat" title={`Bénévolat en ${year}`}>
        {figures.hoursMinutes === 0 ? (
          <EmptyState>Aucune heure de bénévolat validée en {year}.</EmptyState>
        ) : (
          <>
            <StatGrid
              className="gap-3 sm:grid-cols-2"
              stats={[
                { label: "Heures validées", value: formatWorkedTime(figures.hoursMinutes) },
                { label: "Valorisation (au taux horaire de chaque activité)", value: formatEuros(figures.hoursValueCents) },
              ]}
            />
            <BarChart
              id="graphique-benevolat"
              title={`Heures de bénévolat validées par mois en ${year}`}
              labelHeader="Mois"
              valueHeader="Heures"
              bars={monthBars(figures.hoursByMonth, formatWorkedTime)}
            />
          </>
        )}
      </Panel>

      <Panel id="titre-signalements" title={`Signalements sur ${period}`}>
        {noActivity(activity.reportsReceived) && noActivity(activity.reportsResolved) ? (
          <EmptyState>Aucun signalement reçu ni résolu sur {period}.</EmptyState>
        ) : (
          <>
            <BarChart id="graphique-signalements-recus" title={`Signalements reçus par mois, sur ${period}`} labelHeader="Mois" valueHeader="Signalements reçus" bars={monthBars(activity.reportsReceived)} />
            <BarChart id="graphique-signalements-resolus" title={`Signalements résolus par mois, sur ${period}`} labelHeader="Mois" valueHeader="Signalements résolus" bars={monthBars(activity.reportsResolved)} />
          </>
        )}
      </Panel>

      <Panel id="titre-interventions" title={`Interventions sur ${period}`}>
        {noActivity(activity.jobsDone) && noActivity(activity.jobsValidated) ? (
          <EmptyState>Aucune intervention terminée ni validée sur {period}.</EmptyState>
        ) : (
          <>
            <BarChart id="graphique-interventions-terminees" title={`Interventions terminées par mois, sur ${period}`} labelHeader="Mois" valueHeader="Interventions terminées" bars={monthBars(activity.jobsDone)} />
            <BarChart id="graphique-interventions-validees" title={`Interventions validées par les partenaires par mois, sur ${period}`} labelHeader="Mois" valueHeader="Interventions validées" bars={monthBars(activity.jobsValidated)} />
          </>
        )}
      </Panel>
    </GouvernanceFrame>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/authz/policy";
import { CONTRACT_TYPE_LABELS } from "@/lib/employees/model";
import { currentPeriod, periodFromParams } from "@/lib/employees/periods";
import { getTeam, teamTime } from "@/lib/employees/queries/staff";
import { formatWorkedTime, formatWeeklyHours } from "@/lib/format/hours";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { RowActionForm } from "@/components/ui/action-forms";
import { loadRecord } from "@/lib/auth/load-record";
import { PeriodPicker } from "../../_components/period-picker";
import { SectionFrame } from "../../_components/section-frame";
import { setTeamArchivedAction } from "../actions";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Équipe" };

const NOTICES: Record<string, string> = {
  creee: "L'équipe est créée. Ajoutez-y des salariés depuis leur fiche.",
  modifiee: "L'équipe est enregistrée.",
  archivee: "L'équipe est archivée : elle n'est plus proposée.",
  restauree: "L'équipe est de nouveau active.",
};

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A team: its active members, each one's time over the week (or month) chosen, and its archiving. */
export default async function TeamPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const loaded = await loadRecord("employees:view", (id) => routes.staff.team(id), params, getTeam);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: team } = loaded;
  const query = await searchParams;
  const period = periodFromParams({ semaine: firstValue(query.semaine), mois: firstValue(query.mois) });
  const totals = await teamTime(actor, team.id, period);
  const manage = can(actor, "employees:manage");
  const rows = team.employees.map((e) => ({ ...e, minutes: totals.get(e.id) ?? 0 }));
  const teamTotal = rows.reduce((sum, row) => sum + row.minutes, 0);

  return (
    <SectionFrame
      title={team.name}
      intro={team.description ?? undefined}
      section={routes.staff.teams}
      crumbs={[{ href: routes.staff.teams, label: "Équipes" }]}
      notice={NOTICES[firstValue(query.fait) ?? ""]}
    >
      {team.archivedAt ? <p className="rounded-md border border-slate-400 bg-slate-50 p-3 font-semibold">Équipe archivée.</p> : null}
      {manage ? (
        <div className="flex flex-wrap items-start gap-3">
          <Link href={routes.staff.editTeam(team.id)} className={buttonClass("secondary")}>
            Modifier l&apos;équipe
          </Link>
          <RowActionForm action={setTeamArchivedAction} fields={{ teamId: team.id, version: String(team.version), archived: team.archivedAt ? "false" : "true" }}>
            {team.archivedAt ? "Restaurer l'équipe" : "Archiver l'équipe"}
          </RowActionForm>
        </div>
      ) : null}
      <Panel id="titre-membres" title={`Salariés et heures, ${period.label}`}>
        <PeriodPicker
          period={period}
          href={(p) => routes.staff.team(team.id, { period: p })}
          thisWeek={currentPeriod("week").key}
          thisMonth={currentPeriod("month").key}
        />
        {rows.length === 0 ? (
          <EmptyState>Aucun salarié actif dans cette équipe. Choisissez l&apos;équipe sur la fiche d&apos;un salarié pour l&apos;y ajouter.</EmptyState>
        ) : (
          <>
            <p>
              {plural(rows.length, "salarié actif", "salariés actifs")} ; {formatWorkedTime(teamTotal)} saisies au total.
            </p>
            <DataTable
              caption={`Salariés de l'équipe et leurs heures, ${period.label}`}
              rows={rows}
              columns={[
                {
                  header: "Salarié",
                  rowHeader: true,
                  cell: (e) => (
                    <Link href={routes.staff.employee(e.id)} className="text-brand-800 underline underline-offset-2">
                      {e.name}
                    </Link>
                  ),
                },
                { header: "Contrat", cell: (e) => CONTRACT_TYPE_LABELS[e.contractType] },
                { header: "Heures prévues par semaine", numeric: true, cell: (e) => formatWeeklyHours(e.weeklyHours) },
                { header: "Heures saisies", numeric: true, cell: (e) => formatWorkedTime(e.minutes) },
              ]}
            />
          </>
        )}
      </Panel>
    </SectionFrame>
  );
}

import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { BarChart } from "@/components/ui/bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { StatGrid } from "@/components/ui/stat-grid";
import { tableClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { yearOrMonth } from "@/lib/employees/periods";
import { parisToday } from "@/lib/core/calendar";
import { formatMonth } from "@/lib/format/dates";
import { formatWorkedTime } from "@/lib/format/hours";
import { formatNumber, plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { WORK_ORDER_STATUS_LABELS } from "@/lib/work-orders/model";
import { workFigures, type HoursRow } from "@/lib/work-orders/queries/figures";
import { SectionFrame } from "../_components/section-frame";
import { TableScroller } from "@/components/ui/table-scroller";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Activité — chiffres des interventions" };

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const NO_CONTRACT = "Hors contrat";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Hours per contract (rows) and month (columns), and each contract's total, from one figure's rows. */
function hoursTable(rows: HoursRow[]) {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const contracts = new Map<string, { label: string; byMonth: Map<string, number>; total: number }>();
  for (const row of rows) {
    const key = row.contractId ?? "";
    const contract = contracts.get(key) ?? { label: row.reference ?? NO_CONTRACT, byMonth: new Map(), total: 0 };
    contract.byMonth.set(row.month, row.minutes);
    contract.total += row.minutes;
    contracts.set(key, contract);
  }
  return { months, contracts: [...contracts.entries()].map(([key, c]) => ({ key, ...c })) };
}

/** The jobs of a year or a month: by status, contract and team, hours worked, jobs done on time. */
export default async function WorkFiguresPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("work-orders:figures", routes.staff.workFigures);
  if (!actor) return <AccessDenied signedIn />;
  const params = await searchParams;
  const range = yearOrMonth({ annee: firstValue(params.annee), mois: firstValue(params.mois) });
  const figures = await workFigures(actor, range);
  const periodLabel = range.month ? formatMonth(`${range.year}-${String(range.month).padStart(2, "0")}`) : `l'année ${range.year}`;
  const thisYear = parisToday().getUTCFullYear();
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i));
  const jobs = figures.byStatus.reduce((sum, row) => sum + row.count, 0);
  const { done, onTime } = figures.punctuality;
  const hours = hoursTable(figures.hours);

  return (
    <SectionFrame
      title="Activité"
      intro={`Les interventions prévues sur ${periodLabel} (par jour prévu) et les heures saisies sur la période.`}
      section={routes.staff.workFigures}
      crumbs={[]}
    >
      <FilterForm action={routes.staff.workFigures} label="Choisir la période" columns="sm:grid-cols-[1fr_1fr_auto]" filtered={Boolean(range.month) || range.year !== thisYear} submitLabel="Afficher" resetLabel="Cette année">
        <SelectField name="annee" label="Année" options={years.map((y) => ({ value: y, label: y }))} defaultValue={String(range.year)} />
        <SelectField name="mois" label="Mois" options={MONTHS.map((m, i) => ({ value: String(i + 1), label: m }))} emptyLabel="Toute l'année" defaultValue={range.month ? String(range.month) : ""} />
      </FilterForm>

      <StatGrid
        className="gap-3 sm:grid-cols-3"
        stats={[
          { label: "Interventions prévues", value: jobs },
          { label: "Interventions terminées", value: done },
          { label: "Terminées au plus tard le jour prévu", value: done ? `${formatNumber(Math.round((onTime / done) * 100))} %` : "pas encore de données" },
        ]}
      />

      {jobs === 0 ? <EmptyState>Aucune intervention prévue sur cette période.</EmptyState> : null}

      <Panel id="par-statut" title="Interventions par statut">
        <BarChart
          id="graphique-statut"
          title={`Interventions par statut, ${periodLabel}`}
          labelHeader="Statut"
          valueHeader="Interventions"
          bars={figures.byStatus.map((r) => ({ key: r.status, label: WORK_ORDER_STATUS_LABELS[r.status], value: r.count, shown: formatNumber(r.count) }))}
        />
      </Panel>

      <Panel id="par-contrat" title="Interventions par contrat (hors annulées)">
        {figures.byContract.length === 0 ? (
          <EmptyState>Aucune intervention.</EmptyState>
        ) : (
          <BarChart
            id="graphique-contrat"
            title={`Interventions par contrat, ${periodLabel}`}
            labelHeader="Contrat"
            valueHeader="Interventions"
            bars={figures.byContract.map((r) => ({ key: r.id ?? "aucun", label: r.label ?? NO_CONTRACT, value: r.count, shown: formatNumber(r.count) }))}
          />
        )}
      </Panel>

      <Panel id="par-equipe" title="Interventions par équipe (hors annulées)">
        {figures.byTeam.length === 0 ? (
          <EmptyState>Aucune intervention.</EmptyState>
        ) : (
          <BarChart
            id="graphique-equipe"
            title={`Interventions par équipe, ${periodLabel}`}
            labelHeader="Équipe"
            valueHeader="Interventions"
            bars={figures.byTeam.map((r) => ({ key: r.id ?? "aucune", label: r.label ?? "Sans équipe", value: r.count, shown: formatNumber(r.count) }))}
          />
        )}
      </Panel>

      <Panel id="heures" title="Heures saisies par contrat et par mois">
        {hours.contracts.length === 0 ? (
          <EmptyState>Aucune heure saisie sur cette période.</EmptyState>
        ) : (
          <>
            <BarChart
              id="graphique-heures"
              title={`Heures saisies par contrat, ${periodLabel}`}
              labelHeader="Contrat"
              valueHeader="Heures"
              bars={hours.contracts.map((c) => ({ key: c.key || "aucun", label: c.label, value: c.total, shown: formatWorkedTime(c.total) }))}
            />
            <TableScroller label="Heures saisies par contrat et par mois">
              <table className={tableClass}>
                <caption className="sr-only">Heures saisies par contrat et par mois</caption>
                <thead>
                  <tr>
                    <th scope="col">Contrat</th>
                    {hours.months.map((month) => (
                      <th key={month} scope="col" className="text-right">
                        {formatMonth(month)}
                      </th>
                    ))}
                    <th scope="col" className="text-right">
                      Total
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {hours.contracts.map((c) => (
                    <tr key={c.key}>
                      <th scope="row" className="font-medium">
                        {c.label}
                      </th>
                      {hours.months.map((month) => (
                        <td key={month} className="text-right tabular-nums">
                          {formatWorkedTime(c.byMonth.get(month) ?? 0)}
                        </td>
                      ))}
                      <td className="text-right font-semibold tabular-nums">{formatWorkedTime(c.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          </>
        )}
      </Panel>

      <Panel id="a-temps" title="Interventions terminées au plus tard le jour prévu">
        {done === 0 ? (
          <EmptyState>Aucune intervention terminée sur cette période.</EmptyState>
        ) : (
          <>
            <p>
              {plural(onTime, "intervention terminée", "interventions terminées")} au plus tard le jour prévu, sur {plural(done, "intervention terminée", "interventions terminées")}.
            </p>
            <BarChart
              id="graphique-a-temps"
              title={`Interventions terminées à temps ou en retard, ${periodLabel}`}
              labelHeader="Terminées"
              valueHeader="Interventions"
              bars={[
                { key: "a-temps", label: "Au plus tard le jour prévu", value: onTime, shown: formatNumber(onTime) },
                { key: "en-retard", label: "Après le jour prévu", value: done - onTime, shown: formatNumber(done - onTime) },
              ]}
            />
          </>
        )}
      </Panel>
    </SectionFrame>
  );
}

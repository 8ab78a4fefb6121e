import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/authz/policy";
import { ABSENCE_KIND_LABELS, CONTRACT_TYPE_LABELS } from "@/lib/employees/model";
import { currentPeriod, periodFromParams } from "@/lib/employees/periods";
import { employeeTime, getEmployee } from "@/lib/employees/queries/staff";
import { formatDay, formatLongDay } from "@/lib/format/dates";
import { formatWorkedTime, formatWeeklyHours } from "@/lib/format/hours";
import { routes } from "@/lib/routes";
import { RowActionForm } from "@/components/ui/action-forms";
import { loadRecord } from "@/lib/auth/load-record";
import { PeriodPicker } from "../../_components/period-picker";
import { SectionFrame } from "../../_components/section-frame";
import { setEmployeeArchivedAction, unlinkEmployeeAccountAction } from "../actions";
import { AbsenceForm, DeleteAbsenceForm, LinkAccountForm } from "../_components/employee-forms";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Fiche salarié" };

const NOTICES: Record<string, string> = {
  cree: "La fiche est créée.",
  modifie: "La fiche est enregistrée.",
  archive: "La fiche est archivée. Son compte n'y est plus lié et a perdu le rôle Salarié que ce lien lui avait donné.",
  restaure: "La fiche est de nouveau active.",
  lie: "Le compte est lié : la personne voit ses interventions sur son téléphone.",
  delie: "Le compte n'est plus lié à cette fiche.",
  absence: "L'absence est enregistrée.",
  "absence-supprimee": "L'absence est supprimée.",
};

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function Facts({ items }: { items: [string, string][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-slate-700">{label}</dt>
          <dd className="font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An employee's record: contract, time worked over a week or month, absences, portal account. */
export default async function EmployeePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const loaded = await loadRecord("employees:view", (id) => routes.staff.employee(id), params, getEmployee);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: employee } = loaded;
  const query = await searchParams;
  const period = periodFromParams({ semaine: firstValue(query.semaine), mois: firstValue(query.mois) });
  const time = await employeeTime(actor, employee.id, period);
  const manage = can(actor, "employees:manage") && !employee.archivedAt;
  const absenceLabel = (a: (typeof employee.absences)[number]) => `${ABSENCE_KIND_LABELS[a.kind]} du ${formatDay(a.startsOn)} au ${formatDay(a.endsOn)}`;

  return (
    <SectionFrame
      title={employee.name}
      section={routes.staff.employees}
      crumbs={[{ href: routes.staff.employees, label: "Salariés" }]}
      notice={NOTICES[firstValue(query.fait) ?? ""]}
    >
      {employee.archivedAt ? <p className="rounded-md border border-slate-400 bg-slate-50 p-3 font-semibold">Fiche archivée le {formatLongDay(employee.archivedAt)}.</p> : null}

      <Panel id="titre-contrat" title="Contrat et équipe">
        <Facts
          items={[
            ["Contrat", CONTRACT_TYPE_LABELS[employee.contractType]],
            ["Début", formatLongDay(employee.startsOn)],
            ["Fin", employee.endsOn ? formatLongDay(employee.endsOn) : "Sans date de fin"],
            ["Heures par semaine", formatWeeklyHours(employee.weeklyHours)],
            ["Équipe", employee.team ? employee.team.name : "Sans équipe"],
            ["Téléphone", employee.phone ?? "—"],
            ["Compétences", employee.skills.length ? employee.skills.join(", ") : "—"],
          ]}
        />
        {can(actor, "employees:manage") ? (
          <div className="flex flex-wrap items-start gap-3">
            {manage ? (
              <Link href={routes.staff.editEmployee(employee.id)} className={buttonClass("secondary")}>
                Modifier la fiche
              </Link>
            ) : null}
            <RowActionForm action={setEmployeeArchivedAction} fields={{ employeeId: employee.id, version: String(employee.version), archived: employee.archivedAt ? "false" : "true" }}>
              {employee.archivedAt ? "Restaurer la fiche" : "Archiver la fiche"}
            </RowActionForm>
          </div>
        ) : null}
        {employee.team ? (
          <p>
            <Link href={routes.staff.team(employee.team.id)} className="underline underline-offset-2">
              Voir l&apos;équipe {employee.team.name}
            </Link>
          </p>
        ) : null}
      </Panel>

      <Panel id="titre-heures" title={`Heures saisies, ${period.label}`}>
        <PeriodPicker period={period} href={(p) => routes.staff.employee(employee.id, { period: p })} thisWeek={currentPeriod("week").key} thisMonth={currentPeriod("month").key} />
        <p className="text-lg">
          Total : <strong>{formatWorkedTime(time.total)}</strong>
          {period.kind === "week" ? ` (prévu : ${formatWeeklyHours(employee.weeklyHours)})` : null}
        </p>
        <DataTable
          caption={`Heures saisies par ${period.kind === "week" ? "jour" : "semaine"}, ${period.label}`}
          rows={time.breakdown.map((part) => ({ id: part.key, ...part }))}
          columns={[
            { header: period.kind === "week" ? "Jour" : "Semaine du", rowHeader: true, cell: (part) => formatDay(part.from) },
            { header: "Heures", numeric: true, cell: (part) => formatWorkedTime(part.minutes) },
          ]}
        />
      </Panel>

      <Panel id="titre-absences" title="Absences">
        {employee.absences.length === 0 ? (
          <EmptyState>Aucune absence enregistrée.</EmptyState>
        ) : (
          <DataTable
            caption="Absences du salarié, les plus récentes d'abord"
            rows={employee.absences}
            columns={[
              { header: "Motif", rowHeader: true, cell: (a) => ABSENCE_KIND_LABELS[a.kind] },
              { header: "Du", className: "whitespace-nowrap", cell: (a) => formatDay(a.startsOn) },
              { header: "Au (inclus)", className: "whitespace-nowrap", cell: (a) => formatDay(a.endsOn) },
              { header: "Note", cell: (a) => a.note ?? "—" },
              ...(manage ? [{ header: "Supprimer", cell: (a: (typeof employee.absences)[number]) => <DeleteAbsenceForm absenceId={a.id} label={absenceLabel(a)} /> }] : []),
            ]}
          />
        )}
        {manage ? (
          <section aria-labelledby="titre-nouvelle-absence" className="space-y-3 border-t border-slate-200 pt-4">
            <h3 id="titre-nouvelle-absence" className="text-lg font-semibold">
              Ajouter une absence
            </h3>
            <AbsenceForm employeeId={employee.id} />
          </section>
        ) : null}
      </Panel>

      <Panel id="titre-compte" title="Compte du portail">
        {employee.user ? (
          <>
            <p>
              Lié au compte de <strong>{employee.user.name}</strong> ({employee.user.email}) : la personne voit ses interventions dans « Mes interventions ».
            </p>
            {manage ? (
              <RowActionForm action={unlinkEmployeeAccountAction} fields={{ employeeId: employee.id, version: String(employee.version) }}>
                Retirer le lien avec ce compte
              </RowActionForm>
            ) : null}
          </>
        ) : (
          <>
            <p>Aucun compte lié : la personne ne voit pas encore ses interventions sur son téléphone.</p>
            {manage ? <LinkAccountForm employeeId={employee.id} version={employee.version} /> : null}
          </>
        )}
      </Panel>
    </SectionFrame>
  );
}

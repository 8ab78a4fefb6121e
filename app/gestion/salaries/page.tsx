import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable, type Column } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { CONTRACT_TYPE_LABELS } from "@/lib/employees/model";
import { listEmployees, teamOptions } from "@/lib/employees/queries/staff";
import { listEmployeesSchema } from "@/lib/employees/schemas";
import { formatShortDay } from "@/lib/format/dates";
import { formatWeeklyHours } from "@/lib/format/hours";
import { plural, pluralForm } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { archivedFromParam, archivedOptions, archivedParam } from "../_components/archived-filter";
import { SectionFrame } from "../_components/section-frame";
import { contractFromParam, contractParam, contractParamOptions } from "./_components/filter-params";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Salariés" };

type Employee = Awaited<ReturnType<typeof listEmployees>>["employees"][number];

const COLUMNS: Column<Employee>[] = [
  {
    header: "Salarié",
    rowHeader: true,
    className: "font-medium",
    cell: (e) => (
      <>
        <Link href={routes.staff.employee(e.id)} className="text-brand-800 underline underline-offset-2">
          {e.name}
        </Link>
        {e.archivedAt ? <span className="block font-normal text-slate-700">Archivé</span> : null}
      </>
    ),
  },
  { header: "Équipe", cell: (e) => e.team?.name ?? "Sans équipe" },
  { header: "Contrat", cell: (e) => CONTRACT_TYPE_LABELS[e.contractType] },
  { header: "Dates", className: "whitespace-nowrap", cell: (e) => `${formatShortDay(e.startsOn)} → ${e.endsOn ? formatShortDay(e.endsOn) : "…"}` },
  { header: "Heures par semaine", numeric: true, cell: (e) => formatWeeklyHours(e.weeklyHours) },
  { header: "Compte", cell: (e) => (e.userId ? "Lié" : "—") },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The employees' records: search by name, filter by team, contract type and state. Staff only. */
export default async function EmployeesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("employees:view", routes.staff.employees);
  if (!actor) return <AccessDenied signedIn />;
  const params = await searchParams;
  const filter = listEmployeesSchema.parse({
    q: firstValue(params.q),
    teamId: firstValue(params.equipe) || undefined,
    contractType: contractFromParam(firstValue(params.contrat)),
    archived: archivedFromParam(firstValue(params.etat)),
    page: firstValue(params.page),
  });
  const [{ total, employees, pageSize }, teams] = await Promise.all([listEmployees(actor, filter), teamOptions(actor)]);
  const filtered = Boolean(filter.q || filter.teamId || filter.contractType) || filter.archived !== "active";

  return (
    <SectionFrame
      title="Salariés"
      intro="Les fiches des salariés de la Régie : contrat, heures, équipe, compétences, absences. Réservées à l'équipe de la Régie."
      section={routes.staff.employees}
      crumbs={[]}
    >
      <p>
        <Link href={routes.staff.newEmployee} className={buttonClass("primary")}>
          Nouveau salarié
        </Link>
      </p>
      <FilterForm action={routes.staff.employees} label="Rechercher un salarié" columns="sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]" filtered={filtered} submitLabel="Rechercher" resetLabel="Effacer">
        <TextField name="q" type="search" label="Nom" defaultValue={filter.q ?? ""} maxLength={100} autoComplete="off" />
        <SelectField name="equipe" label="Équipe" options={teams} emptyLabel="Toutes les équipes" defaultValue={filter.teamId ?? ""} />
        <SelectField name="contrat" label="Contrat" options={contractParamOptions(CONTRACT_TYPE_LABELS)} emptyLabel="Tous les contrats" defaultValue={contractParam(filter.contractType) ?? ""} />
        <SelectField
          name="etat"
          label="État"
          options={archivedOptions({ active: "Actifs", archived: "Archivés", all: "Tous" })}
          emptyLabel="Actifs"
          defaultValue={archivedParam(filter.archived) ?? ""}
        />
      </FilterForm>
      <div>
        <PaginatedTable
          caption="Liste des salariés"
          count={`${plural(total, "salarié", "salariés")}${filtered ? pluralForm(total, " correspond à la recherche", " correspondent à la recherche") : ""}`}
          none={filtered ? "Aucun salarié ne correspond à la recherche." : "Aucun salarié pour l'instant : créez la première fiche avec le bouton ci-dessus."}
          showAll="Voir tous les salariés actifs"
          filtered={filtered}
          columns={COLUMNS}
          rows={employees}
          pagination={{
            page: filter.page,
            total,
            pageSize,
            basePath: routes.staff.employees,
            params: { q: filter.q || undefined, equipe: filter.teamId, contrat: contractParam(filter.contractType), etat: archivedParam(filter.archived) },
          }}
        />
      </div>
    </SectionFrame>
  );
}

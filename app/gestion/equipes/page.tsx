import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable, type Column } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { listTeams } from "@/lib/employees/queries/staff";
import { listTeamsSchema } from "@/lib/employees/schemas";
import { formatNumber, plural, pluralForm } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { archivedFromParam, archivedOptions, archivedParam } from "../_components/archived-filter";
import { SectionFrame } from "../_components/section-frame";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Équipes" };

type Team = Awaited<ReturnType<typeof listTeams>>["teams"][number];

const COLUMNS: Column<Team>[] = [
  {
    header: "Équipe",
    rowHeader: true,
    className: "font-medium",
    cell: (team) => (
      <Link href={routes.staff.team(team.id)} className="text-brand-800 underline underline-offset-2">
        {team.name}
      </Link>
    ),
  },
  { header: "Description", className: "min-w-48", cell: (team) => team.description ?? "—" },
  { header: "Salariés actifs", numeric: true, cell: (team) => formatNumber(team.memberCount) },
  { header: "État", cell: (team) => (team.archivedAt ? <span className="font-semibold">Archivée</span> : "Active") },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The Régie's teams: search by name, archived ones on demand. */
export default async function TeamsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("employees:view", routes.staff.teams);
  if (!actor) return <AccessDenied signedIn />;
  const params = await searchParams;
  const filter = listTeamsSchema.parse({ q: firstValue(params.q), archived: archivedFromParam(firstValue(params.etat)), page: firstValue(params.page) });
  const { total, teams, pageSize } = await listTeams(actor, filter);
  const filtered = Boolean(filter.q) || filter.archived !== "active";

  return (
    <SectionFrame title="Équipes" intro="Les équipes de la Régie et leurs salariés ; une équipe archivée garde son historique." section={routes.staff.teams} crumbs={[]}>
      <p>
        <Link href={routes.staff.newTeam} className={buttonClass("primary")}>
          Nouvelle équipe
        </Link>
      </p>
      <FilterForm action={routes.staff.teams} label="Rechercher une équipe" columns="sm:grid-cols-[2fr_1fr_auto]" filtered={filtered} submitLabel="Rechercher" resetLabel="Effacer">
        <TextField name="q" type="search" label="Nom de l'équipe" defaultValue={filter.q ?? ""} maxLength={100} autoComplete="off" />
        <SelectField
          name="etat"
          label="État"
          options={archivedOptions({ active: "Actives", archived: "Archivées", all: "Toutes" })}
          emptyLabel="Actives"
          defaultValue={archivedParam(filter.archived) ?? ""}
        />
      </FilterForm>
      <div>
        <PaginatedTable
          caption="Liste des équipes"
          count={`${plural(total, "équipe", "équipes")}${filtered ? pluralForm(total, " correspond à la recherche", " correspondent à la recherche") : ""}`}
          none={filtered ? "Aucune équipe ne correspond à la recherche." : "Aucune équipe pour l'instant : créez la première avec le bouton ci-dessus."}
          showAll="Voir toutes les équipes actives"
          filtered={filtered}
          columns={COLUMNS}
          rows={teams}
          pagination={{ page: filter.page, total, pageSize, basePath: routes.staff.teams, params: { q: filter.q || undefined, etat: archivedParam(filter.archived) } }}
        />
      </div>
    </SectionFrame>
  );
}

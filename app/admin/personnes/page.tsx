import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { PaginatedTable, type Column } from "@/components/ui/data-table";
import { pageActor } from "@/lib/auth/guard";
import { ROLE_LABELS, ROLES } from "@/lib/authz/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { plural, pluralForm } from "@/lib/format/numbers";
import { listPeople } from "@/lib/people/queries";
import { listPeopleSchema } from "@/lib/people/schemas";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { routes } from "@/lib/routes";
import { firstValues } from "@/lib/core/search-params";
import { enumOptions } from "@/lib/format/options";

export const metadata: Metadata = { title: "Personnes" };

const ROLE_OPTIONS = enumOptions(ROLE_LABELS, ROLES);
const STATUS_LABELS = { ACTIVE: "Actif", DISABLED: "Désactivé", DELETED: "Supprimé" } as const;

type Person = Awaited<ReturnType<typeof listPeople>>["people"][number];

const PEOPLE_COLUMNS: Column<Person>[] = [
  {
    header: "Nom et adresse e-mail",
    rowHeader: true,
    className: "font-medium",
    cell: (person) => (
      <>
        <Link href={routes.admin.person(person.id)} className="text-brand-800 underline underline-offset-2">
          {person.name}
        </Link>
        <span className="block font-normal break-all text-slate-700">{person.email}</span>
      </>
    ),
  },
  { header: "Rôles", className: "min-w-40", cell: (person) => <RoleList roles={[...new Set(person.roleGrants.map((g) => g.role))]} /> },
  {
    header: "Statut",
    className: "whitespace-nowrap",
    cell: (person) =>
      person.status === "ACTIVE" ? STATUS_LABELS.ACTIVE : <span className="font-semibold text-red-800">{STATUS_LABELS[person.status]}</span>,
  },
];

function RoleList({ roles }: { roles: Role[] }) {
  if (!roles.length) return <span className="text-slate-700">Aucun rôle</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {roles.map((r) => (
        <li key={r} className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-brand-100">
          {ROLE_LABELS[r]}
        </li>
      ))}
    </ul>
  );
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("people:view", routes.admin.people);
  if (!actor) return <AccessDenied signedIn />;

  const { q, role, page } = listPeopleSchema.parse(firstValues(await searchParams));
  const { total, people, pageSize } = await listPeople({ q: q || undefined, role, page });
  const filtered = Boolean(q || role);

  return (
    <>
      <Breadcrumbs items={[{ href: routes.admin.home, label: "Administration" }, { label: "Personnes" }]} />
      <PageHeader title="Personnes" intro="Les comptes du portail et les rôles qu'ils détiennent aujourd'hui." />

      <FilterForm
        action={routes.admin.people}
        label="Rechercher une personne"
        columns="sm:grid-cols-[2fr_1fr_auto]"
        filtered={filtered}
        submitLabel="Rechercher"
        resetLabel="Effacer"
      >
        <TextField
          name="q"
          type="search"
          label="Nom ou adresse e-mail"
          defaultValue={q ?? ""}
          maxLength={100}
          autoComplete="off"
        />
        <SelectField name="role" label="Rôle" options={ROLE_OPTIONS} emptyLabel="Tous les rôles" defaultValue={role ?? ""} />
      </FilterForm>

      <PaginatedTable
        caption={`Liste des personnes${filtered ? " correspondant à la recherche" : ""}`}
        count={`${plural(total, "personne", "personnes")}${filtered ? pluralForm(total, " correspond à votre recherche", " correspondent à votre recherche") : ""}`}
        none="Aucune personne ne correspond à votre recherche."
        showAll="Voir toutes les personnes"
        filtered={filtered}
        columns={PEOPLE_COLUMNS}
        rows={people}
        pagination={{ page, total, pageSize, basePath: routes.admin.people, params: { q: q || undefined, role } }}
      />
    </>
  );
}

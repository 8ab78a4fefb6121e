import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/lib/auth/guard";
import { ROLE_LABELS, ROLES } from "@/lib/authz/roles";
import { plural, pluralForm } from "@/lib/format/numbers";
import { listPeople } from "@/lib/people/queries";
import { listPeopleSchema } from "@/lib/people/schemas";
import { Breadcrumbs } from "@/app/admin/_components/breadcrumbs";
import { buttonClass, tableClass, tableWrapperClass } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Personnes" };

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const STATUS_LABELS = { ACTIVE: "Actif", DISABLED: "Désactivé", DELETED: "Supprimé" } as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A repeated parameter (?q=a&q=b) keeps its first value. */
function firstValues(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("people:view", "/admin/personnes");
  if (!actor) return <AccessDenied signedIn />;

  const { q, role, page } = listPeopleSchema.parse(firstValues(await searchParams));
  const { total, people, pageSize } = await listPeople({ q: q || undefined, role, page });
  const filtered = Boolean(q || role);
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", label: "Administration" }, { label: "Personnes" }]} />
      <PageHeader title="Personnes" intro="Les comptes du portail et les rôles qu'ils détiennent aujourd'hui." />

      <Form
        action="/admin/personnes"
        role="search"
        aria-label="Rechercher une personne"
        className="mb-6 grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
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
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            Rechercher
          </button>
          {filtered ? (
            <Link href="/admin/personnes" className={buttonClass("secondary")}>
              Effacer
            </Link>
          ) : null}
        </div>
      </Form>

      <p className="mb-3 text-slate-700">
        {total === 0
          ? null
          : `${plural(total, "personne", "personnes")}${filtered ? pluralForm(total, " correspond à votre recherche", " correspondent à votre recherche") : ""}${
              pages > 1 ? ` — page ${Math.min(page, pages)} sur ${pages}` : ""
            }.`}
      </p>

      {people.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          {total === 0 ? "Aucune personne ne correspond à votre recherche." : "Cette page est vide."}{" "}
          {filtered || total > 0 ? (
            <Link href="/admin/personnes" className="underline">
              Voir toutes les personnes
            </Link>
          ) : null}
        </p>
      ) : (
        <div className={tableWrapperClass}>
          <table className={tableClass}>
            <caption className="sr-only">
              Liste des personnes{filtered ? " correspondant à la recherche" : ""}, page {page} sur {pages}
            </caption>
            <thead>
              <tr>
                <th scope="col">Nom et adresse e-mail</th>
                <th scope="col">Rôles</th>
                <th scope="col">Statut</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {people.map((person) => {
                const roles = [...new Set(person.roleGrants.map((g) => g.role))];
                return (
                  <tr key={person.id}>
                    <th scope="row" className="font-medium">
                      <Link href={`/admin/personnes/${person.id}`} className="text-brand-800 underline underline-offset-2">
                        {person.name}
                      </Link>
                      <span className="block font-normal break-all text-slate-700">{person.email}</span>
                    </th>
                    <td className="min-w-40">
                      {roles.length ? (
                        <ul className="flex flex-wrap gap-1">
                          {roles.map((r) => (
                            <li key={r} className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-brand-100">
                              {ROLE_LABELS[r]}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="text-slate-700">Aucun rôle</span>
                      )}
                    </td>
                    <td className="whitespace-nowrap">
                      {person.status === "ACTIVE" ? (
                        STATUS_LABELS.ACTIVE
                      ) : (
                        <span className="font-semibold text-red-800">{STATUS_LABELS[person.status]}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <Pagination page={page} total={total} pageSize={pageSize} basePath="/admin/personnes" params={{ q: q || undefined, role }} />
    </>
  );
}

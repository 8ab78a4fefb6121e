import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { ROLE_LABELS, ROLES } from "@/lib/authz/roles";
import { listPartnerOptions } from "@/lib/partners/queries/staff";
import { getPerson } from "@/lib/people/queries";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatIsoDay, formatLongDay } from "@/lib/format/dates";
import { tableClass, tableWrapperClass } from "@/components/ui/styles";
import { AccountStatusForm } from "./_components/account-status-form";
import { ActiveGrants, type ActiveGrantRow } from "./_components/active-grants";
import { GrantRoleForm } from "./_components/grant-role-form";
import { routes } from "@/lib/routes";
import { enumOptions } from "@/lib/format/options";

type Params = Promise<{ id: string }>;

// One database read per request, shared by the title and the page.
const loadPerson = cache(getPerson);

const ROLE_OPTIONS = enumOptions(ROLE_LABELS, ROLES);
const STATUS_LABELS = { ACTIVE: "Actif", DISABLED: "Désactivé", DELETED: "Supprimé" } as const;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // The person's name is shown only to those who may see it, even in the title.
  if (!can(await getCurrentActor(), "people:view")) return { title: "Fiche d'une personne" };
  const person = await loadPerson((await params).id);
  return { title: person ? `${person.name} — fiche personne` : "Personne introuvable" };
}

export default async function PersonPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await pageActor("people:view", routes.admin.person(id));
  if (!actor) return <AccessDenied signedIn />;

  const [person, partners] = await Promise.all([loadPerson(id), listPartnerOptions()]);
  if (!person) notFound();

  const now = new Date();
  const isCurrent = (g: (typeof person.roleGrants)[number]) => !g.revokedAt && (!g.validUntil || g.validUntil > now);
  const currentGrants = person.roleGrants.filter(isCurrent);
  const pastGrants = person.roleGrants.filter((g) => !isCurrent(g));

  const activeRows: ActiveGrantRow[] = currentGrants.map((g) => ({
    id: g.id,
    roleLabel: ROLE_LABELS[g.role],
    partnerName: g.partner?.name ?? null,
    from: g.validFrom > now ? `${formatLongDay(g.validFrom)} (à venir)` : formatLongDay(g.validFrom),
    until: g.validUntil ? formatLongDay(g.validUntil) : null,
    grantedBy: g.grantedBy?.name ?? null,
    locked: person.id === actor.id && g.role === "ADMIN",
  }));

  const canGrant = can(actor, "roles:grant");
  const canRevoke = can(actor, "roles:revoke");
  const canSetStatus = can(actor, "accounts:disable");
  const isSelf = person.id === actor.id;

  return (
    <>
      <Breadcrumbs
        items={[{ href: routes.admin.home, label: "Administration" }, { href: routes.admin.people, label: "Personnes" }, { label: person.name }]}
      />
      <PageHeader title={person.name} />

      <section aria-labelledby="identite" className="mb-8">
        <h2 id="identite" className="mb-3 text-xl font-semibold">
          Compte
        </h2>
        <dl className="grid gap-x-6 gap-y-3 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700">Adresse e-mail</dt>
            <dd className="break-all font-medium">{person.email}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Téléphone</dt>
            <dd className="font-medium">{person.phone ?? "Non renseigné"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Statut</dt>
            <dd className={`font-medium ${person.status === "ACTIVE" ? "" : "text-red-800"}`}>{STATUS_LABELS[person.status]}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Compte créé le</dt>
            <dd className="font-medium">
              <time dateTime={person.createdAt.toISOString()}>{formatLongDay(person.createdAt)}</time>
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="roles-actifs" className="mb-8">
        <h2 id="roles-actifs" className="mb-3 text-xl font-semibold">
          Rôles actifs
        </h2>
        <ActiveGrants personName={person.name} grants={activeRows} canRevoke={canRevoke} />
      </section>

      {canGrant ? (
        <section aria-labelledby="attribuer" className="mb-8">
          <h2 id="attribuer" className="mb-3 text-xl font-semibold">
            Attribuer un rôle
          </h2>
          <GrantRoleForm
            userId={person.id}
            roleOptions={ROLE_OPTIONS}
            partnerOptions={partners.map((p) => ({ value: p.id, label: p.name }))}
            minDate={formatIsoDay(new Date())}
          />
        </section>
      ) : null}

      <section aria-labelledby="roles-passes" className="mb-8">
        <h2 id="roles-passes" className="mb-3 text-xl font-semibold">
          Rôles passés
        </h2>
        {pastGrants.length === 0 ? (
          <EmptyState>Aucun rôle retiré ou arrivé à échéance.</EmptyState>
        ) : (
          <div className={tableWrapperClass}>
            <table className={tableClass}>
              <caption className="sr-only">Rôles passés de {person.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Rôle</th>
                  <th scope="col">Partenaire</th>
                  <th scope="col">Depuis le</th>
                  <th scope="col">Jusqu&apos;au</th>
                  <th scope="col">Retiré le</th>
                  <th scope="col">Attribué par</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {pastGrants.map((g) => (
                  <tr key={g.id}>
                    <th scope="row" className="font-medium">{ROLE_LABELS[g.role]}</th>
                    <td>{g.partner?.name ?? "—"}</td>
                    <td className="whitespace-nowrap">{formatLongDay(g.validFrom)}</td>
                    <td className="whitespace-nowrap">{g.validUntil ? formatLongDay(g.validUntil) : "—"}</td>
                    <td className="whitespace-nowrap">{g.revokedAt ? formatLongDay(g.revokedAt) : "Non retiré (échu)"}</td>
                    <td>{g.grantedBy?.name ?? "Système"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canSetStatus && person.status !== "DELETED" ? (
        <section aria-labelledby="statut-compte">
          <h2 id="statut-compte" className="mb-3 text-xl font-semibold">
            Accès au compte
          </h2>
          {isSelf ? (
            <p className="rounded-md border border-slate-300 bg-white p-4">
              Vous ne pouvez pas désactiver votre propre compte. Demandez-le à une autre personne administratrice.
            </p>
          ) : (
            <div className="rounded-md border border-slate-300 bg-white p-4">
              <AccountStatusForm userId={person.id} status={person.status} />
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}

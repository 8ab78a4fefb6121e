import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid } from "@/components/ui/stat-grid";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { countAuditEntries } from "@/lib/audit/queries";
import { pluralForm } from "@/lib/format/numbers";
import { countPeople } from "@/lib/people/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminHomePage() {
  const actor = await pageActor("people:view", routes.admin.home);
  if (!actor) return <AccessDenied signedIn />;

  const canSeeAudit = can(actor, "audit:view");
  const canSeeSecurityLog = can(actor, "security-log:view");
  const [people, admins, staff, audit] = await Promise.all([
    countPeople(),
    countPeople("ADMIN"),
    countPeople("STAFF"),
    canSeeAudit ? countAuditEntries() : null,
  ]);

  const figures = [
    { label: pluralForm(people, "compte", "comptes"), value: people },
    { label: pluralForm(staff, "membre de l'équipe de la Régie", "membres de l'équipe de la Régie"), value: staff },
    { label: pluralForm(admins, "administrateur du portail", "administrateurs du portail"), value: admins },
    ...(audit !== null ? [{ label: pluralForm(audit, "entrée au journal d'audit", "entrées au journal d'audit"), value: audit }] : []),
  ];

  return (
    <>
      <PageHeader
        title="Administration"
        intro="Gérez les comptes des personnes, leurs rôles sur le portail, et consultez le journal de toutes les modifications."
      />

      <section aria-labelledby="chiffres" className="mb-8">
        <h2 id="chiffres" className="sr-only">
          Chiffres clés
        </h2>
        <StatGrid stats={figures} className="grid-cols-2 gap-3 sm:grid-cols-4" />
      </section>

      <section aria-labelledby="rubriques">
        <h2 id="rubriques" className="mb-3 text-xl font-semibold">
          Rubriques
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          <li className="rounded-md border border-slate-300 bg-white p-4">
            <h3 className="text-lg font-semibold">
              <Link href={routes.admin.people} className="text-brand-800 underline underline-offset-2">
                Personnes
              </Link>
            </h3>
            <p className="mt-1 text-slate-700">
              Rechercher un compte, attribuer ou retirer un rôle, désactiver ou réactiver un compte.
            </p>
          </li>
          {canSeeAudit ? (
            <li className="rounded-md border border-slate-300 bg-white p-4">
              <h3 className="text-lg font-semibold">
                <Link href={routes.admin.auditLog} className="text-brand-800 underline underline-offset-2">
                  Journal d&apos;audit
                </Link>
              </h3>
              <p className="mt-1 text-slate-700">Qui a modifié quoi, et quand : chaque changement laisse une trace.</p>
            </li>
          ) : null}
          {canSeeSecurityLog ? (
            <li className="rounded-md border border-slate-300 bg-white p-4">
              <h3 className="text-lg font-semibold">
                <Link href={routes.admin.securityLog} className="text-brand-800 underline underline-offset-2">
                  Journal de sécurité
                </Link>
              </h3>
              <p className="mt-1 text-slate-700">Connexions, échecs, blocages et déconnexions, avec l&apos;adresse IP et l&apos;appareil.</p>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}

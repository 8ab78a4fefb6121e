import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { plural } from "@/lib/format/numbers";
import { listPartners, PARTNER_KIND_LABELS } from "@/lib/partners/queries";
import { GestionNav } from "../_components/gestion-nav";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Gestion — partenaires" };

export default async function PartnersPage() {
  const actor = await pageActor("partners:view", routes.staff.partners);
  if (!actor) return <AccessDenied signedIn />;

  const partners = await listPartners();

  return (
    <>
      <PageHeader
        title="Partenaires"
        intro="Collectivités, bailleurs sociaux et partenaires socio-économiques avec qui la Régie travaille, et les sites qu'ils possèdent sur le territoire."
      />
      <GestionNav current={routes.staff.partners} />

      {partners.length === 0 ? (
        <EmptyState>Aucun partenaire n&apos;est encore enregistré.</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {partners.map((partner) => (
            <li key={partner.id} className="rounded-md border border-slate-300 bg-white p-4">
              <article aria-labelledby={`partenaire-${partner.id}`} className="space-y-2">
                <h2 id={`partenaire-${partner.id}`} className="text-lg font-semibold text-slate-900">
                  {partner.name}
                </h2>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-700">Type</dt>
                  <dd className="font-medium">{PARTNER_KIND_LABELS[partner.kind]}</dd>
                  <dt className="text-slate-700">Précision</dt>
                  <dd className="font-medium">{partner.subtype?.name ?? "Non renseignée"}</dd>
                  <dt className="text-slate-700">Sites</dt>
                  <dd className="font-medium tabular-nums">
                    {partner._count.sites === 0
                      ? "Aucun site sur le territoire"
                      : `${plural(partner._count.sites, "site", "sites")} sur le territoire`}
                  </dd>
                </dl>
                {partner.description ? <p className="text-slate-800">{partner.description}</p> : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { tableClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { plural } from "@/lib/format/numbers";
import { PARTNER_KIND_LABELS } from "@/lib/partners/model";
import { getPartnersByIds } from "@/lib/partners/queries/partner";
import { listPartnerSites } from "@/lib/territory/queries";
import { routes } from "@/lib/routes";
import { TableScroller } from "@/components/ui/table-scroller";

export const metadata: Metadata = { title: "Espace partenaire" };

export default async function PartnerSpacePage() {
  const actor = await pageActor("partner-space:view", routes.partner.home);
  if (!actor) return <AccessDenied signedIn />;

  // Only the partners this person's own grants name: never anyone else's patrimoine.
  const partners = await getPartnersByIds([...new Set(actor.partnerIds)]);
  const patrimoines = await Promise.all(partners.map(async (partner) => ({ partner, sites: await listPartnerSites(partner.id) })));

  return (
    <>
      <PageHeader
        title="Espace partenaire"
        intro={`Bonjour ${actor.name}. Retrouvez ici le patrimoine de votre organisation sur le territoire de la Régie : ses sites, bâtiments et entrées.`}
      />

      <p>
        <Link href={routes.partner.reports} className="font-semibold underline">
          Voir les signalements sur votre patrimoine ou transmis à votre organisation
        </Link>
      </p>
      {can(actor, "partner-work:view") ? (
        <nav aria-label="Le travail de la Régie pour votre organisation">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href={routes.partner.jobs} className="font-semibold underline">Interventions</Link>
            </li>
            <li>
              <Link href={routes.partner.contracts} className="font-semibold underline">Contrats et relevés</Link>
            </li>
          </ul>
        </nav>
      ) : null}

      {patrimoines.length === 0 ? (
        <EmptyState>
          Votre compte n&apos;est rattaché à aucun partenaire. Contactez l&apos;équipe de la Régie pour qu&apos;elle l&apos;associe à votre
          organisation.
        </EmptyState>
      ) : (
        <div className="space-y-10">
          {patrimoines.map(({ partner, sites }) => {
            const buildingCount = sites.reduce((sum, site) => sum + site.buildings.length, 0);
            const entranceCount = sites.reduce((sum, site) => sum + site.buildings.reduce((s, b) => s + b._count.entrances, 0), 0);
            return (
              <section key={partner.id} aria-labelledby={`partenaire-${partner.id}`} className="space-y-4">
                <header className="space-y-1">
                  <h2 id={`partenaire-${partner.id}`} className="text-xl font-semibold text-slate-900 sm:text-2xl">
                    {partner.name}
                  </h2>
                  <p className="text-slate-700">
                    {PARTNER_KIND_LABELS[partner.kind]}
                    {partner.subtype ? ` · ${partner.subtype.name}` : ""}
                  </p>
                </header>

                <h3 className="text-lg font-semibold">Patrimoine</h3>
                {sites.length === 0 ? (
                  <EmptyState>Aucun site n&apos;est rattaché à {partner.name} sur le territoire de la Régie.</EmptyState>
                ) : (
                  <>
                    <p className="text-slate-800">
                      {plural(sites.length, "site", "sites")}, {plural(buildingCount, "bâtiment", "bâtiments")},{" "}
                      {plural(entranceCount, "entrée", "entrées")}.
                    </p>
                    <ul className="space-y-4">
                      {sites.map((site) => (
                        <li key={site.id} className="rounded-md border border-slate-300 bg-white p-4">
                          <article aria-labelledby={`site-${site.id}`} className="space-y-3">
                            <div>
                              <h4 id={`site-${site.id}`} className="text-lg font-semibold text-slate-900">
                                {site.name}
                              </h4>
                              <p className="text-slate-700">
                                {site.address} · secteur {site.area.name}
                              </p>
                            </div>
                            {site.buildings.length === 0 ? (
                              <p className="text-slate-800">Aucun bâtiment enregistré sur ce site.</p>
                            ) : (
                              <TableScroller label={`Bâtiments du site ${site.name}`}>
                                <table className={tableClass}>
                                  <caption className="sr-only">Bâtiments du site {site.name}</caption>
                                  <thead>
                                    <tr>
                                      <th scope="col">Bâtiment</th>
                                      <th scope="col">Adresse</th>
                                      <th scope="col" className="text-right">Entrées</th>
                                    </tr>
                                  </thead>
                                  <tbody className="divide-y divide-slate-200">
                                    {site.buildings.map((building) => (
                                      <tr key={building.id}>
                                        <th scope="row" className="font-medium">{building.name}</th>
                                        <td>{building.address}</td>
                                        <td className="text-right tabular-nums">{building._count.entrances}</td>
                                      </tr>
                                    ))}
                                  </tbody>
                                </table>
                              </TableScroller>
                            )}
                          </article>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

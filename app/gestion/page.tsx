import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid } from "@/components/ui/stat-grid";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { plural, pluralForm } from "@/lib/format/numbers";
import { getTerritoryOverview } from "@/lib/territory/queries";
import { GestionNav } from "./_components/gestion-nav";
import { tableClass } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";
import { SITE_KIND_LABELS } from "./_components/labels";
import { routes } from "@/lib/routes";
import { ContractAlerts } from "./contrats/_components/contract-alerts";
import { listContractsEndingSoon } from "@/lib/contracts/queries/staff";
import { countWorkToHandle } from "@/lib/work-orders/queries/staff";
import { WorkToHandle } from "./interventions/_components/work-to-handle";

export const metadata: Metadata = { title: "Gestion — territoire" };

export default async function BackOfficeHomePage() {
  const actor = await pageActor("backoffice:view", routes.staff.home);
  if (!actor) return <AccessDenied signedIn />;

  const canSeeTerritory = can(actor, "territory:view");
  // Contract alerts (the (status, endsOn) index) and the work to handle (two counts on indexes),
  // beside the territory's read.
  const [areas, endingContracts, workToHandle] = await Promise.all([
    canSeeTerritory ? getTerritoryOverview() : [],
    can(actor, "contracts:view") ? listContractsEndingSoon(actor) : null,
    can(actor, "work-orders:manage") ? countWorkToHandle(actor) : null,
  ]);
  const siteCount = areas.reduce((sum, area) => sum + area.sites.length, 0);
  const buildingCount = areas.reduce((sum, area) => sum + area.sites.reduce((s, site) => s + site._count.buildings, 0), 0);

  return (
    <>
      <PageHeader
        title="Gestion"
        intro={`Bonjour ${actor.name}. Voici le territoire de la Régie : ses secteurs, leurs sites et à qui ils appartiennent.`}
      />
      <GestionNav current={routes.staff.home} />
      {workToHandle ? <WorkToHandle {...workToHandle} /> : null}
      {endingContracts ? <ContractAlerts contracts={endingContracts} /> : null}

      {!canSeeTerritory ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">Votre rôle ne donne pas accès au détail du territoire.</p>
      ) : (
        <>
          <section aria-labelledby="chiffres-territoire" className="mb-8">
            <h2 id="chiffres-territoire" className="sr-only">
              Le territoire en chiffres
            </h2>
            <StatGrid
              className="grid-cols-3 gap-3"
              stats={[
                { label: pluralForm(areas.length, "secteur", "secteurs"), value: areas.length },
                { label: pluralForm(siteCount, "site", "sites"), value: siteCount },
                { label: pluralForm(buildingCount, "bâtiment", "bâtiments"), value: buildingCount },
              ]}
            />
          </section>

          <section aria-labelledby="territoire">
            <h2 id="territoire" className="mb-3 text-xl font-semibold">
              Territoire
            </h2>
            {areas.length === 0 ? (
              <EmptyState>Aucun secteur n&apos;est encore enregistré.</EmptyState>
            ) : (
              <div className="space-y-6">
                {areas.map((area) => (
                  <section key={area.id} aria-labelledby={`secteur-${area.id}`}>
                    <h3 id={`secteur-${area.id}`} className="mb-2 text-lg font-semibold">
                      {area.name}{" "}
                      <span className="text-base font-normal text-slate-700">
                        ({plural(area.sites.length, "site", "sites")})
                      </span>
                    </h3>
                    {area.sites.length === 0 ? (
                      <EmptyState>Aucun site dans ce secteur.</EmptyState>
                    ) : (
                      <TableScroller label={`Sites du secteur ${area.name}`}>
                        <table className={tableClass}>
                          <caption className="sr-only">Sites du secteur {area.name}</caption>
                          <thead>
                            <tr>
                              <th scope="col">Site</th>
                              <th scope="col">Type</th>
                              <th scope="col">Adresse</th>
                              <th scope="col">Propriétaire</th>
                              <th scope="col" className="text-right">Bâtiments</th>
                            </tr>
                          </thead>
                          <tbody className="divide-y divide-slate-200">
                            {area.sites.map((site) => (
                              <tr key={site.id}>
                                <th scope="row" className="font-medium">{site.name}</th>
                                <td className="whitespace-nowrap">{SITE_KIND_LABELS[site.kind]}</td>
                                <td>{site.address}</td>
                                <td>{site.ownerPartner?.name ?? "Aucun"}</td>
                                <td className="text-right tabular-nums">{site._count.buildings}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </TableScroller>
                    )}
                  </section>
                ))}
              </div>
            )}
            <p className="mt-6">
              <Link href={routes.staff.partners} className="text-brand-800 underline underline-offset-2">
                Voir les partenaires de la Régie
              </Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}

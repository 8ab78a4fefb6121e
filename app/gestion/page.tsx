import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid } from "@/components/ui/stat-grid";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { pluralForm } from "@/lib/format/numbers";
import { cachedRead } from "@/lib/cache/cached-read";
import { PARTNERS_TAG } from "@/lib/partners/cache-tags";
import { TERRITORY_TAG, getTerritoryOverview } from "@/lib/territory/queries";
import { GestionNav } from "./_components/gestion-nav";
import { TerritoryOverview } from "./_components/territory-overview";
import { routes } from "@/lib/routes";
import { ContractAlerts } from "./contrats/_components/contract-alerts";
import { listContractsEndingSoon } from "@/lib/contracts/queries/staff";
import { countWorkToHandle } from "@/lib/work-orders/queries/staff";
import { WorkToHandle } from "./interventions/_components/work-to-handle";

export const metadata: Metadata = { title: "Gestion — territoire" };

/**
 * The territory changes a few times a year and is the same for every member of staff: cached, and
 * refreshed by the tags of the screens that edit sites, buildings and partners (an owner's name).
 */
const readTerritoryOverview = cachedRead(getTerritoryOverview, ["staff-territory-overview-flat"], {
  tags: [TERRITORY_TAG, PARTNERS_TAG],
  revalidate: 3600,
});

export default async function BackOfficeHomePage() {
  const actor = await pageActor("backoffice:view", routes.staff.home);
  if (!actor) return <AccessDenied signedIn />;

  const canSeeTerritory = can(actor, "territory:view");
  // Contract alerts (the (status, endsOn) index) and the work to handle (two counts on indexes),
  // beside the territory's read.
  const [areas, endingContracts, workToHandle] = await Promise.all([
    canSeeTerritory ? readTerritoryOverview() : [],
    can(actor, "contracts:view") ? listContractsEndingSoon(actor) : null,
    can(actor, "work-orders:manage") ? countWorkToHandle(actor) : null,
  ]);
  const siteCount = areas.reduce((sum, area) => sum + area.sites.length, 0);
  const buildingCount = areas.reduce((sum, area) => sum + area.sites.reduce((s, site) => s + site.buildings, 0), 0);

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
            <TerritoryOverview areas={areas} />
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

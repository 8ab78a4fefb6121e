import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { optionalIdParam } from "@/lib/core/schemas";
import { mapTileUrl } from "@/lib/map-tiles";
import { getTerritoryBounds } from "@/lib/territory/queries";
import { getSiteChoice } from "@/lib/territory/queries/staff";
import { routes } from "@/lib/routes";
import { BuildingForm } from "../../_components/place-forms";
import { TerritoryFrame } from "../../_components/territory-frame";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — nouveau bâtiment" };

/** A new building in the site named by `?site=`. */
export default async function NewBuildingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const siteId = optionalIdParam.parse(firstValue((await searchParams).site));
  if (!siteId) notFound();
  const actor = await pageActor("territory:manage", routes.staff.newBuilding(siteId));
  if (!actor) return <AccessDenied signedIn />;
  const [site, bounds] = await Promise.all([getSiteChoice(siteId), getTerritoryBounds()]);
  if (!site) notFound();
  const crumbs = [
    { href: routes.staff.area(site.area.id), label: `Secteur « ${site.area.name} »` },
    { href: routes.staff.site(site.id), label: `Site « ${site.name} »` },
  ];
  const archived = site.archivedAt || site.area.archivedAt;

  return (
    <TerritoryFrame title="Nouveau bâtiment" intro={`Dans le site « ${site.name} ». Ses entrées s'ajoutent ensuite depuis sa page.`} crumbs={crumbs}>
      <Panel id="titre-formulaire" title="Le bâtiment">
        {archived ? (
          <p>Le site « {site.name} » ou son secteur est archivé : réactivez-le d&apos;abord pour y ajouter un bâtiment.</p>
        ) : (
          <BuildingForm siteId={site.id} map={{ tileUrl: mapTileUrl(), bounds }} cancelHref={routes.staff.site(site.id)} />
        )}
      </Panel>
    </TerritoryFrame>
  );
}

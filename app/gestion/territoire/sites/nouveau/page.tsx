import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { optionalIdParam } from "@/lib/core/schemas";
import { mapTileUrl } from "@/lib/map-tiles";
import { getTerritoryBounds } from "@/lib/territory/queries";
import { getAreaChoice, listOwnerOptions } from "@/lib/territory/queries/staff";
import { routes } from "@/lib/routes";
import { SiteForm } from "../../_components/place-forms";
import { TerritoryFrame } from "../../_components/territory-frame";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — nouveau site" };

/** A new site in the area named by `?secteur=`. */
export default async function NewSitePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const areaId = optionalIdParam.parse(firstValue((await searchParams).secteur));
  if (!areaId) notFound();
  const actor = await pageActor("territory:manage", routes.staff.newSite(areaId));
  if (!actor) return <AccessDenied signedIn />;
  const [area, owners, bounds] = await Promise.all([getAreaChoice(areaId), listOwnerOptions(), getTerritoryBounds()]);
  if (!area) notFound();
  const crumbs = [{ href: routes.staff.area(area.id), label: `Secteur « ${area.name} »` }];

  return (
    <TerritoryFrame title="Nouveau site" intro={`Dans le secteur « ${area.name} ». Ses bâtiments s'ajoutent ensuite depuis sa page.`} crumbs={crumbs}>
      <Panel id="titre-formulaire" title="Le site">
        {area.archivedAt ? (
          <p>Le secteur « {area.name} » est archivé : réactivez-le d&apos;abord pour y ajouter un site.</p>
        ) : (
          <SiteForm areaId={area.id} owners={owners} map={{ tileUrl: mapTileUrl(), bounds }} cancelHref={routes.staff.area(area.id)} />
        )}
      </Panel>
    </TerritoryFrame>
  );
}

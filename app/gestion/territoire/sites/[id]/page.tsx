import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { formatNumber } from "@/lib/format/numbers";
import { mapTileUrl } from "@/lib/map-tiles";
import { getTerritoryBounds } from "@/lib/territory/queries";
import { getSiteForStaff, listOwnerOptions } from "@/lib/territory/queries/staff";
import { routes } from "@/lib/routes";
import { placeNotice } from "../../_components/notices";
import { PlaceStatusPanel } from "../../_components/place-status-panel";
import { SiteForm } from "../../_components/place-forms";
import { ArchivedBadge, TerritoryFrame, loadPlacePage } from "../../_components/territory-frame";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — site" };

/** A site: its buildings, its details (owner, access notes, point), archive or delete. */
export default async function SitePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const site = await loadPlacePage(routes.staff.site, params, getSiteForStaff);
  if (!site) return <AccessDenied signedIn />;
  const [query, owners, bounds] = await Promise.all([searchParams, listOwnerOptions(site.ownerPartnerId), getTerritoryBounds()]);
  const fait = firstValue(query.fait);
  const notice = fait === "supprime" ? "Le bâtiment est supprimé." : placeNotice("site", site.name, fait);
  const live = !site.archivedAt && !site.area.archivedAt;

  return (
    <TerritoryFrame title={`Site « ${site.name} »`} crumbs={[{ href: routes.staff.area(site.area.id), label: `Secteur « ${site.area.name} »` }]} notice={notice}>
      <Panel id="titre-batiments" title="Bâtiments du site">
        {live ? (
          <p>
            <Link href={routes.staff.newBuilding(site.id)} className={buttonClass("primary")}>
              Nouveau bâtiment dans ce site
            </Link>
          </p>
        ) : (
          <p>Site archivé (ou dans un secteur archivé) : réactivez-le pour y ajouter un bâtiment.</p>
        )}
        {site.buildings.length === 0 ? (
          <EmptyState>Aucun bâtiment : les signalements se rattachent au site lui-même (abords, espaces extérieurs).</EmptyState>
        ) : (
          <DataTable
            caption={`Bâtiments du site ${site.name}`}
            rows={site.buildings}
            columns={[
              {
                header: "Bâtiment",
                rowHeader: true,
                cell: (b) => (
                  <>
                    <Link href={routes.staff.building(b.id)} className="underline underline-offset-2">
                      {b.name}
                    </Link>
                    <ArchivedBadge archived={!!b.archivedAt} />
                  </>
                ),
              },
              { header: "Adresse", cell: (b) => b.address },
              { header: "Entrées", numeric: true, cell: (b) => formatNumber(b.entranceCount) },
            ]}
          />
        )}
      </Panel>
      <Panel id="titre-modifier" title="Le site">
        {site.ownerPartner?.archivedAt ? <p>Son propriétaire, {site.ownerPartner.name}, est archivé : il reste proposé ici tant que le site lui appartient.</p> : null}
        <SiteForm site={site} owners={owners} map={{ tileUrl: mapTileUrl(), bounds }} cancelHref={routes.staff.area(site.area.id)} />
      </Panel>
      <PlaceStatusPanel level="site" place={site} usage={site.usage} archivedAbove={site.area.archivedAt ? `le secteur « ${site.area.name} »` : undefined} />
    </TerritoryFrame>
  );
}

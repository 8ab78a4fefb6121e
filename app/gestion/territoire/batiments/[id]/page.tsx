import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatNumber } from "@/lib/format/numbers";
import { mapTileUrl } from "@/lib/map-tiles";
import { getTerritoryBounds } from "@/lib/territory/queries";
import { getBuildingForStaff } from "@/lib/territory/queries/staff";
import { routes } from "@/lib/routes";
import { placeNotice } from "../../_components/notices";
import { PlaceStatusPanel } from "../../_components/place-status-panel";
import { BuildingForm, EntranceForm } from "../../_components/place-forms";
import { ArchivedBadge, TerritoryFrame, loadPlacePage } from "../../_components/territory-frame";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — bâtiment" };

/** A building: its entrances (and a form to add one), its details, archive or delete. */
export default async function BuildingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const building = await loadPlacePage(routes.staff.building, params, getBuildingForStaff);
  if (!building) return <AccessDenied signedIn />;
  const [query, bounds] = await Promise.all([searchParams, getTerritoryBounds()]);
  const fait = firstValue(query.fait);
  const notice = fait === "supprime" ? "L'entrée est supprimée." : placeNotice("building", building.name, fait);
  const { site } = building;
  const archivedAbove = site.archivedAt ? `le site « ${site.name} »` : site.area.archivedAt ? `le secteur « ${site.area.name} »` : undefined;
  const crumbs = [
    { href: routes.staff.area(site.area.id), label: `Secteur « ${site.area.name} »` },
    { href: routes.staff.site(site.id), label: `Site « ${site.name} »` },
  ];

  return (
    <TerritoryFrame title={`Bâtiment « ${building.name} »`} crumbs={crumbs} notice={notice}>
      <Panel id="titre-entrees" title="Entrées du bâtiment">
        {building.entrances.length === 0 ? (
          <EmptyState>Aucune entrée : les habitants choisissent le bâtiment lui-même.</EmptyState>
        ) : (
          <DataTable
            caption={`Entrées du bâtiment ${building.name}`}
            rows={building.entrances}
            columns={[
              {
                header: "Entrée",
                rowHeader: true,
                cell: (e) => (
                  <>
                    <Link href={routes.staff.entrance(e.id)} className="underline underline-offset-2">
                      {e.name}
                    </Link>
                    <ArchivedBadge archived={!!e.archivedAt} feminine />
                  </>
                ),
              },
              { header: "Habitants inscrits", numeric: true, cell: (e) => formatNumber(e.residentCount) },
            ]}
          />
        )}
        {building.archivedAt || archivedAbove ? (
          <p>Bâtiment archivé (ou dans un site archivé) : réactivez-le pour y ajouter une entrée.</p>
        ) : (
          <section aria-labelledby="titre-nouvelle-entree" className="space-y-3 border-t border-slate-200 pt-4">
            <h3 id="titre-nouvelle-entree" className="text-lg font-semibold">
              Ajouter une entrée
            </h3>
            <EntranceForm buildingId={building.id} cancelHref={routes.staff.site(site.id)} />
          </section>
        )}
      </Panel>
      <Panel id="titre-modifier" title="Le bâtiment">
        <BuildingForm building={building} map={{ tileUrl: mapTileUrl(), bounds }} cancelHref={routes.staff.site(site.id)} />
      </Panel>
      <PlaceStatusPanel level="building" place={building} usage={building.usage} archivedAbove={archivedAbove} />
    </TerritoryFrame>
  );
}

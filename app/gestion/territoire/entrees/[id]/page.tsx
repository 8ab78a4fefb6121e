import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { getEntranceForStaff } from "@/lib/territory/queries/staff";
import { routes } from "@/lib/routes";
import { placeNotice } from "../../_components/notices";
import { PlaceStatusPanel } from "../../_components/place-status-panel";
import { EntranceForm } from "../../_components/place-forms";
import { TerritoryFrame, loadPlacePage } from "../../_components/territory-frame";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — entrée" };

/** An entrance: its name, archive or delete. */
export default async function EntrancePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const entrance = await loadPlacePage(routes.staff.entrance, params, getEntranceForStaff);
  if (!entrance) return <AccessDenied signedIn />;
  const query = await searchParams;
  const { building } = entrance;
  const { site } = building;
  const archivedAbove = building.archivedAt
    ? `le bâtiment « ${building.name} »`
    : site.archivedAt
      ? `le site « ${site.name} »`
      : site.area.archivedAt
        ? `le secteur « ${site.area.name} »`
        : undefined;
  const crumbs = [
    { href: routes.staff.area(site.area.id), label: `Secteur « ${site.area.name} »` },
    { href: routes.staff.site(site.id), label: `Site « ${site.name} »` },
    { href: routes.staff.building(building.id), label: `Bâtiment « ${building.name} »` },
  ];

  return (
    <TerritoryFrame title={`Entrée « ${entrance.name} »`} crumbs={crumbs} notice={placeNotice("entrance", entrance.name, firstValue(query.fait))}>
      <Panel id="titre-modifier" title="Nom de l'entrée">
        <EntranceForm entrance={entrance} cancelHref={routes.staff.building(building.id)} />
      </Panel>
      <PlaceStatusPanel level="entrance" place={entrance} usage={entrance.usage} archivedAbove={archivedAbove} />
    </TerritoryFrame>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { formatNumber } from "@/lib/format/numbers";
import { SITE_KIND_LABELS } from "@/lib/territory/model";
import { getAreaForStaff } from "@/lib/territory/queries/staff";
import { routes } from "@/lib/routes";
import { placeNotice } from "../../_components/notices";
import { PlaceStatusPanel } from "../../_components/place-status-panel";
import { AreaForm } from "../../_components/place-forms";
import { ArchivedBadge, TerritoryFrame, loadPlacePage } from "../../_components/territory-frame";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — secteur" };

/** An area: its name and description, its sites (archived ones marked), archive or delete. */
export default async function AreaPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const area = await loadPlacePage(routes.staff.area, params, getAreaForStaff);
  if (!area) return <AccessDenied signedIn />;
  const query = await searchParams;
  const notice = firstValue(query.fait) === "supprime" ? "Le site est supprimé." : placeNotice("area", area.name, firstValue(query.fait));

  return (
    <TerritoryFrame title={`Secteur « ${area.name} »`} crumbs={[]} notice={notice}>
      <Panel id="titre-sites" title="Sites du secteur">
        {area.archivedAt ? (
          <p>Secteur archivé : réactivez-le pour y ajouter un site.</p>
        ) : (
          <p>
            <Link href={routes.staff.newSite(area.id)} className={buttonClass("primary")}>
              Nouveau site dans ce secteur
            </Link>
          </p>
        )}
        {area.sites.length === 0 ? (
          <EmptyState>Aucun site dans ce secteur.</EmptyState>
        ) : (
          <DataTable
            caption={`Sites du secteur ${area.name}`}
            rows={area.sites}
            columns={[
              {
                header: "Site",
                rowHeader: true,
                cell: (site) => (
                  <>
                    <Link href={routes.staff.site(site.id)} className="underline underline-offset-2">
                      {site.name}
                    </Link>
                    <ArchivedBadge archived={!!site.archivedAt} />
                  </>
                ),
              },
              { header: "Type", className: "whitespace-nowrap", cell: (site) => SITE_KIND_LABELS[site.kind] },
              { header: "Adresse", cell: (site) => site.address },
              { header: "Propriétaire", cell: (site) => site.ownerPartner?.name ?? "Aucun (espace public)" },
              { header: "Bâtiments", numeric: true, cell: (site) => formatNumber(site.buildingCount) },
            ]}
          />
        )}
      </Panel>
      <Panel id="titre-modifier" title="Nom et description">
        <AreaForm area={area} cancelHref={routes.staff.territory} />
      </Panel>
      <PlaceStatusPanel level="area" place={area} usage={area.usage} />
    </TerritoryFrame>
  );
}

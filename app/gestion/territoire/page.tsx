import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { pageParam } from "@/lib/core/schemas";
import { formatNumber, plural } from "@/lib/format/numbers";
import { SITES_PAGE_SIZE, SITE_KIND_LABELS } from "@/lib/territory/model";
import { listAreasForStaff, searchSitesForStaff } from "@/lib/territory/queries/staff";
import { routes } from "@/lib/routes";
import { ArchivedBadge, TerritoryFrame } from "./_components/territory-frame";
import { Panel } from "@/components/ui/panel";
import { firstValue } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — territoire : secteurs et sites" };

type Query = Record<string, string | string[] | undefined>;

/** The territory's areas, and a search of its sites (by name or address, theirs or their buildings'), a page at a time. */
export default async function TerritoryPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await pageActor("territory:manage", routes.staff.territory);
  if (!actor) return <AccessDenied signedIn />;
  const query = await searchParams;
  // French parameters, read here only: ?recherche=…&archives=1&page=2
  const search = (firstValue(query.recherche) ?? "").trim().slice(0, 100);
  const showArchived = firstValue(query.archives) === "1";
  const page = pageParam().parse(firstValue(query.page));
  const [areas, sites] = await Promise.all([listAreasForStaff(showArchived), searchSitesForStaff({ search, showArchived, page })]);
  const params = { recherche: search || undefined, archives: showArchived ? "1" : undefined };

  return (
    <TerritoryFrame
      title="Secteurs et sites"
      intro="Le territoire de la Régie : ses secteurs, leurs sites (résidences, espaces publics, équipements), leurs bâtiments et leurs entrées. Ce qui est archivé n'est plus proposé nulle part, mais garde son nom là où il est cité."
      crumbs={[]}
      notice={firstValue(query.fait) === "supprime" ? "Le secteur est supprimé." : undefined}
    >
      <FilterForm action={routes.staff.territory} label="Rechercher dans le territoire" columns="sm:grid-cols-[2fr_1fr_auto]" filtered={!!search || showArchived} submitLabel="Rechercher">
        <TextField name="recherche" id="recherche" label="Nom ou adresse d'un site ou d'un bâtiment" defaultValue={search} type="search" autoComplete="off" />
        <CheckboxField name="archives" id="archives" value="1" label="Montrer aussi les lieux archivés" defaultChecked={showArchived} />
      </FilterForm>

      <Panel id="titre-secteurs" title="Secteurs">
        <p>
          <Link href={routes.staff.newArea} className={buttonClass("primary")}>
            Nouveau secteur
          </Link>
        </p>
        {areas.length === 0 ? (
          <EmptyState>Aucun secteur pour l&apos;instant : créez le premier avec le bouton ci-dessus.</EmptyState>
        ) : (
          <DataTable
            caption="Secteurs du territoire"
            rows={areas}
            columns={[
              {
                header: "Secteur",
                rowHeader: true,
                cell: (area) => (
                  <>
                    <Link href={routes.staff.area(area.id)} className="underline underline-offset-2">
                      {area.name}
                    </Link>
                    <ArchivedBadge archived={!!area.archivedAt} />
                  </>
                ),
              },
              { header: "Description", cell: (area) => area.description ?? "" },
              { header: "Sites", numeric: true, cell: (area) => formatNumber(area.siteCount) },
            ]}
          />
        )}
      </Panel>

      <Panel id="titre-sites" title={search ? `Sites trouvés pour « ${search} »` : "Tous les sites"}>
        <p className="text-slate-700">
          {plural(sites.total, "site", "sites")}
          {showArchived ? ", archivés compris" : ""}. Un nouveau site se crée depuis la page de son secteur.
        </p>
        {sites.items.length === 0 ? (
          <EmptyState>{search ? "Aucun site ne correspond : vérifiez l'orthographe, ou cochez « Montrer aussi les lieux archivés »." : "Aucun site pour l'instant."}</EmptyState>
        ) : (
          <DataTable
            caption="Sites du territoire"
            rows={sites.items}
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
              { header: "Secteur", cell: (site) => site.area.name },
              { header: "Adresse", cell: (site) => site.address },
              { header: "Propriétaire", cell: (site) => site.ownerPartner?.name ?? "Aucun (espace public)" },
              { header: "Bâtiments", numeric: true, cell: (site) => formatNumber(site.buildingCount) },
            ]}
          />
        )}
        <Pagination page={page} basePath={routes.staff.territory} params={params} total={sites.total} pageSize={SITES_PAGE_SIZE} />
      </Panel>
    </TerritoryFrame>
  );
}

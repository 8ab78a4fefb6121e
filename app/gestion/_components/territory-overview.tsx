"use client";
import { EmptyState } from "@/components/ui/empty-state";
import { tableClass } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";
import { plural } from "@/lib/format/numbers";
import type { TerritoryArea } from "@/lib/territory/queries";
import { SITE_KIND_LABELS } from "./labels";

/**
 * The staff home's territory: per area, the table of its sites. A client component fed with the
 * areas as data: the page then sends them once, not once as HTML and again as serialized markup
 * in the React payload (the bench's 80 sites were two thirds of the page's bytes).
 */
export function TerritoryOverview({ areas }: { areas: TerritoryArea[] }) {
  if (areas.length === 0) return <EmptyState>Aucun secteur n&apos;est encore enregistré.</EmptyState>;
  return (
    <div className="space-y-6">
      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`secteur-${area.id}`}>
          <h3 id={`secteur-${area.id}`} className="mb-2 text-lg font-semibold">
            {area.name}{" "}
            <span className="text-base font-normal text-slate-700">({plural(area.sites.length, "site", "sites")})</span>
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
                      <td>{site.owner ?? "Aucun"}</td>
                      <td className="text-right tabular-nums">{site.buildings}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          )}
        </section>
      ))}
    </div>
  );
}

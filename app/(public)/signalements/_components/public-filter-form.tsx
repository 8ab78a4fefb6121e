import { buttonClass } from "@/components/ui/styles";
import { PUBLIC_PARAMS, type PublicFilterValues } from "@/lib/reports/filter-params";
import { PUBLIC_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { routes } from "@/lib/routes";

const selectClass = "block rounded-md border border-slate-400 bg-white px-3 py-2 text-base";
type Choice = { id: string; name: string };

/**
 * The public list's (and map's) filters: a GET form to `action`, so it works without JavaScript. A
 * server component: as a client one it brought the filter parameters' module, and zod with it
 * (about 30 kB compressed), to every phone that opens the list, for a few hundred bytes of options.
 */
export function PublicFilterForm({
  filter,
  categories,
  areas,
  action = routes.public.reports,
}: {
  filter: PublicFilterValues;
  categories: Choice[];
  areas: Choice[];
  action?: typeof routes.public.reports | typeof routes.public.reportsMap;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Filtrer les signalements">
      <div className="space-y-1">
        <label htmlFor="filtre-categorie" className="block text-sm font-medium">Catégorie</label>
        <select id="filtre-categorie" name={PUBLIC_PARAMS.categoryId} defaultValue={filter.categoryId ?? ""} className={selectClass}>
          <option value="">Toutes</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filtre-statut" className="block text-sm font-medium">État</label>
        <select id="filtre-statut" name={PUBLIC_PARAMS.status} defaultValue={filter.status ?? ""} className={selectClass}>
          <option value="">Tous</option>
          {PUBLIC_STATUSES.map((s) => (
            <option key={s} value={s}>{REPORT_STATUS_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filtre-secteur" className="block text-sm font-medium">Secteur</label>
        <select id="filtre-secteur" name={PUBLIC_PARAMS.areaId} defaultValue={filter.areaId ?? ""} className={selectClass}>
          <option value="">Tout le quartier</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>{a.name}</option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>Filtrer</button>
    </form>
  );
}

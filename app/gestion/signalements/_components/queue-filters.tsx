"use client";

import { buttonClass } from "@/components/ui/styles";
import { QUEUE_AGE_VALUES, QUEUE_PARAMS, QUEUE_PHOTOS_VALUES, QUEUE_SORT_VALUES, queueSearchParams, type TriageQueueFilter } from "@/lib/reports/filter-params";
import { PRIORITY_LABELS, REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { routes } from "@/lib/routes";
import { enumOptions } from "@/lib/format/options";

type Option = { value: string; label: string };
const selectClass = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: Option[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filtre-${name}`} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select id={`filtre-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">Tous</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The queue's filters and search: a GET form (works without JavaScript), values in the URL. A
 * client component for the page's weight: the choices travel once, as data, instead of as data
 * and as a second copy of the markup in the React payload.
 */
export function QueueFilters({
  filter,
  categories,
  areas,
  sites,
  partners,
  exportHref,
}: {
  filter: TriageQueueFilter;
  categories: Option[];
  areas: Option[];
  sites: Option[];
  partners: Option[];
  exportHref: string;
}) {
  // The form shows the values as the URL writes them, under the URL's names.
  const values: Record<string, string | undefined> = queueSearchParams(filter);
  return (
    <search aria-label="Filtrer les signalements" className="mb-6 block">
      <form method="get" action={routes.staff.queue} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="space-y-1 sm:col-span-2">
            <label htmlFor="filtre-q" className="block text-sm font-medium text-slate-900">
              Rechercher (numéro ou texte de la description)
            </label>
            <input id="filtre-q" name={QUEUE_PARAMS.search} type="search" defaultValue={values[QUEUE_PARAMS.search] ?? ""} maxLength={100} className={selectClass} />
          </div>
          <FilterSelect name={QUEUE_PARAMS.status} label="Statut" value={values[QUEUE_PARAMS.status]} options={enumOptions(REPORT_STATUS_LABELS, REPORT_STATUSES)} />
          <FilterSelect name={QUEUE_PARAMS.priority} label="Priorité" value={values[QUEUE_PARAMS.priority]} options={enumOptions(PRIORITY_LABELS)} />
          <FilterSelect name={QUEUE_PARAMS.categoryId} label="Catégorie" value={values[QUEUE_PARAMS.categoryId]} options={categories} />
          <FilterSelect name={QUEUE_PARAMS.areaId} label="Secteur" value={values[QUEUE_PARAMS.areaId]} options={areas} />
          <FilterSelect name={QUEUE_PARAMS.siteId} label="Site" value={values[QUEUE_PARAMS.siteId]} options={sites} />
          <FilterSelect name={QUEUE_PARAMS.partnerId} label="Partenaire" value={values[QUEUE_PARAMS.partnerId]} options={partners} />
          <FilterSelect
            name={QUEUE_PARAMS.olderThanDays}
            label="Ancienneté"
            value={values[QUEUE_PARAMS.olderThanDays]}
            options={[
              { value: QUEUE_AGE_VALUES[7], label: "Plus de 7 jours" },
              { value: QUEUE_AGE_VALUES[30], label: "Plus de 30 jours" },
              { value: QUEUE_AGE_VALUES[90], label: "Plus de 90 jours" },
            ]}
          />
          <FilterSelect
            name={QUEUE_PARAMS.withPhotos}
            label="Photos"
            value={values[QUEUE_PARAMS.withPhotos]}
            options={[
              { value: QUEUE_PHOTOS_VALUES.with, label: "Avec photos" },
              { value: QUEUE_PHOTOS_VALUES.without, label: "Sans photo" },
            ]}
          />
          <div className="space-y-1">
            <label htmlFor="filtre-tri" className="block text-sm font-medium text-slate-900">
              Trier par
            </label>
            <select id="filtre-tri" name={QUEUE_PARAMS.sort} defaultValue={QUEUE_SORT_VALUES[filter.sort ?? "newest"]} className={selectClass}>
              <option value={QUEUE_SORT_VALUES.newest}>Plus récents d&apos;abord</option>
              <option value={QUEUE_SORT_VALUES.oldest}>Plus anciens d&apos;abord</option>
              <option value={QUEUE_SORT_VALUES.priority}>Priorité la plus haute d&apos;abord</option>
            </select>
          </div>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            Filtrer
          </button>
          <a href={routes.staff.queue} className={buttonClass("secondary")}>
            Effacer les filtres
          </a>
          <a href={exportHref} className={buttonClass("secondary")}>
            Exporter en CSV
          </a>
        </div>
      </form>
    </search>
  );
}

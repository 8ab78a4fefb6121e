"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";
import type { TriageQueueFilters } from "@/lib/reports/triage-schemas";
import { PRIORITY_LABELS, REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/model";

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
  filters,
  categories,
  areas,
  sites,
  partners,
  exportHref,
}: {
  filters: TriageQueueFilters;
  categories: Option[];
  areas: Option[];
  sites: Option[];
  partners: Option[];
  exportHref: string;
}) {
  return (
    <search aria-label="Filtrer les signalements" className="mb-6 block">
      <form method="get" action="/gestion/signalements" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="space-y-1 sm:col-span-2">
            <label htmlFor="filtre-q" className="block text-sm font-medium text-slate-900">
              Rechercher (numéro ou texte de la description)
            </label>
            <input id="filtre-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} className={selectClass} />
          </div>
          <FilterSelect name="statut" label="Statut" value={filters.statut} options={REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))} />
          <FilterSelect name="priorite" label="Priorité" value={filters.priorite} options={Object.entries(PRIORITY_LABELS).map(([value, label]) => ({ value, label }))} />
          <FilterSelect name="categorie" label="Catégorie" value={filters.categorie} options={categories} />
          <FilterSelect name="secteur" label="Secteur" value={filters.secteur} options={areas} />
          <FilterSelect name="site" label="Site" value={filters.site} options={sites} />
          <FilterSelect name="partenaire" label="Partenaire" value={filters.partenaire} options={partners} />
          <FilterSelect
            name="age"
            label="Ancienneté"
            value={filters.age}
            options={[
              { value: "7j", label: "Plus de 7 jours" },
              { value: "30j", label: "Plus de 30 jours" },
              { value: "90j", label: "Plus de 90 jours" },
            ]}
          />
          <FilterSelect name="photos" label="Photos" value={filters.photos} options={[{ value: "oui", label: "Avec photos" }, { value: "non", label: "Sans photo" }]} />
          <div className="space-y-1">
            <label htmlFor="filtre-tri" className="block text-sm font-medium text-slate-900">
              Trier par
            </label>
            <select id="filtre-tri" name="tri" defaultValue={filters.tri ?? "recent"} className={selectClass}>
              <option value="recent">Plus récents d&apos;abord</option>
              <option value="ancien">Plus anciens d&apos;abord</option>
              <option value="priorite">Priorité la plus haute d&apos;abord</option>
            </select>
          </div>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            Filtrer
          </button>
          <Link href="/gestion/signalements" className={buttonClass("secondary")}>
            Effacer les filtres
          </Link>
          <a href={exportHref} className={buttonClass("secondary")}>
            Exporter en CSV
          </a>
        </div>
      </form>
    </search>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { listTriageOptions, listTriageQueue } from "@/lib/reports/triage-queries";
import { QUEUE_PAGE_SIZE, queueParams, triageQueueSchema } from "@/lib/reports/triage-schemas";
import { PRIORITY_LABELS, REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/status";
import { GestionNav } from "../_components/gestion-nav";
import { QueueTable } from "./_components/queue-table";
import { BulkTriageForm } from "./_components/triage-forms";

export const metadata: Metadata = { title: "Signalements — file de traitement" };

const numberFormat = new Intl.NumberFormat("fr-FR");
const selectClass = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
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

/** The staff queue: filters and search in the URL (GET, works without JavaScript), 25 a page. */
export default async function TriageQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:triage", "/gestion/signalements");
  if (!actor) return <AccessDenied signedIn />;
  const filters = triageQueueSchema.parse(await searchParams);
  const [queue, options] = await Promise.all([listTriageQueue(filters), listTriageOptions()]);
  const params = queueParams(filters);
  const exportHref = `/gestion/signalements/export?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]))}`;
  const toOptions = (rows: { id: string; name: string }[]) => rows.map((r) => ({ value: r.id, label: r.name }));

  return (
    <>
      <PageHeader title="Signalements" intro="La file de traitement des signalements des habitants : filtrez, ouvrez, traitez." />
      <GestionNav current="/gestion/signalements" />

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
            <FilterSelect name="categorie" label="Catégorie" value={filters.categorie} options={toOptions(options.categories)} />
            <FilterSelect name="secteur" label="Secteur" value={filters.secteur} options={toOptions(options.areas)} />
            <FilterSelect name="site" label="Site" value={filters.site} options={toOptions(options.sites)} />
            <FilterSelect name="partenaire" label="Partenaire" value={filters.partenaire} options={toOptions(options.partners)} />
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

      <p role="status" className="mb-3">
        {queue.total === 0
          ? "Aucun signalement ne correspond."
          : queue.capped
            ? `Plus de ${numberFormat.format(queue.total)} signalements : affinez les filtres ou changez le tri pour atteindre les autres.`
            : `${numberFormat.format(queue.total)} signalement${queue.total > 1 ? "s" : ""}`}
      </p>

      {queue.total === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">Aucun signalement ne correspond à ces critères. Essayez d&apos;effacer des filtres.</p>
      ) : (
        <BulkTriageForm partners={toOptions(options.partners)}>
          <QueueTable items={queue.items} page={queue.page} />
        </BulkTriageForm>
      )}
      <Pagination page={queue.page} total={queue.total} pageSize={QUEUE_PAGE_SIZE} basePath="/gestion/signalements" params={params} />
    </>
  );
}

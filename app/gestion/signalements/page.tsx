import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatNumber, plural } from "@/lib/format/numbers";
import { pageActor } from "@/lib/auth/guard";
import { queueSearchParams, triageQueueParamsSchema } from "@/lib/reports/filter-params";
import { QUEUE_PAGE_SIZE, listTriageOptions, listTriageQueue } from "@/lib/reports/queries/staff";
import { GestionNav } from "../_components/gestion-nav";
import { QueueFilters } from "./_components/queue-filters";
import { QueueTable } from "./_components/queue-table";
import { BulkTriageForm } from "./_components/triage-forms";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Signalements — file de traitement" };

/** The staff queue: filters and search in the URL (GET, works without JavaScript), 25 a page. */
export default async function TriageQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:triage", routes.staff.queue);
  if (!actor) return <AccessDenied signedIn />;
  const filter = triageQueueParamsSchema.parse(await searchParams);
  const [queue, options] = await Promise.all([listTriageQueue(actor, filter), listTriageOptions()]);
  const params = queueSearchParams(filter);
  const exportHref = routes.staff.queueExport(params);
  const toOptions = (rows: { id: string; name: string }[]) => rows.map((r) => ({ value: r.id, label: r.name }));
  // One array for both forms: the React payload then carries it once.
  const partners = toOptions(options.partners);

  return (
    <>
      <PageHeader title="Signalements" intro="La file de traitement des signalements des habitants : filtrez, ouvrez, traitez." />
      <GestionNav current={routes.staff.queue} />

      <QueueFilters
        filter={filter}
        categories={toOptions(options.categories)}
        areas={toOptions(options.areas)}
        sites={toOptions(options.sites)}
        partners={partners}
        exportHref={exportHref}
      />

      <p role="status" className="mb-3">
        {queue.total === 0
          ? "Aucun signalement ne correspond."
          : queue.capped
            ? `Plus de ${formatNumber(queue.total)} signalements : affinez les filtres ou changez le tri pour atteindre les autres.`
            : plural(queue.total, "signalement", "signalements")}
      </p>

      {queue.total === 0 ? (
        <EmptyState>Aucun signalement ne correspond à ces critères. Essayez d&apos;effacer des filtres.</EmptyState>
      ) : (
        <BulkTriageForm partners={partners}>
          <QueueTable items={queue.items} page={queue.page} />
        </BulkTriageForm>
      )}
      <Pagination page={queue.page} total={queue.total} pageSize={QUEUE_PAGE_SIZE} basePath={routes.staff.queue} params={params} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { formatShortDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { WORK_ORDER_ORIGIN_LABELS, WORK_ORDER_STATUSES, WORK_ORDER_STATUS_LABELS } from "@/lib/work-orders/model";
import { listFilterOptions, listWorkOrders, WORK_ORDER_PAGE_SIZE, type WorkOrderListRow } from "@/lib/work-orders/queries/staff";
import { workOrderFilterSchema, type WorkOrderFilterParams } from "@/lib/work-orders/schemas";
import { formatTimeOfDay } from "@/lib/work-orders/time";
import { GestionNav } from "../_components/gestion-nav";
import { GenerateForm } from "./_components/work-order-forms";
import { WorkOrderStatusBadge } from "./_components/status-badge";
import { enumOptions } from "@/lib/format/options";

export const metadata: Metadata = { title: "Gestion — interventions" };

/** The filter as the URL writes it (French names), for the pagination links. */
function filterParams(filter: WorkOrderFilterParams): Record<string, string | undefined> {
  return { statut: filter.statut, origine: filter.origine, renvoi: filter.renvoi, contrat: filter.contrat, equipe: filter.equipe, du: filter.du, au: filter.au, q: filter.q };
}

/** Every job, filtered in the URL (GET, works without JavaScript), 25 a page; and the generation of the schedules' jobs. */
export default async function WorkOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("work-orders:manage", routes.staff.workOrders);
  if (!actor) return <AccessDenied signedIn />;
  const filter = workOrderFilterSchema.parse(await searchParams);
  const [list, options] = await Promise.all([listWorkOrders(actor, filter), listFilterOptions(actor)]);
  const params = filterParams(filter);
  const filtered = Object.values(params).some(Boolean);
  const contracts = options.contracts.map((c) => ({ value: c.id, label: c.reference }));

  return (
    <>
      <PageHeader title="Interventions" intro="Les interventions des équipes : celles des plannings des contrats, les ponctuelles et celles nées des signalements." />
      <GestionNav current={routes.staff.workOrders} />
      <p className="mb-6 flex flex-wrap gap-3">
        <Link href={routes.staff.newWorkOrder} className={buttonClass("primary")}>
          Nouvelle intervention
        </Link>
        <Link href={routes.staff.planning} className={buttonClass("secondary")}>
          Voir le planning
        </Link>
      </p>

      <section aria-labelledby="titre-generer" className="mb-6 space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-generer" className="text-xl font-semibold">
          Générer depuis les contrats
        </h2>
        <p className="text-slate-700">
          Une intervention par jour prévu et par site, pour chaque prestation récurrente des contrats en cours. Générer deux fois ne crée rien de plus.
        </p>
        <GenerateForm contracts={contracts} />
      </section>

      <FilterForm action={routes.staff.workOrders} label="Filtrer les interventions" columns="sm:grid-cols-4" filtered={filtered}>
        <TextField id="filtre-q" name="q" label="Numéro ou tâche" defaultValue={filter.q ?? ""} />
        <SelectField
          id="filtre-statut"
          name="statut"
          label="Statut"
          defaultValue={filter.statut ?? ""}
          emptyLabel="Tous"
          options={enumOptions(WORK_ORDER_STATUS_LABELS, WORK_ORDER_STATUSES)}
        />
        <SelectField
          id="filtre-origine"
          name="origine"
          label="Origine"
          defaultValue={filter.origine ?? ""}
          emptyLabel="Toutes"
          options={enumOptions(WORK_ORDER_ORIGIN_LABELS)}
        />
        <SelectField
          id="filtre-renvoi"
          name="renvoi"
          label="Renvoi du partenaire"
          defaultValue={filter.renvoi ?? ""}
          emptyLabel="Indifférent"
          options={[{ value: "oui", label: "Renvoyées, à reprendre" }]}
        />
        <SelectField id="filtre-contrat" name="contrat" label="Contrat" defaultValue={filter.contrat ?? ""} emptyLabel="Tous" options={contracts} />
        <SelectField
          id="filtre-equipe"
          name="equipe"
          label="Équipe"
          defaultValue={filter.equipe ?? ""}
          emptyLabel="Toutes"
          options={options.teams.map((t) => ({ value: t.id, label: t.name }))}
        />
        <TextField id="filtre-du" name="du" type="date" label="Du" defaultValue={filter.du ?? ""} />
        <TextField id="filtre-au" name="au" type="date" label="Au" defaultValue={filter.au ?? ""} />
      </FilterForm>

      <PaginatedTable<WorkOrderListRow>
        caption="Interventions"
        count={plural(list.total, "intervention", "interventions")}
        none="Aucune intervention pour l'instant : générez celles des contrats ou créez-en une."
        showAll="Voir toutes les interventions"
        filtered={filtered}
        pagination={{ page: filter.page, total: list.total, pageSize: WORK_ORDER_PAGE_SIZE, basePath: routes.staff.workOrders, params }}
        rows={list.rows}
        columns={[
          {
            header: "N°",
            rowHeader: true,
            cell: (job) => (
              <Link href={routes.staff.workOrder(job.id)} className="underline">
                n° {job.number}
              </Link>
            ),
          },
          { header: "Date", cell: (job) => `${formatShortDay(job.scheduledDate)}${job.startMinutes !== null ? ` ${formatTimeOfDay(job.startMinutes)}` : ""}` },
          { header: "Tâche", className: "min-w-48", cell: (job) => job.task },
          { header: "Lieu", cell: (job) => job.site?.name ?? job.address ?? "—" },
          { header: "Équipe", cell: (job) => job.team?.name ?? "—" },
          { header: "Contrat", cell: (job) => job.contract?.reference ?? "Hors contrat" },
          { header: "Origine", cell: (job) => WORK_ORDER_ORIGIN_LABELS[job.origin] },
          { header: "Statut", cell: (job) => <WorkOrderStatusBadge status={job.status} /> },
        ]}
      />
    </>
  );
}

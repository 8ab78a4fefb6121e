import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable } from "@/components/ui/data-table";
import { controlClass, SelectField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { optionalIdParam, pageParam } from "@/lib/core/schemas";
import { CONTRACT_KIND_LABELS, CONTRACT_STATUSES, CONTRACT_STATUS_LABELS, ENDING_SOON_DAYS } from "@/lib/contracts/model";
import { listContractPartners, listContracts } from "@/lib/contracts/queries/staff";
import { formatDay } from "@/lib/format/dates";
import { formatEuros, plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { GestionNav } from "../_components/gestion-nav";
import { ContractStatusBadge } from "./_components/labels";
import { enumOptions } from "@/lib/format/options";

export const metadata: Metadata = { title: "Gestion — contrats" };

/** The list's filters, from the URL's French names; anything odd is no filter. */
const querySchema = z.object({
  statut: z.enum(CONTRACT_STATUSES).optional().catch(undefined),
  partenaire: optionalIdParam,
  echeance: z.literal("proche").optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam(),
});

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("contracts:view", routes.staff.contracts);
  if (!actor) return <AccessDenied signedIn />;
  const query = querySchema.parse(await searchParams);
  const filter = { status: query.statut, partnerId: query.partenaire, endingSoon: query.echeance === "proche", search: query.q || undefined };
  const [list, partners] = await Promise.all([listContracts(actor, { ...filter, page: query.page }), listContractPartners(actor)]);
  const filtered = !!(filter.status || filter.partnerId || filter.endingSoon || filter.search);
  const params = { statut: query.statut, partenaire: query.partenaire, echeance: query.echeance, q: query.q };

  return (
    <>
      <PageHeader title="Contrats" intro="Les marchés, conventions et bons de travaux de la Régie avec ses partenaires, leurs prestations et leurs documents." />
      <GestionNav current={routes.staff.contracts} />
      {can(actor, "contracts:manage") ? (
        <p className="mb-4">
          <Link href={routes.staff.newContract} className={buttonClass("primary")}>
            Nouveau contrat
          </Link>
        </p>
      ) : null}

      <FilterForm action={routes.staff.contracts} label="Filtrer les contrats" columns="sm:grid-cols-5" filtered={filtered}>
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-900">
            Rechercher
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={controlClass} placeholder="Référence, objet, partenaire" />
        </div>
        <SelectField
          name="statut"
          label="État"
          defaultValue={query.statut ?? ""}
          emptyLabel="Tous"
          options={enumOptions(CONTRACT_STATUS_LABELS, CONTRACT_STATUSES)}
        />
        <SelectField name="partenaire" label="Partenaire" defaultValue={query.partenaire ?? ""} emptyLabel="Tous" options={partners.map((p) => ({ value: p.id, label: p.name }))} />
        <SelectField
          name="echeance"
          label="Échéance"
          defaultValue={query.echeance ?? ""}
          emptyLabel="Toutes"
          options={[{ value: "proche", label: `Actifs finissant dans ${ENDING_SOON_DAYS} jours` }]}
        />
      </FilterForm>

      <PaginatedTable
        caption="Contrats"
        count={plural(list.total, "contrat", "contrats")}
        none={filtered ? "Aucun contrat ne correspond à ces filtres." : "Aucun contrat pour l'instant : créez le premier avec le bouton ci-dessus."}
        showAll="Voir tous les contrats"
        filtered={filtered}
        pagination={{ page: list.page, total: list.total, pageSize: list.pageSize, basePath: routes.staff.contracts, params }}
        rows={list.rows}
        columns={[
          {
            header: "Référence",
            rowHeader: true,
            cell: (c) => (
              <Link href={routes.staff.contract(c.id)} className="text-brand-800 underline underline-offset-2">
                {c.reference}
              </Link>
            ),
          },
          { header: "Partenaire", cell: (c) => c.partner.name },
          { header: "Objet", className: "min-w-48", cell: (c) => c.object },
          { header: "Type", cell: (c) => CONTRACT_KIND_LABELS[c.kind] },
          { header: "État", cell: (c) => <ContractStatusBadge status={c.status} /> },
          { header: "Période", className: "whitespace-nowrap", cell: (c) => `${formatDay(c.startsOn)} – ${formatDay(c.endsOn)}` },
          { header: "Montant HT", numeric: true, className: "whitespace-nowrap", cell: (c) => (c.amountCents === null ? "—" : formatEuros(c.amountCents)) },
          { header: "Prestations", numeric: true, cell: (c) => c._count.lines },
        ]}
      />
    </>
  );
}

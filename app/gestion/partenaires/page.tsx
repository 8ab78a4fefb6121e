import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable, type Column } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { formatNumber, plural, pluralForm } from "@/lib/format/numbers";
import { PARTNER_KIND_LABELS } from "@/lib/partners/model";
import { listPartnersForStaff, listSubtypeOptions, type StaffPartnerRow } from "@/lib/partners/queries/staff";
import { KIND_PARAMS, partnerListParamsSchema } from "@/lib/partners/schemas";
import { routes } from "@/lib/routes";
import { GestionNav } from "../_components/gestion-nav";
import { firstValues } from "@/lib/core/search-params";

export const metadata: Metadata = { title: "Gestion — partenaires" };

const KIND_OPTIONS = Object.entries(KIND_PARAMS).map(([value, kind]) => ({ value, label: PARTNER_KIND_LABELS[kind] }));
const STATE_OPTIONS = [
  { value: "actifs", label: "Partenaires actifs" },
  { value: "archives", label: "Partenaires archivés" },
  { value: "tous", label: "Tous" },
];
const STATE_FILTER = { actifs: "active", archives: "archived", tous: "all" } as const;

const COLUMNS: Column<StaffPartnerRow>[] = [
  {
    header: "Partenaire",
    rowHeader: true,
    className: "font-medium",
    cell: (p) => (
      <>
        <Link href={routes.staff.partner(p.id)} className="text-brand-800 underline underline-offset-2">
          {p.name}
        </Link>
        {p.archivedAt ? <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-500">Archivé</span> : null}
      </>
    ),
  },
  { header: "Type", cell: (p) => PARTNER_KIND_LABELS[p.kind] },
  { header: "Précision", cell: (p) => p.subtype?.name ?? "—" },
  { header: "Contacts", numeric: true, cell: (p) => formatNumber(p.contactCount) },
  { header: "Sites", numeric: true, cell: (p) => formatNumber(p.siteCount) },
  { header: "Contrats", numeric: true, cell: (p) => formatNumber(p.contractCount) },
];

/** The Régie's partners: search, filters (in the URL, French names), pages; staff create and edit them. */
export default async function PartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("partners:view", routes.staff.partners);
  if (!actor) return <AccessDenied signedIn />;

  const { q, type, precision, etat, page } = partnerListParamsSchema.parse(firstValues(await searchParams));
  const [{ total, partners, pageSize }, subtypes] = await Promise.all([
    listPartnersForStaff(actor, { q: q || undefined, kind: type ? KIND_PARAMS[type] : undefined, subtypeId: precision, state: STATE_FILTER[etat], page }),
    listSubtypeOptions(precision),
  ]);
  const filtered = Boolean(q || type || precision || etat !== "actifs");
  const manages = can(actor, "partners:manage");

  return (
    <>
      <PageHeader
        title="Partenaires"
        intro="Collectivités, bailleurs sociaux et partenaires socio-économiques avec qui la Régie travaille : leurs contacts, leurs sites et leurs contrats."
      />
      <GestionNav current={routes.staff.partners} />
      {manages ? (
        <p className="mb-4 flex flex-wrap gap-3">
          <Link href={routes.staff.newPartner} className={buttonClass("primary")}>
            Nouveau partenaire
          </Link>
          <Link href={routes.staff.partnerSubtypes} className={buttonClass("secondary")}>
            Précisions (Commune, PLIE…)
          </Link>
        </p>
      ) : null}

      <FilterForm action={routes.staff.partners} label="Rechercher un partenaire" columns="sm:grid-cols-[2fr_1fr_1fr_1fr_auto]" filtered={filtered} submitLabel="Rechercher" resetLabel="Effacer">
        <TextField name="q" type="search" label="Nom" defaultValue={q ?? ""} maxLength={100} autoComplete="off" />
        <SelectField name="type" label="Type" options={KIND_OPTIONS} emptyLabel="Tous les types" defaultValue={type ?? ""} />
        <SelectField name="precision" label="Précision" options={subtypes.map((s) => ({ value: s.id, label: s.name }))} emptyLabel="Toutes" defaultValue={precision ?? ""} />
        <SelectField name="etat" label="État" options={STATE_OPTIONS} defaultValue={etat} />
      </FilterForm>

      <PaginatedTable
        caption={`Liste des partenaires${filtered ? " correspondant à la recherche" : ""}`}
        count={`${plural(total, "partenaire", "partenaires")}${filtered ? pluralForm(total, " correspond à votre recherche", " correspondent à votre recherche") : ""}`}
        none={filtered ? "Aucun partenaire ne correspond à votre recherche." : "Aucun partenaire n'est encore enregistré. Créez le premier avec le bouton « Nouveau partenaire »."}
        showAll="Voir les partenaires actifs"
        filtered={filtered}
        columns={COLUMNS}
        rows={partners}
        pagination={{ page, total, pageSize, basePath: routes.staff.partners, params: { q: q || undefined, type, precision, etat: etat === "actifs" ? undefined : etat } }}
      />
    </>
  );
}

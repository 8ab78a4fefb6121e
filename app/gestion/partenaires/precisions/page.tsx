import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { pageActor } from "@/lib/auth/guard";
import { formatNumber } from "@/lib/format/numbers";
import { PARTNER_KIND_LABELS } from "@/lib/partners/model";
import { listSubtypesForStaff } from "@/lib/partners/queries/staff";
import { routes } from "@/lib/routes";
import { GestionNav } from "../../_components/gestion-nav";
import { RowActionForm } from "@/components/ui/action-forms";
import { setPartnerSubtypeActiveAction } from "../actions";
import { NewSubtypeForm, RenameSubtypeForm } from "../_components/subtype-forms";

export const metadata: Metadata = { title: "Gestion — précisions des partenaires" };

const NOTICES: Record<string, string> = {
  creee: "La précision est ajoutée : elle est proposée sur les fiches des partenaires.",
  renommee: "La précision est renommée, sur tous les partenaires qui l'ont.",
  activee: "La précision est de nouveau proposée.",
  desactivee: "La précision n'est plus proposée ; les partenaires qui l'ont la gardent.",
  inchangee: "Aucune modification à enregistrer.",
};

type Subtype = Awaited<ReturnType<typeof listSubtypesForStaff>>[number];

const COLUMNS: Column<Subtype>[] = [
  {
    header: "Précision",
    rowHeader: true,
    className: "font-medium",
    cell: (s) => (
      <>
        {s.name}
        {s.active ? null : <span className="block text-xs font-semibold text-slate-700">Plus proposée</span>}
      </>
    ),
  },
  { header: "Type habituel", cell: (s) => (s.kind ? PARTNER_KIND_LABELS[s.kind] : "Tous types") },
  { header: "Partenaires", numeric: true, cell: (s) => formatNumber(s.partnerCount) },
  { header: "Renommer", className: "min-w-64", cell: (s) => <RenameSubtypeForm subtype={s} /> },
  {
    header: "Proposée",
    cell: (s) => (
      <RowActionForm action={setPartnerSubtypeActiveAction} fields={{ subtypeId: s.id, active: s.active ? "false" : "true" }}>
        {s.active ? "Ne plus proposer" : "Proposer de nouveau"}
        <span className="sr-only"> « {s.name} »</span>
      </RowActionForm>
    ),
  },
];

/** The finer kinds of partner (Commune, PLIE, Mission locale…): staff add, rename and stop offering them. */
export default async function PartnerSubtypesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("partners:manage", routes.staff.partnerSubtypes);
  if (!actor) return <AccessDenied signedIn />;
  const [subtypes, query] = await Promise.all([listSubtypesForStaff(actor), searchParams]);
  const notice = typeof query.fait === "string" ? NOTICES[query.fait] : undefined;

  return (
    <>
      <PageHeader title="Précisions des partenaires" intro="La liste où l'on choisit la précision d'un partenaire : Commune, PLIE, Mission locale, Centre social…" />
      <GestionNav current={routes.staff.partners} />
      <p className="mb-4">
        <Link href={routes.staff.partners} className="underline">
          Retour aux partenaires
        </Link>
      </p>
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <section aria-labelledby="titre-ajouter" className="mb-6 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="titre-ajouter" className="mb-3 text-lg font-semibold">
          Ajouter une précision
        </h2>
        <NewSubtypeForm />
      </section>
      {subtypes.length === 0 ? (
        <EmptyState>Aucune précision pour l&apos;instant : ajoutez la première ci-dessus.</EmptyState>
      ) : (
        <DataTable caption="Précisions des partenaires" columns={COLUMNS} rows={subtypes} />
      )}
    </>
  );
}

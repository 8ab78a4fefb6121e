import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/styles";
import { loadRecord } from "@/lib/auth/load-record";
import { getPartnerContract, type PartnerContract } from "@/lib/contracts/queries/partner";
import { formatDay, formatLongDay } from "@/lib/format/dates";
import { CONTRACT_KIND_LABELS, PARTNER_CONTRACT_STATUS_LABELS, SERVICE_UNIT_LABELS } from "@/lib/contracts/model";
import { formatEuros, formatNumber } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Contrat — Espace partenaire" };

type Line = PartnerContract["lines"][number];

// The schedule is shown as "régulière" or "à la commande": its French description comes with the
// contracts' pages (describeRecurrence), not on main yet.
const LINE_COLUMNS: Column<Line>[] = [
  { header: "Prestation", rowHeader: true, cell: (l) => l.task },
  { header: "Sites", cell: (l) => l.sites.map((s) => s.site.name).join(", ") || "—" },
  { header: "Unité", cell: (l) => SERVICE_UNIT_LABELS[l.unit] },
  { header: "Prix HT", numeric: true, cell: (l) => formatEuros(l.unitPriceCents) },
  { header: "Planning", cell: (l) => (l.recurrence ? "Intervention régulière" : "À la commande") },
];

export default async function PartnerContractPage({ params }: { params: Promise<{ id: string }> }) {
  // Another partner's contract, or a draft: "not found", like one that does not exist.
  const loaded = await loadRecord("partner-work:view", routes.partner.contract, params, getPartnerContract);
  if (!loaded) return <AccessDenied signedIn />;
  const contract = loaded.record;

  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.partner.contracts} className="underline">← Contrats</Link>
      </p>
      <PageHeader title={`Contrat ${contract.reference}`} intro={contract.object} />
      <section aria-labelledby="titre-contrat" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-contrat" className="text-xl font-semibold">État : {PARTNER_CONTRACT_STATUS_LABELS[contract.status]}</h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Partenaire</dt>
          <dd>{contract.partner.name}</dd>
          <dt className="font-medium">Type</dt>
          <dd>{CONTRACT_KIND_LABELS[contract.kind]}</dd>
          <dt className="font-medium">Période</dt>
          <dd>du {formatLongDay(contract.startsOn)} au {formatLongDay(contract.endsOn)}</dd>
          {contract.amountCents !== null ? (
            <>
              <dt className="font-medium">Montant HT</dt>
              <dd>{formatEuros(contract.amountCents)}</dd>
            </>
          ) : null}
        </dl>
        <p>
          <Link href={routes.partner.statement(contract.id)} className={buttonClass("secondary")}>Relevé mensuel</Link>
        </p>
      </section>

      <section aria-labelledby="titre-prestations" className="space-y-3">
        <h2 id="titre-prestations" className="text-xl font-semibold">Prestations</h2>
        {contract.lines.length === 0 ? (
          <EmptyState>Aucune prestation sur ce contrat.</EmptyState>
        ) : (
          <DataTable caption={`Prestations du contrat ${contract.reference}`} columns={LINE_COLUMNS} rows={contract.lines} withoutLinks />
        )}
      </section>

      <section aria-labelledby="titre-documents" className="space-y-3">
        <h2 id="titre-documents" className="text-xl font-semibold">Documents</h2>
        {contract.documents.length === 0 ? (
          <EmptyState>Aucun document joint à ce contrat.</EmptyState>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {contract.documents.map((doc) => (
              <li key={doc.id}>
                <a href={routes.staff.contractDocument(doc.id)} className="underline" download>
                  {doc.title}
                </a>{" "}
                — PDF, {formatNumber(Math.max(1, Math.round(doc.bytes / 1024)))} Ko, ajouté le {formatDay(doc.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

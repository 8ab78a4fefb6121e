import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { CONTRACT_KIND_LABELS, PARTNER_CONTRACT_STATUS_LABELS } from "@/lib/contracts/model";
import { listPartnerContracts, type PartnerContractListItem } from "@/lib/contracts/queries/partner";
import { formatDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Contrats — Espace partenaire" };

const COLUMNS: Column<PartnerContractListItem>[] = [
  {
    header: "Référence",
    rowHeader: true,
    cell: (c) => (
      <Link href={routes.partner.contract(c.id)} className="underline">
        {c.reference}
      </Link>
    ),
  },
  { header: "Objet", cell: (c) => c.object },
  { header: "Type", cell: (c) => CONTRACT_KIND_LABELS[c.kind] },
  { header: "Période", cell: (c) => `du ${formatDay(c.startsOn)} au ${formatDay(c.endsOn)}` },
  { header: "État", cell: (c) => PARTNER_CONTRACT_STATUS_LABELS[c.status] },
  { header: "Prestations", numeric: true, cell: (c) => c._count.lines },
];

export default async function PartnerContractsPage() {
  const actor = await pageActor("partner-work:view", routes.partner.contracts);
  if (!actor) return <AccessDenied signedIn />;
  const contracts = await listPartnerContracts(actor);

  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.partner.home} className="underline">← Espace partenaire</Link>
      </p>
      <PageHeader title="Contrats" intro="Les marchés et conventions de votre organisation avec la Régie, leurs prestations et leurs relevés mensuels." />
      {contracts.length === 0 ? (
        <EmptyState>Aucun contrat pour votre organisation pour le moment.</EmptyState>
      ) : (
        <DataTable caption="Contrats de votre organisation" columns={COLUMNS} rows={contracts} />
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { loadRecord } from "@/lib/auth/load-record";
import { eurosInput } from "@/lib/contracts/model";
import { getContractForStaff, listContractPartners } from "@/lib/contracts/queries/staff";
import { formatIsoDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";
import { ContractForm } from "../../_components/contract-form";
import { ContractFrame } from "../../_components/contract-frame";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — modifier un contrat" };

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadRecord("contracts:manage", routes.staff.editContract, params, getContractForStaff);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: contract } = loaded;
  const partners = await listContractPartners(actor);
  // A partner archived since stays selectable for this contract.
  if (!partners.some((p) => p.id === contract.partner.id)) partners.unshift({ id: contract.partner.id, name: `${contract.partner.name} (archivé)` });
  return (
    <ContractFrame title={`Modifier le contrat ${contract.reference}`} back={{ href: routes.staff.contract(contract.id), label: `Retour au contrat ${contract.reference}` }}>
      <Panel id="titre-modifier-contrat" title="Le contrat">
        <ContractForm
          partners={partners}
          cancelHref={routes.staff.contract(contract.id)}
          contract={{
            id: contract.id,
            version: contract.version,
            reference: contract.reference,
            partnerId: contract.partner.id,
            object: contract.object,
            kind: contract.kind,
            startsOn: formatIsoDay(contract.startsOn),
            endsOn: formatIsoDay(contract.endsOn),
            amount: eurosInput(contract.amountCents),
            internalNote: contract.internalNote ?? "",
          }}
        />
      </Panel>
    </ContractFrame>
  );
}

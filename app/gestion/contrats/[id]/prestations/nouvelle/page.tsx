import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { loadRecord } from "@/lib/auth/load-record";
import { getContractForStaff, lineFormOptions } from "@/lib/contracts/queries/staff";
import { formatIsoDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";
import { ContractFrame } from "../../../_components/contract-frame";
import { LineForm } from "../../../_components/line-form";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — nouvelle prestation" };

export default async function NewLinePage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadRecord("contracts:manage", routes.staff.newContractLine, params, getContractForStaff);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: contract } = loaded;
  const options = await lineFormOptions(actor);
  const back = routes.staff.contract(contract.id);
  return (
    <ContractFrame title={`Nouvelle prestation du contrat ${contract.reference}`} back={{ href: back, label: `Retour au contrat ${contract.reference}` }}>
      <Panel id="titre-nouvelle-prestation" title="La prestation">
        <LineForm
          contract={{ id: contract.id, startsOn: formatIsoDay(contract.startsOn), endsOn: formatIsoDay(contract.endsOn) }}
          areas={options.areas}
          teams={options.teams}
          today={formatIsoDay(new Date())}
          cancelHref={back}
        />
      </Panel>
    </ContractFrame>
  );
}

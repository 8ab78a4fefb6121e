import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { getContractForStaff, lineFormOptions } from "@/lib/contracts/queries/staff";
import { formatIsoDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";
import { ContractFrame } from "../../../_components/contract-frame";
import { LineForm } from "../../../_components/line-form";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — nouvelle prestation" };

export default async function NewLinePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("contracts:manage", routes.staff.newContractLine(id));
  if (!actor) return <AccessDenied signedIn />;
  const contractId = idSchema.safeParse(id);
  const [contract, options] = await Promise.all([contractId.success ? getContractForStaff(actor, contractId.data) : null, lineFormOptions(actor)]);
  if (!contract) notFound();
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

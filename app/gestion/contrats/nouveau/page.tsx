import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { listContractPartners } from "@/lib/contracts/queries/staff";
import { routes } from "@/lib/routes";
import { ContractForm } from "../_components/contract-form";
import { ContractFrame } from "../_components/contract-frame";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — nouveau contrat" };

export default async function NewContractPage() {
  const actor = await pageActor("contracts:manage", routes.staff.newContract);
  if (!actor) return <AccessDenied signedIn />;
  const partners = await listContractPartners(actor);
  return (
    <ContractFrame
      title="Nouveau contrat"
      intro="Il est créé en brouillon : ajoutez ses prestations et ses documents, puis activez-le. Le partenaire ne voit pas les brouillons."
      back={{ href: routes.staff.contracts, label: "Retour aux contrats" }}
    >
      <Panel id="titre-nouveau-contrat" title="Le contrat">
        <ContractForm partners={partners} cancelHref={routes.staff.contracts} />
      </Panel>
    </ContractFrame>
  );
}

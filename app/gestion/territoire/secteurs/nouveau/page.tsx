import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { routes } from "@/lib/routes";
import { AreaForm } from "../../_components/place-forms";
import { TerritoryFrame } from "../../_components/territory-frame";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — nouveau secteur" };

export default async function NewAreaPage() {
  const actor = await pageActor("territory:manage", routes.staff.newArea);
  if (!actor) return <AccessDenied signedIn />;
  return (
    <TerritoryFrame title="Nouveau secteur" intro="Un quartier du territoire ; ses sites s'ajoutent ensuite depuis sa page." crumbs={[]}>
      <Panel id="titre-formulaire" title="Le secteur">
        <AreaForm cancelHref={routes.staff.territory} />
      </Panel>
    </TerritoryFrame>
  );
}

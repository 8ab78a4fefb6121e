import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { routes } from "@/lib/routes";
import { BodyForm } from "../_components/body-forms";
import { GouvernanceFrame } from "../../_components/gouvernance-frame";

export const metadata: Metadata = { title: "Gouvernance — nouvelle instance" };

export default async function NewBodyPage() {
  const actor = await pageActor("governance:manage-settings", routes.governance.newBody);
  if (!actor) return <AccessDenied signedIn />;
  return (
    <GouvernanceFrame title="Nouvelle instance" section={routes.governance.bodies} crumbs={[{ href: routes.governance.bodies, label: "Instances et mandats" }]}>
      <Panel id="titre-instance" title="L'instance">
        <BodyForm cancelHref={routes.governance.bodies} />
      </Panel>
    </GouvernanceFrame>
  );
}

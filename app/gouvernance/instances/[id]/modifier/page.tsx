import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { Panel } from "@/components/ui/panel";
import { loadRecord } from "@/lib/auth/load-record";
import { getBodyForEdit } from "@/lib/governance/queries/bodies";
import { routes } from "@/lib/routes";
import { BodyForm } from "../../_components/body-forms";
import { GouvernanceFrame } from "../../../_components/gouvernance-frame";

export const metadata: Metadata = { title: "Gouvernance — modifier l'instance" };

const loadBody = (_actor: unknown, id: string) => getBodyForEdit(id);

export default async function EditBodyPage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadRecord("governance:manage-settings", routes.governance.editBody, params, loadBody);
  if (!loaded) return <AccessDenied signedIn />;
  const body = loaded.record;
  return (
    <GouvernanceFrame
      title={`Modifier : ${body.name}`}
      section={routes.governance.bodies}
      crumbs={[
        { href: routes.governance.bodies, label: "Instances et mandats" },
        { href: routes.governance.body(body.id), label: body.name },
      ]}
    >
      <Panel id="titre-instance" title="L'instance">
        <BodyForm body={{ ...body, description: body.description ?? "" }} cancelHref={routes.governance.body(body.id)} />
      </Panel>
    </GouvernanceFrame>
  );
}

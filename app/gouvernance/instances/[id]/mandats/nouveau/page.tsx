import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { AccessDenied } from "@/components/ui/access-denied";
import { Panel } from "@/components/ui/panel";
import { loadRecord } from "@/lib/auth/load-record";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { getBodyForEdit, listMandateCandidates } from "@/lib/governance/queries/bodies";
import { maySecretariat } from "@/lib/governance/positions";
import { routes } from "@/lib/routes";
import { NewMandateForm } from "../../../_components/body-forms";
import { GouvernanceFrame } from "../../../../_components/gouvernance-frame";

export const metadata: Metadata = { title: "Gouvernance — nouveau mandat" };

export default async function NewMandatePage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadRecord("governance:manage-mandates", routes.governance.newMandate, params, (_actor, id) => getBodyForEdit(id));
  if (!loaded || !(await maySecretariat(loaded.actor, "governance:manage-mandates"))) return <AccessDenied signedIn />;
  const body = loaded.record;
  const candidates = await listMandateCandidates();
  return (
    <GouvernanceFrame
      title="Nouveau mandat"
      intro={`Dans l'instance « ${body.name} ». Les règles des statuts (sièges par collège, part des habitants, postes uniques) sont vérifiées à l'enregistrement.`}
      section={routes.governance.bodies}
      crumbs={[
        { href: routes.governance.bodies, label: "Instances et mandats" },
        { href: routes.governance.body(body.id), label: body.name },
      ]}
    >
      <Panel id="titre-mandat" title="Le mandat">
        <NewMandateForm bodyId={body.id} candidates={candidates} idempotencyKey={randomUUID()} today={isoDay(parisToday())} cancelHref={routes.governance.body(body.id)} />
      </Panel>
    </GouvernanceFrame>
  );
}
